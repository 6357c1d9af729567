// Views rendered without the app's MessagesProvider (most renderer tests) read English, as before languages existed.
import { setFallbackMessages } from '../../../src/renderer/src/i18n/messages-context'
import { en } from '../../../src/shared/messages/en'

setFallbackMessages(en)
