/** Reads a refused request: the main process names the field at fault, so the message can sit next to it. */
import type { Messages } from '../../shared/messages'

/** A refusal split into messages per known field and one for the whole form. */
export interface Refusal {
  fields: Partial<Record<string, string>>
  form: string | null
}

const sentence = (text: string): string => {
  const trimmed = text.trim()
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
  return /[.!?]$/.test(capital) ? capital : `${capital}.`
}

/**
 * Splits an IPC error ("Error invoking remote method 'sundown:stayLate': IpcRefusal:
 * stayLate refused: until: pick a time after …") into field messages for `fields`
 * and a form message for anything else; an error that is no refusal gets the generic line of `m`.
 */
export function readRefusal(
  error: unknown,
  fields: readonly string[],
  m: Pick<Messages, 'common'>,
): Refusal {
  const text = error instanceof Error ? error.message : String(error)
  const marker = text.indexOf(' refused: ')
  if (marker < 0) return { fields: {}, form: m.common.genericError }
  const result: Refusal = { fields: {}, form: null }
  const loose: string[] = []
  for (const issue of text.slice(marker + ' refused: '.length).split('; ')) {
    const match = /^([A-Za-z][\w.]*): (.+)$/s.exec(issue)
    const field = match?.[1]
    if (match?.[2] && field && fields.includes(field) && !result.fields[field]) {
      result.fields[field] = sentence(match[2])
    } else {
      loose.push(sentence(issue))
    }
  }
  result.form = loose.length > 0 ? loose.join(' ') : null
  return result
}
