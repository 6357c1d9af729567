/** Where in the ritual the user is: "Step 2 of 5" for everyone, and a row of dots for the eye. */
import { useMessages } from '../../i18n/messages-context'

/** The progress line, announced politely as the step changes. */
export function RitualProgress({ index, total }: { index: number; total: number }) {
  const m = useMessages()
  return (
    <div className="ritual-progress">
      <p className="ritual-progress-text" aria-live="polite">
        {m.ritual.progress({ step: index + 1, total })}
      </p>
      <ol className="ritual-dots" aria-hidden="true">
        {Array.from({ length: total }, (_, position) => (
          <li
            key={position}
            className={
              position < index
                ? 'ritual-dot done'
                : position === index
                  ? 'ritual-dot current'
                  : 'ritual-dot'
            }
          />
        ))}
      </ol>
    </div>
  )
}
