/** Export and import through the system's save and open dialogs. */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dialog } from 'electron'
import type { Clock } from './clock'
import type { DayRecord } from '../core'
import { exportAll, exportRecordsCsv, importJson, type ImportWords } from './json-export-import'
import type { Storage } from './storage'

/** The largest import Sundown reads: ten years of days fit comfortably below it. */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024

/**
 * Export to a file the user picks — everything as JSON, or the day records as
 * CSV when they pick a .csv name — and import a JSON export, validated before anything changes.
 * Dialogs and refusals speak the language `words` gives at the time.
 */
export function createDataTransfer(
  storage: Storage,
  clock: Pick<Clock, 'now'>,
  documentsDir: string,
  records: () => DayRecord[],
  words: () => ImportWords,
) {
  return {
    async exportData(): Promise<{ saved: boolean; path: string | null }> {
      const m = words()
      const choice = await dialog.showSaveDialog({
        title: m.main.dialogs.exportTitle,
        defaultPath: join(documentsDir, 'sundown-export.json'),
        filters: [
          { name: m.main.dialogs.exportEverything, extensions: ['json'] },
          { name: m.main.dialogs.exportDayRecords, extensions: ['csv'] },
        ],
      })
      if (choice.canceled || !choice.filePath) return { saved: false, path: null }
      const asCsv = choice.filePath.toLowerCase().endsWith('.csv')
      const text = asCsv
        ? exportRecordsCsv(records())
        : exportAll(storage.settings, storage.days, clock)
      await writeFile(choice.filePath, text, 'utf8')
      return { saved: true, path: choice.filePath }
    },
    async importData(): Promise<{ imported: number; skipped: number } | { error: string }> {
      const m = words()
      const choice = await dialog.showOpenDialog({
        title: m.main.dialogs.importTitle,
        properties: ['openFile'],
        filters: [{ name: m.main.dialogs.importJson, extensions: ['json'] }],
      })
      const path = choice.filePaths[0]
      if (choice.canceled || !path) return { imported: 0, skipped: 0 }
      const text = await readFile(path, 'utf8')
      if (text.length > MAX_IMPORT_BYTES) return { error: m.main.importProblems.tooLarge }
      return importJson(text, storage.settings, storage.days, m)
    },
  }
}
