import { Agent, request as httpRequest } from 'node:http'

export interface OpenLoopRequest {
  method: string
  path: string
  headers: Record<string, string>
  body?: string
}

export interface OpenLoopResult {
  sent: number
  /** Answers per status code. */
  statuses: Record<number, number>
  /** Latency from each request's scheduled time (so a late generator counts against the server). */
  p50: number
  p99: number
  max: number
  errors: number
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0)
}

/**
 * An open-loop load: `rate` requests a second, spread evenly (a tick every millisecond sends
 * what is due), whatever the server answers — unlike autocannon's rate limit, which lets every
 * connection send its share at the top of each second, a burst rather than a rate. Latency is
 * counted from when a request was due, not from when it could be sent.
 *
 * @example
 * const result = await openLoop(url, 2000, 5, (i) => ({ method: 'GET', path: '/api/health', headers: {} }))
 */
export async function openLoop(
  url: string,
  rate: number,
  seconds: number,
  next: (i: number) => OpenLoopRequest,
): Promise<OpenLoopResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1024 })
  const total = Math.round(rate * seconds)
  const latencies = new Float64Array(total)
  const statuses: Record<number, number> = {}
  let sent = 0
  let done = 0
  let errors = 0
  const start = performance.now()
  await new Promise<void>((resolve) => {
    const finish = () => {
      done += 1
      if (done === total) resolve()
    }
    const send = (i: number) => {
      const due = start + (i * 1000) / rate
      const { method, path, headers, body } = next(i)
      const req = httpRequest(new URL(path, url), { method, headers, agent }, (res) => {
        res.resume()
        res.on('end', () => {
          latencies[i] = performance.now() - due
          const status = res.statusCode ?? 0
          statuses[status] = (statuses[status] ?? 0) + 1
          finish()
        })
      })
      req.on('error', () => {
        errors += 1
        latencies[i] = performance.now() - due
        finish()
      })
      req.end(body)
    }
    const tick = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000))
      while (sent < due) send(sent++)
      if (sent === total) clearInterval(tick)
    }, 1)
  })
  agent.destroy()
  const sorted = latencies.sort()
  return {
    sent: total,
    statuses,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: Math.round(sorted[sorted.length - 1] ?? 0),
    errors,
  }
}
