/** Picks the day's reflection question and the week's question, the same for a date wherever it is asked. */
import type { LocalDate } from '../../../../core'
import { dayNumberOf } from '../../format/local-date'
import { ritualMessages } from '../../messages'

const pick = (questions: readonly string[], index: number): string =>
  questions[((index % questions.length) + questions.length) % questions.length] ?? ''

/** The reflection question for `date`: the set in order, one a day, so the answer's question can be recovered later. */
export function reflectionQuestionFor(date: LocalDate): string {
  return pick(ritualMessages.reflectionQuestions, dayNumberOf(date))
}

/** The weekly question for the week holding `date`, changing once a week. */
export function weeklyQuestionFor(date: LocalDate): string {
  // Day 0 (1970-01-01) was a Thursday; +3 makes weeks start on Monday.
  return pick(ritualMessages.weeklyQuestions, Math.floor((dayNumberOf(date) + 3) / 7))
}
