/** Removes the half-written temp files a crash mid-write leaves beside our stores (the real files are intact). */
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const TEMP_FILE = /^(settings|app-state|days-(\d{4}|journal))\.json\.tmp-/

/** Deletes stale temp files in `folder`; only call it while no store there is writing (at start-up). */
export function removeStaleTempFiles(folder: string): string[] {
  if (!existsSync(folder)) return []
  const stale = readdirSync(folder).filter((name) => TEMP_FILE.test(name))
  for (const name of stale) rmSync(join(folder, name), { force: true })
  return stale
}
