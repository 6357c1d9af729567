// Every file the built page can load: the scripts and styles its HTML names, and each chunk those name in turn.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'

const HTML_REFERENCE = /\s(?:src|href)="([^"]+)"/g
/** A relative file name in quotes or backticks, as Vite writes static and dynamic imports and their CSS. */
const CHUNK_REFERENCE = /["'`](\.{1,2}\/[\w./-]+\.(?:js|css))["'`]/g

/**
 * The references from `page` (and from every script reachable from it) to files that are not
 * there, each as "<reference>, named in <file>": a dropped chunk, a wrong base path, a lazy view
 * whose file was not emitted. Remote and data URLs are not followed.
 */
export function missingPageFiles(page: string): string[] {
  if (!existsSync(page)) return []
  const root = dirname(page)
  const missing: string[] = []
  const seen = new Set<string>()
  const follow = (from: string, pattern: RegExp): void => {
    for (const [, reference = ''] of readFileSync(from, 'utf8').matchAll(pattern)) {
      if (/^[a-z]+:/i.test(reference)) continue
      const target = resolve(dirname(from), reference.replace(/[?#].*$/, ''))
      if (!existsSync(target)) {
        missing.push(`${reference}, named in ${relative(root, from)}`)
      } else if (target.endsWith('.js') && !seen.has(target)) {
        seen.add(target)
        follow(target, CHUNK_REFERENCE)
      }
    }
  }
  follow(page, HTML_REFERENCE)
  return missing
}
