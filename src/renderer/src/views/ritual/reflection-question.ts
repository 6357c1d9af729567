/** Picks the day's reflection question and the week's question, the same for a date wherever it is asked. */
import type { LocalDate } from '../../../../core'
import type { Messages } from '../../../../shared/messages'
import { dayNumberOf } from '../../format/local-date'

const pick = (questions: readonly string[], index: number): string =>
  questions[((index % questions.length) + questions.length) % questions.length] ?? ''

/** The reflection question for `date`: the set in order, one a day, so the answer's question can be recovered later. */
export function reflectionQuestionFor(date: LocalDate, m: Pick<Messages, 'ritual'>): string {
  return pick(m.ritual.reflectionQuestions, dayNumberOf(date))
}

/** The weekly question for the week holding `date`, changing once a week. */
export function weeklyQuestionFor(date: LocalDate, m: Pick<Messages, 'ritual'>): string {
  // Day 0 (1970-01-01) was a Thursday; +3 makes weeks start on Monday.
  return pick(m.ritual.weeklyQuestions, Math.floor((dayNumberOf(date) + 3) / 7))
}
