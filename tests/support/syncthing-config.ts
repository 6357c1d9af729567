// The config.xml of one daemon of the test pair: loopback only, nothing reported, one shared folder.
import type { SyncthingSide } from './syncthing-pair.ts'

/** The folder id both daemons share. */
export const FOLDER_ID = 'sundown'

/**
 * A daemon's whole config.xml, written before its first start. An element left out becomes zero,
 * not Syncthing's default, so every option that matters is spelled out: no discovery, relays, NAT,
 * usage or crash reporting, no upgrades, and `maxConflicts` 10 (at 0 a concurrent edit loses a side).
 */
export const syncthingConfigXml = (
  self: SyncthingSide,
  peer: SyncthingSide,
  ports: { listen: number; peerListen: number; rest: number },
) =>
  `<configuration version="36">
  <folder id="${FOLDER_ID}" label="Sundown" path="${self.folder}" type="sendreceive" rescanIntervalS="3600" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
    <device id="${self.deviceId}"></device>
    <device id="${peer.deviceId}"></device>
    <maxConflicts>10</maxConflicts>
  </folder>
  <device id="${self.deviceId}" name="self" compression="metadata"><address>dynamic</address></device>
  <device id="${peer.deviceId}" name="peer" compression="metadata"><address>tcp://127.0.0.1:${ports.peerListen}</address></device>
  <gui enabled="true" tls="false" debugging="false"><address>127.0.0.1:${ports.rest}</address><apikey>${self.apiKey}</apikey></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:${ports.listen}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <crashReportingEnabled>false</crashReportingEnabled>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <startBrowser>false</startBrowser>
  </options>
</configuration>
`
