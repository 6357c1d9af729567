// The prompts' words: calm, specific to the user's end time, and plain text every notification server shows as written.
import { describe, expect, it } from 'vitest'
import { promptMessageOf } from '../../src/main/prompt-messages'
import { en } from '../../src/shared/messages/en'

describe('the words of each prompt', () => {
  it('warns ahead with the minutes left and the end time', () => {
    expect(promptMessageOf('heads-up', { endTime: '17:30', minutes: 15 }, en)).toEqual({
      title: '15 minutes left — start wrapping up',
      body: 'Your day ends at 17:30. A good moment to note where things stand.',
      actions: [
        { action: 'start-ritual', label: 'Start ritual' },
        { action: 'stay-late', label: 'Staying late' },
      ],
    })
  })

  it('says the end time plainly at the end, offering all three answers', () => {
    const message = promptMessageOf('end', { endTime: '17:30', minutes: 0 }, en)
    expect(message.title).toBe("It's 17:30 — time to shut down")
    expect(message.actions.map((action) => action.label)).toEqual([
      'Start ritual',
      'Snooze',
      'Staying late',
    ])
  })

  it('keeps reminders kind: no blame, and staying late is a fine answer', () => {
    const message = promptMessageOf('reminder', { endTime: '17:30', minutes: 20 }, en)
    expect(message.title).toBe("Whenever you're ready — your day ended at 17:30")
    expect(message.body).toBe(
      "It has been 20 minutes. The ritual takes two minutes, or say you're staying late; either is fine.",
    )
  })

  it('says "1 minute", never "0 minutes" or "1 minutes"', () => {
    expect(promptMessageOf('heads-up', { endTime: '17:30', minutes: 1 }, en).title).toMatch(
      /^1 minute left/,
    )
    expect(promptMessageOf('reminder', { endTime: '17:30', minutes: 0 }, en).body).toMatch(
      /^It has been 1 minute\./,
    )
  })

  it('uses no characters a Linux notification server would read as markup', () => {
    for (const kind of ['heads-up', 'end', 'reminder'] as const) {
      const { title, body } = promptMessageOf(kind, { endTime: '17:30', minutes: 15 }, en)
      expect(`${title} ${body}`).not.toMatch(/[<>&]/)
    }
  })
})
