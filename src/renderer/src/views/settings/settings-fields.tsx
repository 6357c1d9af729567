/** Labelled inputs that show their own error beneath them, pointed at by aria-describedby and aria-invalid. */
import type { InputHTMLAttributes, ReactNode } from 'react'
import { FieldError } from '../../components/field-error'
import { useFormErrors } from './form-errors'

/** The accessibility props and the error line for the field at `path`. */
export function useFieldError(path: string, hintId?: string) {
  const { messageFor, idFor } = useFormErrors()
  const message = messageFor(path)
  const id = idFor(path)
  const errorId = `${id}-error`
  const describedBy = [message ? errorId : null, hintId ?? null].filter(Boolean).join(' ')
  return {
    id,
    props: {
      id,
      'aria-invalid': message ? (true as const) : undefined,
      'aria-describedby': describedBy || undefined,
    },
    error: <FieldError id={errorId} message={message} />,
  }
}

interface FieldProps {
  path: string
  label: ReactNode
  hint?: ReactNode
  className?: string
  /** Drawn after the input, before the error (a unit, a button). */
  after?: ReactNode
  onBlur?: () => void
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onBlur' | 'className'>

/** A label, an input, an optional hint and the field's error, stacked. */
export function Field({
  path,
  label,
  hint,
  className,
  after,
  onBlur,
  ...input
}: FieldProps & InputProps) {
  const { idFor } = useFormErrors()
  const hintId = hint ? `${idFor(path)}-hint` : undefined
  const field = useFieldError(path, hintId)
  return (
    <div className={`setting-field ${className ?? ''}`}>
      <label htmlFor={field.id}>{label}</label>
      <div className="setting-control">
        <input className="text-input" {...input} {...field.props} onBlur={onBlur} />
        {after}
      </div>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {field.error}
    </div>
  )
}

/** A checkbox with its label beside it and its error beneath. */
export function CheckboxField(props: {
  path: string
  label: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  onBlur?: () => void
  className?: string
}) {
  const field = useFieldError(props.path)
  return (
    <div className={`setting-field setting-check ${props.className ?? ''}`}>
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
        onBlur={props.onBlur}
        {...field.props}
      />
      <label htmlFor={field.id}>{props.label}</label>
      {field.error}
    </div>
  )
}

/** A number of minutes (or hours) as typed; an empty or partial entry becomes NaN so the validator names it. */
export const numberFrom = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text))

/** A number for an input's value: NaN shows as empty. */
export const numberText = (value: number): string => (Number.isNaN(value) ? '' : String(value))
