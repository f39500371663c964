import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { parse } from 'csv-parse'

export type RowResult<T> = { ok: true; value: T } | { ok: false; reason: string }

export interface ImportProgress {
  bytes: number
  totalBytes: number
  rows: number
}

export interface ImportReport {
  imported: number
  rejected: number
}

export interface CsvImportOptions<T> {
  path: string
  /** Checks and converts one record (keyed by the header row); a rejection names its reason. */
  parseRow: (record: Record<string, string>) => RowResult<T>
  /** Writes one chunk of accepted rows, in one batch. */
  writeChunk: (rows: T[]) => Promise<void>
  onReject?: (line: number, reason: string, record: Record<string, string>) => void
  onProgress?: (progress: ImportProgress) => void
  chunkSize?: number
}

/**
 * Streams a CSV file (UTF-8, header row, comma-separated) into the database in chunks, with
 * constant memory whatever the file's size: the reference lists, the electoral roll and the
 * registries are all imported through it.
 *
 * @example
 * const report = await importCsv({ path, parseRow, writeChunk, onReject: (line, why) => log(line, why) })
 */
export async function importCsv<T>(options: CsvImportOptions<T>): Promise<ImportReport> {
  const { path, parseRow, writeChunk, onReject, onProgress, chunkSize = 500 } = options
  const totalBytes = (await stat(path)).size
  const file = createReadStream(path)
  let bytes = 0
  file.on('data', (data) => {
    bytes += data.length
  })
  const parser = file.pipe(
    parse({
      columns: true,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      relax_column_count: true,
    }),
  )
  const report: ImportReport = { imported: 0, rejected: 0 }
  let chunk: T[] = []
  let rows = 0
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>
    info: { lines: number }
  }>) {
    rows += 1
    const result = parseRow(record)
    if (result.ok) {
      chunk.push(result.value)
    } else {
      report.rejected += 1
      onReject?.(info.lines, result.reason, record)
    }
    if (chunk.length >= chunkSize) {
      await writeChunk(chunk)
      report.imported += chunk.length
      chunk = []
      onProgress?.({ bytes, totalBytes, rows })
    }
  }
  if (chunk.length > 0) {
    await writeChunk(chunk)
    report.imported += chunk.length
  }
  onProgress?.({ bytes: totalBytes, totalBytes, rows })
  return report
}
