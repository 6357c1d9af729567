/** Whether the macOS app bundle Sundown runs from carries a code signature of its own. */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * True when `<bundle>/Contents/_CodeSignature/CodeResources` exists beside the executable
 * (`<bundle>/Contents/MacOS/<name>`). electron-builder writes it when it signs (Developer ID or
 * ad hoc); a build it did not sign has none, though Electron's own binary stays linker-signed.
 */
export function bundleHasCodeSignature(execPath: string): boolean {
  return existsSync(join(dirname(execPath), '..', '_CodeSignature', 'CodeResources'))
}
