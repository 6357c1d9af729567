/** Export and import through the main process, with what happened said in words. */
import { useState } from 'react'
import { isImportProblem } from '../../../../shared/ipc-result'
import { describeImportProblem } from '../../../../shared/messages/describe-problem'
import { useMessages } from '../../i18n/messages-context'

type Outcome = { kind: 'ok'; text: string } | { kind: 'error'; text: string } | null

/** Two buttons and a line that reports the last result; a successful import hands control back to reload settings. */
export function DataSection({ onImported }: { onImported: () => Promise<void> }) {
  const m = useMessages()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)

  const run = async (work: () => Promise<Outcome>) => {
    setBusy(true)
    setOutcome(null)
    try {
      setOutcome(await work())
    } catch {
      setOutcome({ kind: 'error', text: m.settings.transferFailed })
    } finally {
      setBusy(false)
    }
  }

  const exportData = () =>
    run(async () => {
      const result = await window.sundown.exportData()
      if (!result.ok) return { kind: 'error', text: m.settings.transferFailed }
      const { saved, path } = result.value
      return saved && path
        ? { kind: 'ok', text: m.settings.exported({ path }) }
        : { kind: 'ok', text: m.settings.exportCancelled }
    })

  const importData = () =>
    run(async () => {
      const result = await window.sundown.importData()
      if (!result.ok) {
        const { problem } = result
        if (!isImportProblem(problem)) return { kind: 'error', text: m.settings.transferFailed }
        return {
          kind: 'error',
          text: m.settings.importFailed({ reason: describeImportProblem(problem, m) }),
        }
      }
      await onImported()
      const { imported, skipped } = result.value
      return { kind: 'ok', text: m.settings.imported({ imported, skipped }) }
    })

  return (
    <section className="settings-section" aria-labelledby="settings-data">
      <h2 id="settings-data">{m.settings.dataTitle}</h2>
      <p className="section-hint">{m.settings.dataHint}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void exportData()} disabled={busy}>
          {m.settings.exportData}
        </button>
        <button type="button" className="button" onClick={() => void importData()} disabled={busy}>
          {m.settings.importData}
        </button>
      </div>
      <p className="field-status" role="status">
        {outcome?.kind === 'ok' ? outcome.text : ''}
      </p>
      {outcome?.kind === 'error' ? (
        <p className="field-error" role="alert">
          {outcome.text}
        </p>
      ) : null}
    </section>
  )
}
