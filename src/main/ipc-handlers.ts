/** IPC handlers generated from the contract: sender checked, payload validated, then handed to the app. */
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import * as v from 'valibot'
import { COMMAND_NAMES, channelOf } from '../shared/ipc-channels'
import { ipcCommands, type CommandName, type ResponseOf } from '../shared/ipc-contract'

/** What the app does for each command, given an already validated payload. */
export type CommandHandlers = {
  [Name in CommandName]: (
    payload: v.InferOutput<(typeof ipcCommands)[Name]['request']>,
  ) => ResponseOf<Name> | Promise<ResponseOf<Name>>
}

/** A refused request: the renderer sees this message, and nothing was stored. */
export class IpcRefusal extends Error {
  override name = 'IpcRefusal'
}

function describeIssues(name: CommandName, issues: v.BaseIssue<unknown>[]): string {
  const details = issues
    .slice(0, 5)
    .map((issue) => `${v.getDotPath(issue) ?? 'payload'}: ${issue.message}`)
    .join('; ')
  return `${name} refused: ${details}`
}

/** Registers one handler per command; returns a function that removes them all. */
export function setupIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: CommandHandlers,
  isTrustedSender: (url: string) => boolean,
): () => void {
  for (const name of COMMAND_NAMES) {
    ipcMain.handle(channelOf(name), async (event: IpcMainInvokeEvent, payload: unknown) => {
      const senderUrl = event.senderFrame?.url ?? ''
      if (!isTrustedSender(senderUrl)) {
        throw new IpcRefusal(`${name} refused: the request did not come from Sundown's own window`)
      }
      const parsed = v.safeParse(ipcCommands[name].request, payload)
      if (!parsed.success) throw new IpcRefusal(describeIssues(name, parsed.issues))
      const handle = handlers[name] as (input: unknown) => unknown
      return handle(parsed.output)
    })
  }
  return () => COMMAND_NAMES.forEach((name) => ipcMain.removeHandler(channelOf(name)))
}
