// The afterPack hook flips the fuses of the binary electron-builder packed, and leaves the file-protocol fuse alone.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import type { AfterPackContext } from 'electron-builder'
import { Arch } from 'electron-builder'
import { describe, expect, it } from 'vitest'
import { afterPack, electronBinaryPath } from '../../build/after-pack.mjs'

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Electron's factory wire as documented, in FuseV1Options order: '1' on, '0' off. */
const FACTORY_WIRE = '110100011'

/** A stand-in Electron binary: filler around the fuse sentinel, wire version 1 and the wire itself. */
function fakeElectron(path: string, wire = FACTORY_WIRE): string {
  const filler = Buffer.alloc(4096, 0x2a)
  const header = Buffer.from([1, wire.length])
  writeFileSync(
    path,
    Buffer.concat([filler, Buffer.from(SENTINEL), header, Buffer.from(wire), filler]),
  )
  return path
}

const context = (platform: string, appOutDir: string, arch = Arch.x64) =>
  ({
    appOutDir,
    arch,
    electronPlatformName: platform,
    packager: { executableName: 'sundown', appInfo: { productFilename: 'Sundown' } },
  }) as unknown as AfterPackContext

describe('the packed binary the hook works on', () => {
  it('is the executable on Linux, the .exe on Windows and the .app bundle on macOS', () => {
    expect(electronBinaryPath(context('linux', '/out'))).toBe(join('/out', 'sundown'))
    expect(electronBinaryPath(context('win32', '/out'))).toBe(join('/out', 'Sundown.exe'))
    expect(electronBinaryPath(context('darwin', '/out'))).toBe(join('/out', 'Sundown.app'))
  })
})

describe('the fuses after packing', () => {
  it('close Node and the inspector, load only the integrity-checked asar and encrypt cookies', async () => {
    const appOutDir = mkdtempSync(join(tmpdir(), 'sundown-pack-'))
    const binary = fakeElectron(join(appOutDir, 'sundown'))
    await afterPack(context('linux', appOutDir))
    const wire = await getCurrentFuseWire(binary)
    const state = (fuse: FuseV1Options) => wire[fuse]
    expect(state(FuseV1Options.RunAsNode)).toBe(FuseState.DISABLE)
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(FuseState.DISABLE)
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe(FuseState.DISABLE)
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe(FuseState.ENABLE)
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(FuseState.ENABLE)
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe(FuseState.ENABLE)
  })

  it('keep the file-protocol privileges, the snapshot and the trap handlers as Electron made them', async () => {
    const appOutDir = mkdtempSync(join(tmpdir(), 'sundown-pack-'))
    const binary = fakeElectron(join(appOutDir, 'sundown'))
    await afterPack(context('linux', appOutDir))
    const wire = await getCurrentFuseWire(binary)
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.ENABLE)
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(FuseState.DISABLE)
    expect(wire[FuseV1Options.WasmTrapHandlers]).toBe(FuseState.ENABLE)
  })

  it('change nothing but the wire', async () => {
    const appOutDir = mkdtempSync(join(tmpdir(), 'sundown-pack-'))
    const binary = fakeElectron(join(appOutDir, 'sundown'))
    const before = readFileSync(binary)
    await afterPack(context('linux', appOutDir))
    const after = readFileSync(binary)
    const wireAt = before.indexOf(SENTINEL) + SENTINEL.length + 2
    expect(after.length).toBe(before.length)
    expect(after.subarray(0, wireAt).equals(before.subarray(0, wireAt))).toBe(true)
    const end = wireAt + FACTORY_WIRE.length
    expect(after.subarray(end).equals(before.subarray(end))).toBe(true)
    expect(after.toString('latin1', wireAt, end)).toBe('010011011')
  })

  it('stop the build when the binary has no fuse wire, rather than ship it unfused', async () => {
    const appOutDir = mkdtempSync(join(tmpdir(), 'sundown-pack-'))
    writeFileSync(join(appOutDir, 'sundown'), Buffer.alloc(1024))
    await expect(afterPack(context('linux', appOutDir))).rejects.toThrow(/sentinel/)
  })
})
