/** Spanish: every English key, in the same shape. */
import { common } from './es/common'
import { main } from './es/main'
import { month } from './es/month'
import { popover } from './es/popover'
import { problems } from './es/problems'
import { ritual } from './es/ritual'
import { settings } from './es/settings'
import type { Messages } from './types'

/** Every Spanish message, by area. */
export const es: Messages = { common, popover, ritual, month, settings, problems, main }
