// Whether two Syncthing daemons can run here in a private network namespace, and how to enter one.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'

/** Where a program is on PATH (and root's sbin folders, where Debian keeps `ip`); null when missing. */
function onPath(program: string): string | null {
  const folders = [...(process.env['PATH'] ?? '').split(delimiter), '/usr/sbin', '/sbin']
  return folders.map((folder) => join(folder, program)).find((path) => existsSync(path)) ?? null
}

/** How to enter a private network namespace here: as root `unshare -n`, else with a user namespace. */
export function namespaceCommand(): string[] | null {
  for (const flags of [['-n'], ['-r', '-n']]) {
    try {
      execFileSync('unshare', [...flags, 'true'], { stdio: 'ignore' })
      return ['unshare', ...flags]
    } catch {
      // Not allowed this way (no root, user namespaces off): try the next.
    }
  }
  return null
}

/** Why a Syncthing pair cannot run here, or null when it can (Linux, syncthing, unshare, ip). */
export function syncthingUnavailable(): string | null {
  if (process.platform !== 'linux')
    return `it needs Linux network namespaces, this is ${process.platform}`
  const missing = ['syncthing', 'unshare', 'ip'].filter((program) => onPath(program) === null)
  if (missing.length > 0)
    return `missing ${missing.join(', ')} (apt-get install syncthing util-linux iproute2)`
  if (namespaceCommand() === null)
    return 'unshare -n is not allowed here (needs root or unprivileged user namespaces)'
  return null
}
