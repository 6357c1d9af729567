/** English words of the shutdown ritual, including the reflection questions written for Sundown. */
import type { RitualStep } from '../../../core'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('en', value)

/** The ritual's English words. */
export const ritual = {
  title: 'Shutdown ritual',
  progress: ({ step, total }: { step: number; total: number }) => `Step ${n(step)} of ${n(total)}`,
  back: 'Back',
  next: 'Next',
  skip: 'Skip',
  answerLabel: 'Your answer',
  keyHint: 'Ctrl+Enter moves on · Esc closes (answers so far are kept)',
  stayLateInstead: 'Not done yet? Stay late…',
  required: 'This step asks for a few words before moving on.',
  saveFailed: 'Your answer could not be saved. Try again.',
  hint: {
    review: 'List what moved forward — finished or not, it counts. A few lines is plenty.',
    'open-loops':
      "What is still open? Write each loop down here so you don't carry it home in your head.",
    'first-task': "What is the first thing you'll do tomorrow? It will be waiting for you.",
    reflection: 'Take a breath before you answer. There is no wrong one.',
    custom: 'Take a moment with this one.',
  } satisfies Record<RitualStep['kind'], string>,
  reflectionLabel: 'Question for today',
  weekly: {
    title: 'Your week',
    label: 'Question for the week',
    summaryTitle: 'This week so far',
    summary: ({ onTime, judged }: { onTime: number; judged: number }) =>
      plural('en', judged, {
        one: `${n(onTime)} of # day ended on time.`,
        other: `${n(onTime)} of # days ended on time.`,
      }),
    summaryNone: 'No finished days to count yet this week.',
    summaryToday: 'Today ends when you complete the ritual.',
  },
  finish: {
    title: 'Shutdown complete',
    body: 'Everything is parked. Completing the ritual records now as the moment you left.',
    button: 'Shutdown complete',
  },
  complete: {
    title: 'Done for today',
    leftAt: ({ time }: { time: string }) => `You left at ${time}.`,
    onTime: 'Right on time.',
    late: ({ late }: { late: string }) => `${late} past the end — noted, not judged.`,
    firstTask: ({ task }: { task: string }) => `Tomorrow starts with: ${task}`,
    rest: 'The work will keep. Go and be somewhere else.',
    close: 'Close',
  },
  /** Daily reflection questions: alignment, seasons, small shifts, what matters. Every language asks as many, in the same order. */
  reflectionQuestions: [
    'Where did your energy go today — and is that where you would have sent it?',
    'What mattered most today, and did it get some of your best hours?',
    'What season of life are you in right now, and what is it asking of you?',
    'What is one small shift that would make tomorrow fit you a little better?',
    'What did you say yes to today that you would like to say no to next time?',
    'Who or what outside work deserves your attention this evening?',
    'What gave you energy today, and what quietly drained it?',
    'If today became a habit, would you want to keep it?',
    'What can wait until tomorrow without anything breaking?',
    'What are you glad you did today, however small?',
    'Was today a fair trade for what it cost you?',
  ],
  /** Friday questions that look at the whole week. */
  weeklyQuestions: [
    'Looking back over the week, where did your time match what matters to you — and where did it drift?',
    'What is one thing you would shape differently about next week?',
    'What from this week do you want to carry into the weekend, and what can you set down?',
    'Which day this week felt most like yours, and what made it so?',
  ],
} as const
