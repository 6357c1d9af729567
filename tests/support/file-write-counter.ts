/** Counts the files written under a folder by wrapping node:fs; it must load before electron-store (a setup file, or a first import). */
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { resolve, sep } from 'node:path'

/** One completed write: the file, when (on the caller's clock), and its size afterwards. */
export interface FileWrite {
  path: string
  at: number
  bytes: number
}

/** The writes seen under one folder since `watchWrites` was called. */
export interface WriteWatch {
  writes: FileWrite[]
  stop(): void
}

const watches = new Set<{ folder: string; now: () => number; writes: FileWrite[] }>()

function noteWrite(target: fs.PathLike | number): void {
  if (typeof target === 'number' || watches.size === 0) return
  const path = resolve(String(target))
  for (const watch of watches) {
    if (!path.startsWith(watch.folder)) continue
    watch.writes.push({ path, at: watch.now(), bytes: fs.statSync(path).size })
  }
}

// electron-store writes through `atomically`, which keeps references to these functions from
// the moment it loads: they are wrapped here once, before anything else can take them.
const { renameSync, writeFileSync } = fs
Object.assign(fs, {
  renameSync(from: fs.PathLike, to: fs.PathLike) {
    renameSync(from, to)
    noteWrite(to)
  },
  writeFileSync(...args: Parameters<typeof fs.writeFileSync>) {
    writeFileSync(...args)
    noteWrite(args[0])
  },
})
syncBuiltinESMExports()

/** Starts recording atomic renames and whole-file writes under `folder`. */
export function watchWrites(folder: string, now: () => number = Date.now): WriteWatch {
  const watch = { folder: resolve(folder) + sep, now, writes: [] as FileWrite[] }
  watches.add(watch)
  return { writes: watch.writes, stop: () => void watches.delete(watch) }
}
