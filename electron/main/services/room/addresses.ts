import { networkInterfaces } from 'node:os';
import type { RoomAddress } from '../../../../shared/room/status';

/**
 * The IPv4 addresses phones can reach this laptop on, read from the interfaces without sending
 * anything. Raw addresses only: many Android browsers cannot resolve a `.local` name.
 */
export function lanAddresses(interfaces = networkInterfaces()): RoomAddress[] {
  const found: RoomAddress[] = [];
  for (const [name, entries] of Object.entries(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.family !== 'IPv4' || entry.internal) continue;
      found.push({ address: entry.address, label: `${describeInterface(name)} (${name})` });
    }
  }
  return found;
}

function describeInterface(name: string): string {
  if (/^(wl|wlan|wi-?fi|en0$)/i.test(name)) return 'Wi-Fi';
  if (/^(ap|bridge|hotspot|llw)/i.test(name)) return 'Hotspot';
  if (/^(eth|en|ethernet)/i.test(name)) return 'Ethernet';
  return 'Network';
}

/** The only address tests and the web harness ever open a room on. */
export const LOOPBACK: RoomAddress = { address: '127.0.0.1', label: 'This computer only (127.0.0.1)' };
