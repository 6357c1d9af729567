/** English, the source of truth: every key here must exist, and be used, in every language. */
import { common } from './en/common'
import { main } from './en/main'
import { month } from './en/month'
import { popover } from './en/popover'
import { problems } from './en/problems'
import { ritual } from './en/ritual'
import { settings } from './en/settings'

/** Every English message, by area. */
export const en = { common, popover, ritual, month, settings, problems, main }
