/** The preload: generated from the contract's channel list; exposes that API and nothing else. */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { COMMAND_NAMES, channelOf } from '../shared/ipc-channels'
import type { DevicesState, SundownApi, TodayState } from '../shared/ipc-contract'

const commands = Object.fromEntries(
  COMMAND_NAMES.map((name) => [
    name,
    (payload?: unknown) => ipcRenderer.invoke(channelOf(name), payload),
  ]),
)

const api = {
  ...commands,
  onTodayChanged(listener: (today: TodayState) => void): () => void {
    const forward = (_event: IpcRendererEvent, today: TodayState) => listener(today)
    ipcRenderer.on(channelOf('todayChanged'), forward)
    return () => ipcRenderer.removeListener(channelOf('todayChanged'), forward)
  },
  onDevicesChanged(listener: (devices: DevicesState) => void): () => void {
    const forward = (_event: IpcRendererEvent, devices: DevicesState) => listener(devices)
    ipcRenderer.on(channelOf('devicesChanged'), forward)
    return () => ipcRenderer.removeListener(channelOf('devicesChanged'), forward)
  },
} as SundownApi

contextBridge.exposeInMainWorld('sundown', api)
