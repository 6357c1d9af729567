/** Damaged store files: moved aside beside the original, never deleted or cleared, so nothing a user wrote is lost. */
import { existsSync, renameSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'

const DAMAGED_MARK = '.damaged-'

/** Moves a file to `<name>.damaged-<timestamp>.json` in the same folder and returns the new path. */
export function quarantineDamagedFile(filePath: string, nowMs: number): string {
  const extension = extname(filePath) || '.json'
  const name = basename(filePath, extname(filePath))
  // Colons and dots out of the ISO form: Windows refuses colons in file names.
  const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-')
  for (let attempt = 0; ; attempt++) {
    const suffix = attempt === 0 ? '' : `-${attempt}`
    const target = join(dirname(filePath), `${name}${DAMAGED_MARK}${stamp}${suffix}${extension}`)
    // rename replaces silently on POSIX, and an earlier quarantine must never be overwritten.
    if (existsSync(target)) continue
    renameSync(filePath, target)
    return target
  }
}
