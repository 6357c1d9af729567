// A stand-in Electron release on 127.0.0.1: the zip @electron/get asks for, holding a binary that records its launch.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { ZipFile } from 'yazl'
import { platformBinaryPath } from '../../../scripts/electron-binary-choice.ts'

/** How the stand-in binary was launched, as it wrote it down. */
export interface RecordedLaunch {
  args: string[]
  cwd: string
  env: Record<string, string>
}

/** A served release: its mirror URL for ELECTRON_MIRROR, the paths asked for, and a way to stop it. */
export interface ReleaseServer {
  mirror: string
  requests: string[]
  close: () => Promise<void>
}

/** The zip's name as @electron/get builds it: `electron-v<version>-<platform>-<arch>.zip`. */
export const releaseZipName = (version: string) =>
  `electron-v${version}-${process.platform}-${process.arch}.zip`

/** A shell script in the binary's place: it writes its arguments, working folder and environment to `recordDir`, then exits 0. */
function standInBinary(recordDir: string): Buffer {
  return Buffer.from(
    [
      '#!/bin/sh',
      '# A stand-in Electron binary: records how it was launched, then exits.',
      `record='${recordDir}'`,
      'mkdir -p "$record"',
      'pwd -P > "$record/cwd"',
      'printf "%s\\n" "$@" > "$record/args"',
      'env > "$record/env"',
      'exit 0',
      '',
    ].join('\n'),
  )
}

/** The release zip: the binary at this platform's path (mode 0755) and the `version` file real releases carry. */
export async function releaseZip(version: string, recordDir: string): Promise<Buffer> {
  const binaryPath = platformBinaryPath(process.platform)
  if (!binaryPath) throw new Error(`Electron publishes no build for ${process.platform}`)
  const zip = new ZipFile()
  zip.addBuffer(standInBinary(recordDir), binaryPath, { mode: 0o100755 })
  zip.addBuffer(Buffer.from(version), 'version', { mode: 0o100644 })
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Serves `files` (URL path → body) on 127.0.0.1 and answers 404 to anything else. */
export async function serveRelease(files: Map<string, Buffer>): Promise<ReleaseServer> {
  const requests: string[] = []
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    requests.push(path)
    const body = files.get(path)
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/octet-stream' })
    response.end(body ?? 'Not Found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    mirror: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** The release's files at the paths @electron/get asks for: the zip and its SHASUMS256.txt. */
export function releaseFiles(version: string, zip: Buffer): Map<string, Buffer> {
  const sha256 = createHash('sha256').update(zip).digest('hex')
  const name = releaseZipName(version)
  return new Map([
    [`/v${version}/${name}`, zip],
    [`/v${version}/SHASUMS256.txt`, Buffer.from(`${sha256} *${name}\n`)],
  ])
}

/** The stand-in's record of its launch, or null when it never ran. */
export function readLaunch(recordDir: string): RecordedLaunch | null {
  if (!existsSync(join(recordDir, 'cwd'))) return null
  const read = (file: string) => readFileSync(join(recordDir, file), 'utf8')
  const env = Object.fromEntries(
    read('env')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  )
  return { args: read('args').split('\n').slice(0, -1), cwd: read('cwd').trim(), env }
}

/** A folder for the stand-in's record. */
export function recordFolder(root: string): string {
  const dir = join(root, 'launch-record')
  mkdirSync(dir, { recursive: true })
  return dir
}
