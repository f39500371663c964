/** Structured logging: one JSON object a line, which every log collector reads. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void
  warn(message: string, fields?: Record<string, unknown>): void
  error(message: string, fields?: Record<string, unknown>): void
}

/**
 * A logger writing JSON lines to the console (stdout on Node, Workers Logs at the edge).
 *
 * @example
 * consoleLogger().info('started', { port: 8787 })
 */
export function consoleLogger(base: Record<string, unknown> = {}): Logger {
  const write = (level: string, message: string, fields?: Record<string, unknown>) => {
    const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...base, ...fields })
    if (level === 'error') console.error(line)
    else console.log(line)
  }
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  }
}

/**
 * The same logger with every line dated by the day only: `time` is given as a field, which
 * `consoleLogger` writes over its own. For the routes of información anónima, whose lines must
 * not say when a tipster came (decision 0043); callers pass no address, agent or header either.
 *
 * @example
 * const log = sinHora(ports.log, () => localDate(ports.clock.now()))
 * log.error('unhandled error', { error: 'boom' }) // {"time":"2026-12-05",…}
 */
export function sinHora(log: Logger, dia: () => string): Logger {
  const dated = (fields?: Record<string, unknown>) => ({ ...fields, time: dia() })
  return {
    info: (message, fields) => log.info(message, dated(fields)),
    warn: (message, fields) => log.warn(message, dated(fields)),
    error: (message, fields) => log.error(message, dated(fields)),
  }
}
