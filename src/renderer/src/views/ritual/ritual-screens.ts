/** The ritual as a list of screens: the configured steps, the week on Fridays, then "Shutdown complete". */
import type { LocalDate, RitualStep } from '../../../../core'
import { weekdayIndexOf } from '../../format/local-date'
import { ritualMessages } from '../../messages'
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

/** The screens for `steps` on `date`. */
export function ritualScreens(steps: readonly RitualStep[], date: LocalDate): RitualScreen[] {
  const screens: RitualScreen[] = steps.map((step) => ({
    kind: 'answer',
    id: step.id,
    title: step.title,
    hint: ritualMessages.hint[step.kind],
    question: step.kind === 'reflection' ? reflectionQuestionFor(date) : null,
    questionLabel: step.kind === 'reflection' ? ritualMessages.reflectionLabel : null,
    skippable: step.skippable,
    weekly: false,
  }))
  if (weekdayIndexOf(date) === FRIDAY) {
    screens.push({
      kind: 'answer',
      id: WEEKLY_STEP_ID,
      title: ritualMessages.weekly.title,
      hint: ritualMessages.hint.reflection,
      question: weeklyQuestionFor(date),
      questionLabel: ritualMessages.weekly.label,
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
