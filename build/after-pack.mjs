/** electron-builder's afterPack hook: flips Electron's fuses in the packed app, before it is signed. */
import { join } from 'node:path'
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses'
import { Arch } from 'electron-builder'

/**
 * The fuses Sundown ships with. GrantFileProtocolExtraPrivileges keeps Electron's default (on):
 * the renderer is loaded from file://, and its module scripts and lazily loaded views need those
 * privileges; it can go off once the renderer is served from a custom protocol.
 * @type {Partial<Record<FuseV1Options, boolean>>}
 */
export const SUNDOWN_FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
}

/**
 * The packed Electron binary (the .app bundle on macOS), found as electron-builder finds it.
 * @param {import('electron-builder').AfterPackContext} context
 * @returns {string}
 */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context
  if (electronPlatformName === 'linux') {
    const linux = /** @type {import('electron-builder').LinuxPackager} */ (packager)
    return join(appOutDir, linux.executableName)
  }
  const extension = electronPlatformName === 'win32' ? '.exe' : '.app'
  return join(appOutDir, `${packager.appInfo.productFilename}${extension}`)
}

/**
 * Flips the fuses; on Apple silicon the changed binary is re-signed ad hoc so an unsigned build
 * still starts (a real signature, when configured, replaces it right after this hook).
 * @param {import('electron-builder').AfterPackContext} context
 * @returns {Promise<void>}
 */
export async function afterPack(context) {
  const appleSilicon = context.electronPlatformName === 'darwin' && context.arch === Arch.arm64
  await flipFuses(electronBinaryPath(context), {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: appleSilicon,
    ...SUNDOWN_FUSES,
  })
}
