import { v7 } from 'uuid'
import { randomBytes } from './random.ts'

/**
 * A new row id: a UUIDv7 (RFC 9562), time-ordered, so that rows written together land on the same
 * index pages instead of one random page each (decision 0014). Its 74 random bits keep it
 * unguessable; its first 48 are the creation time, which whoever may see the row sees anyway.
 *
 * @example
 * insertRow(auditLog, { id: rowId(), ... })
 */
export function rowId(): string {
  // The random part from the pool: uuid's own draws 16 bytes a call. Ids of one millisecond are
  // then in random order among themselves, which costs no locality: they share pages anyway.
  return v7({ random: randomBytes(16) })
}
