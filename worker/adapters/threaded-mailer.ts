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
 * fell behind; on this thread it uses the other core.
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
  thread.on('error', (error) => {
    for (const waiting of pending.values()) waiting.reject(error)
    pending.clear()
  })
  thread.unref()
  return {
    send(message: MailMessage) {
      return new Promise<void>((resolve, reject) => {
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
