// Killed mid-burst fifty times: every year file still parses and holds every event whose append had returned.
import { spawn } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createJournaledDayEventStore } from '../../../src/main/electron-store-day-journal'

const KILLS = 50
const CHILD_ENTRY = resolve(import.meta.dirname, 'day-event-burst-child.ts')
const work = mkdtempSync(join(tmpdir(), 'sundown-crash-'))
let childScript = ''

/**
 * The child is a plain Node process, out of reach of Vitest's `electron` alias,
 * and Node cannot run our TypeScript directly: its type stripping does not
 * resolve extensionless imports. So the child entry, the real adapter and the
 * real electron-store are bundled into one .mjs with Vite's build API, with
 * `electron` replaced by an empty module. electron-store then takes the path
 * it takes outside Electron (an absolute `cwd` is given), and the child runs
 * exactly the production adapter over the same atomic writes.
 */
async function bundleChild(): Promise<string> {
  const outDir = join(work, 'child')
  await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'electron-stand-out',
        enforce: 'pre',
        resolveId: (id) => (id === 'electron' ? '\0electron' : null),
        load: (id) => (id === '\0electron' ? 'export default {}' : null),
      },
    ],
    ssr: { noExternal: true },
    build: {
      ssr: CHILD_ENTRY,
      outDir,
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'burst-child.mjs' } },
    },
  })
  return join(outDir, 'burst-child.mjs')
}

beforeAll(async () => {
  childScript = await bundleChild()
}, 30_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

/**
 * Runs the child and SIGKILLs it once the acknowledgement log has grown by
 * `killAfterBytes` (0: while it is still opening its store), plus up to 15 ms
 * so the kill falls at any phase of an append. Waiting on progress rather than
 * on the wall clock keeps the kills mid-burst on a slow machine too.
 */
function burstThenKill(args: string[], ackFile: string, killAfterBytes: number) {
  const sizeOf = () => statSync(ackFile).size
  const target = sizeOf() + killAfterBytes
  return new Promise<{ signal: NodeJS.Signals | null; stderr: string }>((done, fail) => {
    const child = spawn(process.execPath, [childScript, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const kill = () => child.kill('SIGKILL')
    const watch = setInterval(() => {
      if (sizeOf() < target) return
      clearInterval(watch)
      setTimeout(kill, Math.random() * 15)
    }, 2)
    const deadline = setTimeout(kill, 15_000)
    child.on('error', fail)
    child.on('close', (_code, signal) => {
      clearInterval(watch)
      clearTimeout(deadline)
      done({ signal, stderr })
    })
  })
}

/** Every id the year files and the journal hold, by date; throws if any file does not parse. */
function storedIds(cwd: string): Map<string, Set<string>> {
  const ids = new Map<string, Set<string>>()
  for (const name of readdirSync(cwd).filter((file) => /^days-(\d{4}|journal)\.json$/.test(file))) {
    const file = JSON.parse(readFileSync(join(cwd, name), 'utf8')) as {
      days: Record<string, { id: string }[]>
    }
    for (const [date, events] of Object.entries(file.days)) {
      const known = ids.get(date) ?? new Set<string>()
      for (const event of events) known.add(event.id)
      ids.set(date, known)
    }
  }
  return ids
}

test(`${KILLS} SIGKILLs mid-burst lose no acknowledged event and damage neither the journal nor a year file`, async () => {
  const cwd = join(work, 'userData')
  const ackFile = join(work, 'acks.txt')
  mkdirSync(cwd)
  writeFileSync(ackFile, '')
  const started = performance.now()
  let killedMidBurst = 0

  for (let run = 0; run < KILLS; run++) {
    const acksBefore = statSync(ackFile).size
    // Up to about sixty appends in; a few runs are killed before the first one.
    const killAfterBytes = run % 10 === 0 ? 0 : Math.floor(Math.random() * 1500)
    const { signal, stderr } = await burstThenKill(
      [cwd, ackFile, `run${run}`],
      ackFile,
      killAfterBytes,
    )
    expect(stderr).toBe('')
    expect(signal).toBe('SIGKILL')

    const log = readFileSync(ackFile, 'utf8')
    if (log.length > acksBefore) killedMidBurst++
    expect(log).not.toContain('damaged')
    const stored = storedIds(cwd)
    const lost = log
      .split('\n')
      .filter((line) => line.startsWith('ack '))
      .map((line) => line.split(' ') as [string, string, string])
      .filter(([, date, id]) => !stored.get(date)?.has(id))
    expect(lost).toEqual([])
  }

  const seconds = (performance.now() - started) / 1000
  const acknowledged = readFileSync(ackFile, 'utf8').split('\n').filter(Boolean).length
  const leftovers = readdirSync(cwd).filter((name) => name.includes('.tmp-')).length
  // The store itself must open both years cleanly afterwards: nothing to move aside.
  const damaged: string[] = []
  const store = createJournaledDayEventStore({ cwd, onDamaged: (path) => damaged.push(path) })
  expect(store.allDays().reduce((sum, day) => sum + day.events.length, 0)).toBeGreaterThanOrEqual(
    acknowledged,
  )
  expect(damaged).toEqual([])
  expect(
    readdirSync(cwd)
      .filter((name) => /^days-\d{4}\.json$/.test(name))
      .sort(),
  ).toEqual(['days-2025.json', 'days-2026.json'])
  expect(killedMidBurst).toBeGreaterThan(KILLS / 2)
  console.info(
    `crash loop: ${KILLS} kills (${killedMidBurst} mid-burst) in ${seconds.toFixed(1)} s, ` +
      `${acknowledged} acknowledged events all stored, ${leftovers} temp files left by kills`,
  )
}, 90_000)
