// Drives days through the prompt scheduler and the real core: each prompt once, none while asleep, jumps and rollover.
import { describe, expect, it } from 'vitest'
import { MINUTE_MS } from '../../src/core'
import { WEDNESDAY, WHOLE_DAY, at, scheduledDay, workday } from '../support/scheduled-day'

describe('an ordinary day', () => {
  it('fires heads-up 17:15, end 17:30, then a reminder every 10 minutes up to 3, each once', () => {
    const today = workday()
    today.clock.advanceTo(at('23:59'))
    expect(today.firedAt()).toEqual(WHOLE_DAY)
    expect(today.fired.map((prompt) => prompt.reminderNumber)).toEqual([0, 0, 1, 2, 3])
  })

  it('fires nothing after the ritual is completed', () => {
    const today = workday()
    today.clock.advanceTo(at('17:33'))
    today.add({ type: 'ritual-completed' })
    today.scheduler.replan()
    today.clock.advanceTo(at('23:59'))
    expect(today.firedAt()).toEqual(['heads-up@17:15', 'end@17:30'])
  })

  it('does not fire twice when the caller re-plans again from inside onDue, after storing it', () => {
    const today = workday(at('09:00'), {
      onDue: (prompt, day) => {
        day.recordShown(prompt)
        day.scheduler.replan()
      },
    })
    today.clock.advanceTo(at('17:35'))
    expect(today.firedAt()).toEqual(['heads-up@17:15', 'end@17:30'])
    expect(today.clock.pendingCount).toBe(2)
  })

  it('remembers a prompt only by its stored event: one never stored is due again at the next look', () => {
    const today = workday(at('09:00'), { onDue: () => undefined })
    today.clock.advanceTo(at('17:17'))
    expect(today.firedAt()).toEqual(['heads-up@17:15', 'heads-up@17:16', 'heads-up@17:17'])
  })

  it('keeps its schedule when onDue throws after storing the prompt', () => {
    const today = workday(at('09:00'), {
      onDue: (prompt, day) => {
        day.recordShown(prompt)
        if (prompt.kind === 'heads-up') throw new Error('notification failed')
      },
    })
    expect(() => today.clock.advanceTo(at('17:15'))).toThrow('notification failed')
    today.clock.advanceTo(at('17:31'))
    expect(today.firedAt()).toEqual(['heads-up@17:15', 'end@17:30'])
  })

  it('leaves no timer once disposed, even from inside onDue', () => {
    const today = workday(at('09:00'), { onDue: (_prompt, day) => day.scheduler.dispose() })
    today.clock.advanceTo(at('17:15'))
    expect(today.clock.pendingCount).toBe(0)
    today.scheduler.replan()
    expect(today.clock.pendingCount).toBe(0)
  })
})

describe('sleep', () => {
  it('fires nothing while asleep from 17:20 to the next morning, then plans the new day', () => {
    const today = workday()
    today.clock.advanceTo(at('17:20'))
    today.add({ type: 'away', reason: 'suspend' })
    today.scheduler.replan()
    today.clock.jumpTo(at('08:30', WEDNESDAY))
    today.add({ type: 'back', reason: 'resume' })
    today.scheduler.replan()
    expect(today.rollovers).toEqual(['08:30'])
    expect(today.firedAt()).toEqual(['heads-up@17:15'])
    today.clock.advanceTo(at('17:16', WEDNESDAY))
    expect(today.firedAt()).toEqual(['heads-up@17:15', 'heads-up@17:15'])
    expect(today.fired[1]?.forEndAt).toBe(at('17:30', WEDNESDAY))
  })

  it('catches up through the watchdog alone when no resume is reported', () => {
    const today = workday()
    today.clock.advanceTo(at('17:20'))
    today.clock.jumpTo(at('08:30', WEDNESDAY))
    today.clock.advanceTo(at('08:32', WEDNESDAY))
    expect(today.rollovers).toEqual(['08:31'])
    expect(today.firedAt()).toEqual(['heads-up@17:15'])
  })

  it('shows the overdue end prompt at once on a same-evening resume, and only once', () => {
    const today = workday()
    today.clock.advanceTo(at('17:20'))
    today.add({ type: 'away', reason: 'suspend' })
    today.clock.jumpTo(at('17:40'))
    today.add({ type: 'back', reason: 'resume' })
    today.scheduler.replan()
    expect(today.firedAt()).toEqual(['heads-up@17:15', 'end@17:40'])
    today.clock.advanceTo(at('23:00'))
    expect(today.firedAt()).toEqual([
      'heads-up@17:15',
      'end@17:40',
      'reminder@17:50',
      'reminder@18:00',
      'reminder@18:10',
    ])
  })
})

