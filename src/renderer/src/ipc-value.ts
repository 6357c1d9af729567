/** A read's value, for the windows that only show data: a refusal and a failed call both read as nothing. */
import type { IpcResult } from '../../shared/ipc-result'

/** The value of `result`, or null when the command was refused. */
export const valueOf = <Value>(result: IpcResult<Value>): Value | null =>
  result.ok ? result.value : null
