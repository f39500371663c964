/**
 * The mail thread of the embedded default (see threadedMailer in threaded-mailer.ts): builds and
 * sends each message it is given with the configured mailer, and answers with its id.
 */
import { readlinkSync } from 'node:fs'
import { constants, setPriority } from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import type { MailMessage } from '../ports.ts'
import { folderMailer, smtpMailer } from './smtp-mailer.ts'
import type { MailerSettings, MailReply } from './threaded-mailer.ts'

/**
 * Mail waits for the requests: this thread runs at the lowest priority, so it takes only the CPU
 * the request loop leaves (an election day's e-mail catches up after the peak instead of slowing
 * it). Linux lets one thread be niced by its id (/proc/thread-self); elsewhere it runs as is.
 */
try {
  const thread = Number(readlinkSync('/proc/thread-self').split('/').at(-1))
  setPriority(thread, constants.priority.PRIORITY_LOW)
} catch {}

const settings = workerData as MailerSettings
const mailer = settings.smtpUrl
  ? smtpMailer(settings.smtpUrl, settings.from)
  : folderMailer(settings.folder, settings.from)

parentPort?.on('message', ({ id, message }: { id: number; message: MailMessage }) => {
  mailer.send(message).then(
    () => parentPort?.postMessage({ id } satisfies MailReply),
    (error: unknown) => parentPort?.postMessage({ id, error: String(error) } satisfies MailReply),
  )
})
