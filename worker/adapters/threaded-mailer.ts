import { Worker } from 'node:worker_threads'
import type { Mailer, MailMessage } from '../ports.ts'

/** Where the mail thread sends: over SMTP when `smtpUrl` is set, else as files in `folder`. */
export interface MailerSettings {
  smtpUrl?: string
  folder: string
  from: string
}

/** The mail thread's answer to one message: sent, or the error that stopped it. */
export interface MailReply {
  id: number
  error?: string
}

/**
 * The embedded default's mailer: SMTP or the mail folder (smtp-mailer.ts), run on a thread of
 * its own. Building a message costs ~0.6 ms of CPU (nodemailer's MIME), as much as the request
 * that wrote it: on the event loop, an election day's e-mail competed with its submissions and
 * fell behind; on this thread, at the lowest priority (mailer-thread.ts), it takes what the
 * requests leave of the other core.
 *
 * @example
 * const mailer = threadedMailer({ folder: 'data/mail', from: 'no-reply@example.cl' })
 * await mailer.send(message)
 * await mailer.close()
 */
export function threadedMailer(settings: MailerSettings): Mailer & { close(): Promise<void> } {
  const thread = new Worker(new URL('./mailer-thread.ts', import.meta.url), { workerData: settings })
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>()
  let next = 0
  thread.on('message', ({ id, error }: MailReply) => {
    const waiting = pending.get(id)
    pending.delete(id)
    if (error === undefined) waiting?.resolve()
    else waiting?.reject(new Error(error))
    if (pending.size === 0) thread.unref()
  })
  // A thread that died fails every message, waiting or new: the outbox retries them later and
  // logs why, rather than waiting on a thread that will never answer.
  let failed: Error | undefined
  const fail = (error: Error) => {
    failed ??= error
    for (const waiting of pending.values()) waiting.reject(failed)
    pending.clear()
  }
  thread.on('error', fail)
  thread.on('exit', (code) => fail(new Error(`the mail thread stopped (exit code ${code})`)))
  thread.unref()
  return {
    send(message: MailMessage) {
      return new Promise<void>((resolve, reject) => {
        if (failed) return reject(failed)
        const id = ++next
        pending.set(id, { resolve, reject })
        // A process waiting on its mail stays alive; an idle mail thread does not keep it running.
        thread.ref()
        thread.postMessage({ id, message })
      })
    },
    async close() {
      await thread.terminate()
    },
  }
}
