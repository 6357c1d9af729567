/** German: every English key, in the same shape. */
import { common } from './de/common'
import { main } from './de/main'
import { month } from './de/month'
import { popover } from './de/popover'
import { problems } from './de/problems'
import { ritual } from './de/ritual'
import { settings } from './de/settings'
import type { Messages } from './types'

/** Every German message, by area. */
export const de: Messages = { common, popover, ritual, month, settings, problems, main }
