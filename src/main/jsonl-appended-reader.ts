/** Reads only what was appended to another device's JSON Lines file since the last read, and tells a replaced file from a grown one. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import type { ReadPosition } from './electron-store-device-identity'

/** How many bytes before the read position must be unchanged for the file to count as the same file grown. */
const TAIL_BYTES = 32

/** What one read found: the complete lines since the position, the new position, and any line that did not parse. */
export interface AppendedRead<T> {
  items: T[]
  /** Where the next read starts; a truncated or unparseable last line is left before it. */
  position: ReadPosition
  /** Complete lines in the middle of the file that did not parse: the file is damaged there. */
  badLines: number
  /** Bytes read from disk by this read. */
  bytesRead: number
}

/**
 * Reads `path` from `position` to its end. A sync engine replaces a file by rename: when the
 * bytes just before the position are still those seen last time, the file only grew and the read
 * continues there; otherwise it starts again from 0 (a union by id makes a re-read harmless).
 * `parse` answers null for a line it refuses.
 */
export function readAppended<T>(
  path: string,
  position: ReadPosition | null,
  parse: (line: string) => T | null,
): AppendedRead<T> {
  const fd = openSync(path, 'r')
  try {
    const size = fstatSync(fd).size
    let bytesRead = 0
    const read = (from: number, length: number): Buffer => {
      const buffer = Buffer.alloc(length)
      let filled = 0
      while (filled < length) {
        const got = readSync(fd, buffer, filled, length - filled, from + filled)
        if (got === 0) break
        filled += got
      }
      bytesRead += filled
      return buffer.subarray(0, filled)
    }
    // The bytes just before the position, read to check the file; they also start the next tail.
    let before: Buffer = Buffer.alloc(0)
    const continuesAt = (at: ReadPosition | null): number => {
      if (!at || at.offset === 0 || at.offset > size) return 0
      before = read(at.offset - Math.min(TAIL_BYTES, at.offset), Math.min(TAIL_BYTES, at.offset))
      if (before.toString('base64') === at.tail) return at.offset
      before = Buffer.alloc(0)
      return 0
    }
    const start = continuesAt(position)
    const bytes = read(start, size - start)
    const { items, consumed, badLines } = completeLines(bytes, parse)
    const offset = start + consumed
    const tail = Buffer.concat([before, bytes.subarray(0, consumed)]).subarray(-TAIL_BYTES)
    return { items, position: { offset, tail: tail.toString('base64') }, badLines, bytesRead }
  } finally {
    closeSync(fd)
  }
}

/** The parsed complete lines of `bytes`; the last line is consumed only when it ends in a newline and parses. */
export function completeLines<T>(
  bytes: Buffer,
  parse: (line: string) => T | null,
): { items: T[]; consumed: number; badLines: number } {
  const items: T[] = []
  let badLines = 0
  let consumed = 0
  let from = 0
  for (;;) {
    const end = bytes.indexOf(0x0a, from)
    if (end === -1) break
    const line = bytes.subarray(from, end).toString('utf8').trim()
    const item = line === '' ? null : parse(line)
    const isLast = end + 1 === bytes.length
    // A last line that does not parse may still be arriving (a tool that writes in pieces): read it again later.
    if (item === null && line !== '' && isLast) break
    if (item !== null) items.push(item)
    else if (line !== '') badLines++
    from = end + 1
    consumed = from
  }
  return { items, consumed, badLines }
}
