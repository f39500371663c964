import { v7 } from 'uuid'

/**
 * A new row id: a UUIDv7 (RFC 9562), time-ordered, so that rows written together land on the same
 * index pages instead of one random page each (decision 0014). Its 74 random bits keep it
 * unguessable; its first 48 are the creation time, which whoever may see the row sees anyway.
 *
 * @example
 * insertRow(auditLog, { id: rowId(), ... })
 */
export function rowId(): string {
  return v7()
}
