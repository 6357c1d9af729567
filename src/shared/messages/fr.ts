/** French: every English key, in the same shape. */
import { common } from './fr/common'
import { main } from './fr/main'
import { month } from './fr/month'
import { popover } from './fr/popover'
import { problems } from './fr/problems'
import { ritual } from './fr/ritual'
import { settings } from './fr/settings'
import type { Messages } from './types'

/** Every French message, by area. */
export const fr: Messages = { common, popover, ritual, month, settings, problems, main }
