/** Export and import through the system's save and open dialogs. */
import { open, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  dialog,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron'
import type { Clock } from './clock'
import type { DayRecord } from '../core'
import {
  MAX_IMPORT_BYTES,
  exportAll,
  exportRecordsCsv,
  importJson,
  type ImportResult,
} from './json-export-import'
import type { Messages } from '../shared/messages'
import type { Storage } from './storage'

/** The file's text, or null when its size on disk is over the cap: a huge file is never read. */
async function readCappedText(path: string): Promise<string | null> {
  const file = await open(path, 'r')
  try {
    // The size is taken from the open handle, so a file swapped after the check is not the one read.
    if ((await file.stat()).size > MAX_IMPORT_BYTES) return null
    return await file.readFile('utf8')
  } finally {
    await file.close()
  }
}

/**
 * Export to a file the user picks — everything as JSON, or the day records as
 * CSV when they pick a .csv name — and import a JSON export, validated before anything changes.
 * Dialogs speak the language `words` gives at the time; refusals are problems the window words.
 */
export function createDataTransfer(
  storage: Storage,
  clock: Pick<Clock, 'now'>,
  documentsDir: string,
  records: () => DayRecord[],
  words: () => Pick<Messages, 'main'>,
  /** The window the pickers open over (Settings, which asks for them); none: unparented. */
  parent: () => BrowserWindow | null = () => null,
) {
  return {
    async exportData(): Promise<{ saved: boolean; path: string | null }> {
      const m = words()
      const options: SaveDialogOptions = {
        title: m.main.dialogs.exportTitle,
        defaultPath: join(documentsDir, 'sundown-export.json'),
        filters: [
          { name: m.main.dialogs.exportEverything, extensions: ['json'] },
          { name: m.main.dialogs.exportDayRecords, extensions: ['csv'] },
        ],
      }
      const over = parent()
      const choice = await (over
        ? dialog.showSaveDialog(over, options)
        : dialog.showSaveDialog(options))
      if (choice.canceled || !choice.filePath) return { saved: false, path: null }
      const asCsv = choice.filePath.toLowerCase().endsWith('.csv')
      const text = asCsv
        ? exportRecordsCsv(records())
        : exportAll(storage.settings, storage.days, clock)
      await writeFile(choice.filePath, text, 'utf8')
      return { saved: true, path: choice.filePath }
    },
    async importData(): Promise<ImportResult> {
      const m = words()
      const options: OpenDialogOptions = {
        title: m.main.dialogs.importTitle,
        properties: ['openFile'],
        filters: [{ name: m.main.dialogs.importJson, extensions: ['json'] }],
      }
      const over = parent()
      const choice = await (over
        ? dialog.showOpenDialog(over, options)
        : dialog.showOpenDialog(options))
      const path = choice.filePaths[0]
      if (choice.canceled || !path) return { imported: 0, skipped: 0 }
      const text = await readCappedText(path)
      if (text === null) return { problem: { code: 'import-too-large' } }
      return importJson(text, storage.settings, storage.days)
    },
  }
}
