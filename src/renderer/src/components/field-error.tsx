/** A message that sits under the field it is about; the field points at it with aria-describedby. */

/** Renders `message` (announced as it appears) under a field, or nothing when there is none. */
export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  if (!message) return null
  return (
    <p id={id} className="field-error" role="alert">
      {message}
    </p>
  )
}
