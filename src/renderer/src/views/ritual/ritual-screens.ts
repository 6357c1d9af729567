/** The ritual as a list of screens: the configured steps, the week on Fridays, then "Shutdown complete". */
import type { LocalDate, RitualStep } from '../../../../core'
import type { Messages } from '../../../../shared/messages'
import { weekdayIndexOf } from '../../format/local-date'
import { reflectionQuestionFor, weeklyQuestionFor } from './reflection-question'

/** The answer id the Friday weekly question is saved under. */
export const WEEKLY_STEP_ID = 'weekly-review'

const FRIDAY = 4

/** A screen that takes a written answer. */
export interface AnswerScreen {
  kind: 'answer'
  id: string
  title: string
  hint: string
  /** The reflection or weekly question, shown prominently. */
  question: string | null
  questionLabel: string | null
  skippable: boolean
  weekly: boolean
}

/** One screen of the ritual. */
export type RitualScreen = AnswerScreen | { kind: 'finish'; id: 'finish' }

/** The screens for `steps` on `date`, worded from `m`. */
export function ritualScreens(
  steps: readonly RitualStep[],
  date: LocalDate,
  m: Pick<Messages, 'ritual'>,
): RitualScreen[] {
  const screens: RitualScreen[] = steps.map((step) => ({
    kind: 'answer',
    id: step.id,
    title: step.title,
    hint: m.ritual.hint[step.kind],
    question: step.kind === 'reflection' ? reflectionQuestionFor(date, m) : null,
    questionLabel: step.kind === 'reflection' ? m.ritual.reflectionLabel : null,
    skippable: step.skippable,
    weekly: false,
  }))
  if (weekdayIndexOf(date) === FRIDAY) {
    screens.push({
      kind: 'answer',
      id: WEEKLY_STEP_ID,
      title: m.ritual.weekly.title,
      hint: m.ritual.hint.reflection,
      question: weeklyQuestionFor(date, m),
      questionLabel: m.ritual.weekly.label,
      skippable: true,
      weekly: true,
    })
  }
  screens.push({ kind: 'finish', id: 'finish' })
  return screens
}

/** Where to resume: the first screen without a saved answer (the finish screen when all have one). */
export function resumeIndex(
  screens: readonly RitualScreen[],
  answers: Record<string, string>,
): number {
  const open = screens.findIndex((screen) => screen.kind === 'finish' || !answers[screen.id])
  return Math.max(0, open)
}
