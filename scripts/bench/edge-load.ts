import autocannon from 'autocannon'
import { anonymousPost } from '../../tests/support/client.ts'
import { startEdge } from '../../tests/support/edge.ts'
import { freePort } from '../../tests/support/node-server.ts'

const seconds = Number(process.env.BENCH_SECONDS ?? 10)
/** Well past the 20 calls at once that wedged an isolate with one shared client (decision 0019). */
const connections = Number(process.env.BENCH_EDGE_CONNECTIONS ?? 64)

/**
 * `npm run bench -- edge`: the Workers bundle in workerd (one isolate, miniflare) on the Turso
 * stand-in, loaded by `connections` clients at once: a read, a list and an idempotent write, then
 * whether `/api/health` still answers. The stand-in (in this process, beside autocannon, opening a
 * libSQL connection per pipeline) bounds the throughput: the figures say whether the isolate holds,
 * not how fast Turso is.
 */
export async function edgeLoad(): Promise<void> {
  const port = await freePort()
  const edge = await startEdge({ port })
  let key = 0
  const probes: [string, autocannon.Options][] = [
    ['GET /api/health', { url: `${edge.origin}/api/health` }],
    ['GET /api/condolencias', { url: `${edge.origin}/api/condolencias` }],
    [
      'POST /api/condolencias (idempotent)',
      {
        url: `${edge.origin}/api/condolencias`,
        requests: [
          {
            setupRequest: (request) => {
              key += 1
              return {
                ...request,
                ...anonymousPost(`edge-bench-${key}`, { nombre: 'Ana', mensaje: 'Honor.' }),
              }
            },
          },
        ],
      },
    ],
  ]
  const rows = []
  for (const [name, options] of probes) {
    const result = await autocannon({ connections, duration: seconds, ...options })
    rows.push({
      name,
      'req/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      errors: result.errors + result.timeouts,
      'non-2xx': result.non2xx,
    })
  }
  const after = await fetch(`${edge.origin}/api/health`)
  console.log(`\nThe Worker in workerd on the Turso stand-in, ${connections} connections:`)
  console.table(rows)
  console.log(`/api/health afterwards: ${after.status}`)
  await edge.close()
}
