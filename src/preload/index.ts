/** The preload: exposes only what the renderer is allowed to ask for. */
import { contextBridge } from 'electron'

contextBridge.exposeInMainWorld('sundown', { version: 1 })
