// Resolves every `import 'electron'` in this process (the bundle's and electron-store's) to the one stand-in.
import { registerHooks } from 'node:module'

/** The stand-in the built app gets for `electron`; one URL, so one module instance for everyone. */
export const STAND_IN_URL = new URL('../electron-stand-in.ts', import.meta.url).href

/** Installs the resolve hook: `electron` becomes the stand-in, every other specifier resolves as usual. */
export function resolveElectronToStandIn(): void {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'electron') return { url: STAND_IN_URL, shortCircuit: true }
      return nextResolve(specifier, context)
    },
  })
}
