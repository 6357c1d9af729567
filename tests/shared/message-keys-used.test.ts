// Every English key is read somewhere in src/: a key nobody shows is a key no translator should have to write.
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from '../../src/shared/messages/en'
import { leavesOf } from './message-leaves'

const SRC = join(import.meta.dirname, '../../src')
const MESSAGES_DIR = join(SRC, 'shared/messages')
/** The language modules define the keys; only code that reads them counts. */
const DEFINITIONS = /^shared\/messages\/(en|de|es|fr)(\.ts|\/)/

const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(ts|tsx)$/.test(name))
  .filter((name) => !DEFINITIONS.test(relative(SRC, join(SRC, name)).split('\\').join('/')))
  .map((name) => readFileSync(join(SRC, name), 'utf8'))
  .join('\n')

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** How code reaches a key: `.key`, or `['key']` for a key that is not an identifier. */
const member = (key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `\\.${escape(key)}` : `\\[['"]${escape(key)}['"]\\]`

/**
 * A key path is used when code reads its whole member chain (`m.popover.checkIn.save`), or
 * indexes one of its parents below the area by a value (`m.month.status[day.status]`): the
 * compiler makes sure such a parent has every key the value can be.
 */
function isUsed(path: string): boolean {
  const keys = path.split('.')
  if (new RegExp(`${keys.map(member).join('')}(?![\\w$])`).test(sources)) return true
  // An area (`m.settings`) is never indexed by a value, and its name is common elsewhere.
  return keys.some((_, end) => {
    const parent = keys
      .slice(0, end + 1)
      .map(member)
      .join('')
    return end > 0 && end < keys.length - 1 && new RegExp(`${parent}\\[(?!['"])`).test(sources)
  })
}

describe('message keys', () => {
  it('the source scan sees the messages module', () => {
    expect(MESSAGES_DIR).toContain('messages')
    expect(sources).toContain('m.popover.checkIn.')
  })

  it('every English key is used somewhere in src/', () => {
    const unused = leavesOf(en)
      .map((leaf) => leaf.path)
      .filter((path) => !isUsed(path))
    expect(unused).toEqual([])
  })
})
