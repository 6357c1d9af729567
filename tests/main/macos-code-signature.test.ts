// A macOS bundle electron-builder signed has Contents/_CodeSignature; one it did not sign has none.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundleHasCodeSignature } from '../../src/main/macos-code-signature'

/** A Sundown.app folder as electron-builder lays it out; returns its executable's path. */
function bundle(signed: boolean): string {
  const contents = join(mkdtempSync(join(tmpdir(), 'sundown-bundle-')), 'Sundown.app', 'Contents')
  mkdirSync(join(contents, 'MacOS'), { recursive: true })
  writeFileSync(join(contents, 'MacOS', 'Sundown'), '')
  if (signed) {
    mkdirSync(join(contents, '_CodeSignature'))
    writeFileSync(join(contents, '_CodeSignature', 'CodeResources'), '<plist/>')
  }
  return join(contents, 'MacOS', 'Sundown')
}

describe('the app bundle’s code signature', () => {
  it('is found beside a signed build’s executable', () => {
    expect(bundleHasCodeSignature(bundle(true))).toBe(true)
  })

  it('is missing from a build electron-builder did not sign', () => {
    expect(bundleHasCodeSignature(bundle(false))).toBe(false)
  })
})
