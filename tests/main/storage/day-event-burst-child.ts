// Crash-test child: appends day events in a tight burst (folding the journal now and then), acknowledging each id only after append returned.
import { appendFileSync } from 'node:fs'
import { createJournaledDayEventStore } from '../../../src/main/electron-store-day-journal'

const [cwd, ackFile, prefix] = process.argv.slice(2) as [string, string, string]
const DAY_MS = 86_400_000
const FIRST_NOON = Date.UTC(2025, 11, 20, 12)
// Twenty-four days across New Year, so the burst keeps switching between two year files.
const DAYS = 24

const store = createJournaledDayEventStore({
  cwd,
  onDamaged: (movedTo) => appendFileSync(ackFile, `damaged ${movedTo}\n`),
})

// Bounded, so a child that escapes its SIGKILL cannot run on for long.
for (let n = 0; n < 20_000; n++) {
  const noon = FIRST_NOON + (n % DAYS) * DAY_MS
  const date = new Date(noon).toISOString().slice(0, 10)
  const id = `${prefix}-${n}`
  const stored = store.append(date, {
    id,
    at: noon + n,
    type: 'check-in',
    energy: 3,
    alignment: 4,
    note: id,
  })
  if (!stored) throw new Error(`append refused ${id}`)
  // Folding moves finished days into the year files, so kills also land inside a fold.
  if (n % 40 === 39) store.fold(date)
  // A regular file written synchronously: once this returns, the line survives SIGKILL; and
  // it is written only after append returned, so every id listed was acknowledged as stored.
  appendFileSync(ackFile, `ack ${date} ${id}\n`)
}
