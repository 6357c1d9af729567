/** The save bar under the sections: save, discard, and where the last save stands, said in words. */
import type { SaveState } from './use-settings-form'
import { useMessages } from '../../i18n/messages-context'

/** The bar; it sits outside the scrolling pane, so it never covers a field. */
export function SaveBar(props: { save: SaveState; dirty: boolean; onDiscard: () => void }) {
  const m = useMessages()
  return (
    <div className="save-bar">
      <button type="submit" className="button primary" disabled={props.save.kind === 'saving'}>
        {props.save.kind === 'saving' ? m.settings.saving : m.settings.save}
      </button>
      <button type="button" className="button" onClick={props.onDiscard} disabled={!props.dirty}>
        {m.settings.discard}
      </button>
      <p className="save-status" role="status">
        {props.save.kind === 'saved' && !props.dirty
          ? m.settings.saved
          : props.dirty && props.save.kind === 'idle'
            ? m.settings.unsaved
            : ''}
      </p>
      {props.save.kind === 'invalid' ? (
        <p className="field-error" role="alert">
          {m.settings.fixErrors({ count: props.save.count })}
        </p>
      ) : props.save.kind === 'failed' ? (
        <p className="field-error" role="alert">
          {props.save.message}
        </p>
      ) : null}
    </div>
  )
}
