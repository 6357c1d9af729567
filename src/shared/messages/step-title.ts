/** A ritual step's title as the user reads it: a default step nobody renamed speaks the user's language. */
import { DEFAULT_RITUAL_STEPS, type RitualStep } from '../../core'
import type { Messages } from './types'

type DefaultStepId = keyof Messages['settings']['defaultStepTitles']

const isDefaultStepId = (id: string, titles: object): id is DefaultStepId => id in titles

/**
 * The title to show for `step`: a default step whose stored title is still the stored default
 * shows the default's title in the messages' language; any title the user wrote is theirs, as is.
 */
export function shownStepTitle(step: RitualStep, m: Pick<Messages, 'settings'>): string {
  const unchanged = DEFAULT_RITUAL_STEPS.some(
    (standard) => standard.id === step.id && standard.title === step.title,
  )
  return unchanged && isDefaultStepId(step.id, m.settings.defaultStepTitles)
    ? m.settings.defaultStepTitles[step.id]
    : step.title
}
