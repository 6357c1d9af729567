/** IPC handlers generated from the contract: sender checked, payload validated, then handed to the app. */
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import * as v from 'valibot'
import { problemOf } from '../core/settings-problems'
import { COMMAND_NAMES, channelOf } from '../shared/ipc-channels'
import { ipcCommands, type CommandName, type ResponseOf } from '../shared/ipc-contract'
import { refused, refusedFields, type FieldProblem } from '../shared/ipc-result'

/** What the app does for each command, given an already validated payload. */
export type CommandHandlers = {
  [Name in CommandName]: (
    payload: v.InferOutput<(typeof ipcCommands)[Name]['request']>,
  ) => ResponseOf<Name> | Promise<ResponseOf<Name>>
}

/** The fields a refused payload got wrong, each with the problem its schema message carries. */
function fieldProblems(issues: v.BaseIssue<unknown>[]): FieldProblem[] {
  return issues.slice(0, 5).map((issue) => ({
    field: v.getDotPath(issue) ?? '',
    // The contract's and the settings schema's messages are problems as JSON; anything else is 'invalid'.
    problem: problemOf(issue) as FieldProblem['problem'],
  }))
}

/**
 * Registers one handler per command; returns a function that removes them all. Every answer is
 * a result: a foreign sender and a bad payload are refusals, and a handler that throws (a bug)
 * answers `failed` and is logged, so no error text ever reaches the renderer to be read.
 */
export function setupIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: CommandHandlers,
  isTrustedSender: (url: string) => boolean,
  logger: { warn(message: string): void; error(message: string, error?: unknown): void },
): () => void {
  for (const name of COMMAND_NAMES) {
    ipcMain.handle(channelOf(name), async (event: IpcMainInvokeEvent, payload: unknown) => {
      const senderUrl = event.senderFrame?.url ?? ''
      if (!isTrustedSender(senderUrl)) {
        // Not the user's doing, but still an answer in the one style: nothing for a page to parse.
        logger.warn(`Refused ${name}: the request did not come from Sundown's own window`)
        return refused({ code: 'not-sundown' })
      }
      const parsed = v.safeParse(ipcCommands[name].request, payload)
      if (!parsed.success) return refusedFields(...fieldProblems(parsed.issues))
      const handle = handlers[name] as (input: unknown) => unknown
      try {
        return await handle(parsed.output)
      } catch (error) {
        logger.error(`The ${name} command failed`, error)
        return refused({ code: 'failed' })
      }
    })
  }
  return () => COMMAND_NAMES.forEach((name) => ipcMain.removeHandler(channelOf(name)))
}
