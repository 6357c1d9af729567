// A small stand-in for a file-sync engine between two folders, as unkind as real ones: late, out of order, half-written files, temporary files and conflict copies.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import { filesUnder } from './sync-folder.ts'

/** The tricks the engine has played so far, so a test can check that each one happened. */
export type Mischief =
  | 'delayed'
  | 'reordered'
  | 'truncated'
  | 'temp-file'
  | 'syncthing-conflict-copy'
  | 'dropbox-conflict-copy'

type Side = 0 | 1
interface Pending {
  to: Side
  path: string
  content: Buffer
  /** The temporary file to rename over `path` (Syncthing's way), or null: finish an in-place write. */
  temp: string | null
}

/** A seeded PRNG (mulberry32), so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const SYNCTHING_TEMP = /(^|\/)\.syncthing\..*\.tmp$/

/**
 * Two folders kept in step by `syncRound()`, which compares each file with what both sides held
 * after the last round and carries a change one way (or a deletion). Each round it may hold a
 * change back, deliver in a shuffled order, write a file in two pieces (a cut last line first),
 * go through `.syncthing.<name>.tmp` renamed over the file, and once each it leaves a Syncthing
 * and a Dropbox conflict copy holding an earlier version.
 */
export class FakeSyncEngine {
  readonly happened = new Set<Mischief>()
  readonly #folders: readonly [string, string]
  readonly #random: () => number
  readonly #agreed = new Map<string, Buffer>()
  #pending: Pending[] = []
  readonly #heldBack = new Set<string>()

  constructor(folders: readonly [string, string], seed = 15) {
    this.#folders = folders
    this.#random = random(seed)
  }

  /** One round: finishes last round's half-done deliveries, then carries this round's changes. */
  syncRound(): void {
    for (const pending of this.#pending) this.#finish(pending)
    this.#pending = []
    const paths = [...new Set([...this.#list(0), ...this.#list(1), ...this.#agreed.keys()])]
    const order = paths.map((path) => ({ path, key: this.#random() })).sort((a, b) => a.key - b.key)
    if (order.some((entry, index) => entry.path !== paths[index])) this.happened.add('reordered')
    for (const { path } of order) this.#carry(path)
  }

  #list(side: Side): string[] {
    return filesUnder(this.#folders[side]).filter((path) => !SYNCTHING_TEMP.test(path))
  }

  #read(side: Side, path: string): Buffer | null {
    const full = join(this.#folders[side], path)
    return existsSync(full) ? readFileSync(full) : null
  }

  #carry(path: string): void {
    const [a, b] = [this.#read(0, path), this.#read(1, path)]
    const agreed = this.#agreed.get(path) ?? null
    const same = (x: Buffer | null, y: Buffer | null) =>
      x === null ? y === null : y !== null && x.equals(y)
    if (same(a, b)) {
      if (a === null) this.#agreed.delete(path)
      else this.#agreed.set(path, a)
      return
    }
    // The side that changed since the last agreement is the source (each file has one writer).
    const from: Side = same(a, agreed) ? 1 : 0
    const content = from === 0 ? a : b
    const to: Side = from === 0 ? 1 : 0
    if (content === null) {
      rmSync(join(this.#folders[to], path), { force: true })
      this.#agreed.delete(path)
      return
    }
    const draw = this.#random()
    if (draw < 0.2 && !this.#heldBack.has(path)) {
      this.#heldBack.add(path)
      this.happened.add('delayed')
      return
    }
    this.#heldBack.delete(path)
    const target = join(this.#folders[to], path)
    mkdirSync(dirname(target), { recursive: true })
    this.#leaveConflictCopy(to, path, agreed ?? content)
    const cut = content.lastIndexOf(0x0a, content.length - 2) + 1 + 3
    if (draw < 0.45 && path.endsWith('.jsonl') && cut < content.length - 1) {
      // An in-place write seen halfway: the last line cut off, finished next round.
      writeFileSync(target, content.subarray(0, cut))
      this.#pending.push({ to, path, content, temp: null })
      this.happened.add('truncated')
    } else if (draw < 0.7) {
      const temp = join(dirname(path), `.syncthing.${basename(path)}.tmp`)
      writeFileSync(join(this.#folders[to], temp), content)
      this.#pending.push({ to, path, content, temp })
      this.happened.add('temp-file')
    } else writeFileSync(target, content)
    this.#agreed.set(path, content)
  }

  #finish({ to, path, content, temp }: Pending): void {
    const target = join(this.#folders[to], path)
    // Renamed over the file: a new inode, as Syncthing delivers every change.
    if (temp !== null) renameSync(join(this.#folders[to], temp), target)
    else writeFileSync(target, content)
  }

  /** Once each: an earlier version of a settings file as a Syncthing conflict copy, of an events file as Dropbox's. */
  #leaveConflictCopy(to: Side, path: string, earlier: Buffer): void {
    const extension = extname(path)
    const stem = path.slice(0, -extension.length)
    if (basename(path) === 'settings.json' && !this.happened.has('syncthing-conflict-copy')) {
      writeFileSync(
        join(this.#folders[to], `${stem}.sync-conflict-20261207-211000-ABCDEFG${extension}`),
        earlier,
      )
      this.happened.add('syncthing-conflict-copy')
    }
    if (path.endsWith('.jsonl') && !this.happened.has('dropbox-conflict-copy')) {
      const whole = earlier.subarray(0, earlier.lastIndexOf(0x0a) + 1)
      writeFileSync(
        join(this.#folders[to], `${stem} (Home Desktop's conflicted copy 2026-12-07)${extension}`),
        whole,
      )
      this.happened.add('dropbox-conflict-copy')
    }
  }
}
