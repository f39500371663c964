import { readdirSync, readFileSync, writeFileSync } from 'node:fs'

/**
 * The resident memory of a process of this machine, read from Linux's /proc: its size now, its
 * peak, and a reset of the peak to the present size (`5` into clear_refs).
 *
 * @example
 * const server = processMemory(child.pid)
 * server.resetPeak(); await load(); server.peakMb() - server.rssMb()
 */
export function processMemory(pid: number | string) {
  const status = (field: 'VmRSS' | 'VmHWM') => {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))
    return Number(line?.[1] ?? Number.NaN) / 1024
  }
  return {
    rssMb: () => status('VmRSS'),
    peakMb: () => status('VmHWM'),
    /** Sets the peak back to the present size (Linux: `5` into clear_refs). */
    resetPeak: () => writeFileSync(`/proc/${pid}/clear_refs`, '5'),
  }
}

/**
 * The workerd process that miniflare started for this process: its resident memory is the only
 * memory figure a local run can read (workerd has no heap statistics to ask from inside).
 *
 * @example
 * const workerd = workerdProcess()
 * workerd.resetPeak(); await load(); workerd.peakMb()
 */
export function workerdProcess() {
  const pid = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .find((entry) => {
      try {
        // "pid (comm) state ppid …": the name may hold spaces, so read after its closing bracket.
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        return ppid === process.pid && stat.includes('(workerd)')
      } catch {
        return false // the process ended while we looked
      }
    })
  if (!pid) throw new Error('no workerd child process found: is miniflare running?')
  return processMemory(pid)
}