describe('clock jumps', () => {
  it('re-plans a two-hour jump before the window: the heads-up still fires at 17:15', () => {
    const today = workday()
    today.clock.advanceTo(at('15:02'))
    today.clock.jumpTo(at('17:02'))
    today.clock.advanceTo(at('23:59'))
    expect(today.firedAt()).toEqual(WHOLE_DAY)
  })

  it('re-plans a two-hour jump inside the window: the overdue reminder fires within a minute, none lost or repeated', () => {
    const today = workday()
    today.clock.advanceTo(at('17:35'))
    today.clock.jumpTo(at('19:35'))
    today.clock.advanceTo(at('23:59'))
    expect(today.firedAt()).toEqual([
      'heads-up@17:15',
      'end@17:30',
      'reminder@19:36',
      'reminder@19:46',
      'reminder@19:56',
    ])
  })

  it('repeats nothing when the clock is set back an hour', () => {
    const today = workday()
    today.clock.advanceTo(at('17:45'))
    today.clock.jumpTo(at('16:45'))
    today.clock.advanceTo(at('23:59'))
    expect(today.firedAt()).toEqual(WHOLE_DAY)
  })
})

describe('rollover', () => {
  it('calls onRollover at 04:00 exactly, once, and plans the new day', () => {
    const today = workday()
    today.clock.advanceTo(at('03:59', WEDNESDAY))
    expect(today.rollovers).toEqual([])
    today.clock.advanceTo(at('04:00', WEDNESDAY))
    expect(today.rollovers).toEqual(['04:00'])
    today.add({ type: 'app-started' })
    today.clock.advanceTo(at('17:15', WEDNESDAY))
    expect(today.rollovers).toEqual(['04:00'])
    expect(today.firedAt().slice(5)).toEqual(['heads-up@17:15'])
  })

  it('rolls over on a day off too, where nothing is ever prompted', () => {
    const saturday = scheduledDay(at('12:00', '2026-11-28'))
    saturday.scheduler.replan()
    saturday.clock.advanceTo(at('04:00', '2026-11-29'))
    expect(saturday.rollovers).toEqual(['04:00'])
    expect(saturday.fired).toEqual([])
  })
})

describe('ticks', () => {
  it('runs onTick on every watchdog tick, before its check, and never on a re-plan', () => {
    const seen: string[] = []
    const today = workday(at('09:00'), {
      onTick: () => void seen.push(`tick:${today.firedAt().length}`),
    })
    today.scheduler.replan()
    today.clock.advanceTo(at('17:15'))
    // Every wakeup but the last, the prompt timer at 17:15, is a watchdog tick.
    expect(today.wakeupsAt.at(-1)).toBe(at('17:15'))
    expect(seen).toHaveLength(today.wakeupsAt.length - 1)
    expect(seen.at(-1)).toBe('tick:0')
    expect(today.firedAt()).toEqual(['heads-up@17:15'])
  })

  it('keeps its schedule when onTick throws', () => {
    let failures = 1
    const today = workday(at('09:00'), {
      onTick: () => {
        if (failures-- > 0) throw new Error('disk full')
      },
    })
    expect(() => today.clock.advanceTo(at('09:05'))).toThrow('disk full')
    today.clock.advanceTo(at('09:15'))
    expect(today.wakeupsAt).toEqual([at('09:05'), at('09:10'), at('09:15')])
    today.clock.advanceTo(at('17:15'))
    expect(today.firedAt()).toEqual(['heads-up@17:15'])
  })

  it('ticks every minute outside the prompt window while watchClosely holds, and slows when it stops', () => {
    const closely = { on: true }
    const today = workday(at('09:00'), { watchClosely: () => closely.on })
    today.clock.advanceTo(at('10:00'))
    expect(today.wakeupsAt).toHaveLength(60)
    expect(today.wakeupsAt.at(-1)! - today.wakeupsAt.at(-2)!).toBe(MINUTE_MS)
    closely.on = false
    today.clock.advanceTo(at('11:00'))
    expect(today.wakeupsAt).toHaveLength(60 + 1 + 12)
    expect(today.wakeupsAt.at(-1)! - today.wakeupsAt.at(-2)!).toBe(5 * MINUTE_MS)
  })

  it('treats a check a moment before a grid instant as on it, rather than waking again within a second', () => {
    const today = workday(at('17:20') - 2)
    today.clock.advanceTo(at('17:22'))
    expect(today.wakeupsAt).toEqual([at('17:21'), at('17:22')])
  })
})
