// Reading only what another device appended: a file that grew, a file replaced with a new start, lines still arriving.
import { appendFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { readAppended } from '../../src/main/jsonl-appended-reader'
import { tempFolder } from '../support/sync-device'

const asNumber = (line: string): number | null => (/^\d+$/.test(line) ? Number(line) : null)

test('a file that only grew is read from where the last read stopped', () => {
  const path = join(tempFolder('reader'), 'events-2026.jsonl')
  writeFileSync(path, '1\n2\n')
  const first = readAppended(path, null, asNumber)
  appendFileSync(path, '3\n')
  const second = readAppended(path, first.position, asNumber)
  expect([first.items, second.items]).toEqual([[1, 2], [3]])
  expect(second.bytesRead).toBe(2 + 4)
})

test('a file replaced with a different start is read again from its beginning', () => {
  const path = join(tempFolder('reader'), 'events-2026.jsonl')
  writeFileSync(path, '1\n2\n')
  const first = readAppended(path, null, asNumber)
  writeFileSync(path, '7\n8\n9\n')
  expect(readAppended(path, first.position, asNumber).items).toEqual([7, 8, 9])
})

test('a file shorter than the last position is read again from its beginning', () => {
  const path = join(tempFolder('reader'), 'events-2026.jsonl')
  writeFileSync(path, '1\n2\n3\n')
  const first = readAppended(path, null, asNumber)
  writeFileSync(path, '4\n')
  expect(readAppended(path, first.position, asNumber).items).toEqual([4])
})

test('a last line without its newline, or one that does not parse yet, waits; a bad line in the middle is counted', () => {
  const path = join(tempFolder('reader'), 'events-2026.jsonl')
  writeFileSync(path, '1\nx\n2\n3')
  const first = readAppended(path, null, asNumber)
  expect(first).toMatchObject({ items: [1, 2], badLines: 1, position: { offset: 6 } })
  appendFileSync(path, '4\n5?\n')
  const second = readAppended(path, first.position, asNumber)
  expect(second).toMatchObject({ items: [34], badLines: 0, position: { offset: 9 } })
})
