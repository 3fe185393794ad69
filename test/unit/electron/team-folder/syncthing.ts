import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * Two real Syncthing instances sharing one folder, on 127.0.0.1 only. Every option that could
 * reach past this machine is off in the config the test writes (global and local discovery,
 * relays, NAT/UPnP, STUN, usage and crash reports, upgrades), each device knows the other by an
 * explicit tcp://127.0.0.1:PORT address, and where the kernel allows it both run in a network
 * namespace of their own that has nothing but loopback, so a packet to anywhere else cannot leave.
 */

export const hasSyncthing = spawnSync('syncthing', ['--help']).status === 0;
const canIsolate = spawnSync('unshare', ['--net', 'true']).status === 0;

export interface Peer {
  name: string;
  home: string;
  folder: string;
  deviceId: string;
  port: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function generate(home: string): string {
  // The device id goes to stderr, the log lines to stdout.
  const run = spawnSync('syncthing', ['generate', `--home=${home}`], { env: { ...process.env, STNODEFAULTFOLDER: '1' }, encoding: 'utf8' });
  const out = `${run.stdout}${run.stderr}`;
  const id = /Device ID:\s*([A-Z0-9-]{63})/.exec(out)?.[1];
  if (!id) throw new Error(`syncthing generate printed no device id: ${out}`);
  return id;
}

const device = (peer: Peer) => `
    <device id="${peer.deviceId}" name="${peer.name}" compression="metadata" introducer="false">
        <address>tcp://127.0.0.1:${peer.port}</address>
        <autoAcceptFolders>false</autoAcceptFolders>
    </device>`;

function config(self: Peer, other: Peer): string {
  return `<configuration version="36">
    <folder id="team-library" label="Team library" path="${self.folder}" type="sendreceive" rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="true" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="${self.deviceId}"></device>
        <device id="${other.deviceId}"></device>
        <minDiskFree unit="%">0</minDiskFree>
        <maxConflicts>10</maxConflicts>
        <markerName>.stfolder</markerName>
    </folder>${device(self)}${device(other)}
    <gui enabled="false" tls="false"><address>127.0.0.1:0</address></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:${self.port}</listenAddress>
        <globalAnnounceServer></globalAnnounceServer>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <startBrowser>false</startBrowser>
        <urAccepted>-1</urAccepted>
        <urURL></urURL>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <releasesURL></releasesURL>
        <crashReportingEnabled>false</crashReportingEnabled>
        <crashReportingURL></crashReportingURL>
        <stunKeepaliveStartS>0</stunKeepaliveStartS>
        <stunServer></stunServer>
        <announceLANAddresses>false</announceLANAddresses>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <restartOnWakeup>false</restartOnWakeup>
        <setLowPriority>false</setLowPriority>
    </options>
</configuration>
`;
}

export interface SyncPair {
  a: Peer;
  b: Peer;
  /** True when both run in a namespace with loopback only. */
  isolated: boolean;
  stop(): Promise<void>;
}

/** Starts the pair; `root` holds their homes and their two copies of the team folder. */
export async function startSyncPair(root: string): Promise<SyncPair> {
  const make = async (name: string): Promise<Peer> => {
    const home = join(root, `${name}-home`);
    const folder = join(root, `${name}-folder`);
    mkdirSync(folder, { recursive: true });
    return { name, home, folder, deviceId: generate(home), port: await freePort() };
  };
  const a = await make('a');
  const b = await make('b');
  writeFileSync(join(a.home, 'config.xml'), config(a, b));
  writeFileSync(join(b.home, 'config.xml'), config(b, a));
  const serve = (peer: Peer) => `syncthing serve --home='${peer.home}' --no-browser --no-restart --no-upgrade --skip-port-probing --logfile='${join(root, `${peer.name}.log`)}'`;
  const script = `${canIsolate ? 'ip link set lo up && ' : ''}${serve(a)} & ${serve(b)} & wait`;
  const env = { ...process.env, STNOUPGRADE: '1', STNODEFAULTFOLDER: '1', STNORESTART: '1', all_proxy: '', http_proxy: '', https_proxy: '' };
  const child: ChildProcess = canIsolate ? spawn('unshare', ['--net', 'sh', '-c', script], { env, detached: true, stdio: 'ignore' }) : spawn('sh', ['-c', script], { env, detached: true, stdio: 'ignore' });
  return {
    a,
    b,
    isolated: canIsolate,
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            // gone
          }
          resolve();
        }, 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

/** Waits (bounded) until `check` holds, polling; throws with `what` when it never does. */
export async function eventually<T>(what: string, check: () => T | Promise<T>, timeoutMs = 60_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
