/**
 * The writer thread of the embedded database (see GroupCommitClient in group-commit.ts): the one
 * connection that writes, committing each group it is sent and answering in order.
 */
import { parentPort, workerData } from 'node:worker_threads'
import Database from 'libsql'
import {
  commitGroup,
  rawError,
  Statements,
  type WriterMessage,
  type WriterReply,
} from './group-commit-writer.ts'

const db = new Database((workerData as { path: string }).path)
const statements = new Statements(db)

function answer(message: WriterMessage): WriterReply {
  switch (message.kind) {
    case 'group':
      return { outcomes: commitGroup(db, statements, message.group) }
    case 'pragma':
      try {
        return { result: statements.run(message.sql, []) }
      } catch (error) {
        return { error: rawError(error) }
      }
    case 'close':
      db.close()
      return { closed: true }
  }
}

parentPort?.on('message', (message: WriterMessage) => parentPort?.postMessage(answer(message)))
