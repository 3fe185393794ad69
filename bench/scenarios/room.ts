/**
 * Scenario — the room, in Node: 60 phones on 127.0.0.1 answer one after another while the laptop
 * waits on the room (watchRoom, as the room dialog does); each figure is the time from a phone's
 * send to the laptop seeing the new count. Baseline: the same 60 sockets' round trip to a bare
 * `ws` echo server, measured in the same run, so the ratio is what the room itself adds.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { createRoomController } from '../../electron/main/services/room/room-controller';
import { LOOPBACK } from '../../electron/main/services/room/addresses';
import { quantile } from '../lib/stats';
import { resultOf, type ScenarioResult } from '../lib/result';

const ANONYMOUS = { visibility: 'anonymous', seconds: null, revealWhenAllIn: false } as const;
const PHONES = 60;

function connect(url: string, origin: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { origin });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

const nextMessage = (socket: WebSocket) => new Promise<string>((resolve) => socket.once('message', (data) => resolve(String(data))));

/** The bare round trip: 60 sockets, one echo each, in turn. */
async function echoRoundTrips(rounds: number): Promise<number[]> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  server.on('connection', (ws) => ws.on('message', (data) => ws.send(String(data))));
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const sockets = await Promise.all(Array.from({ length: PHONES }, () => connect(`ws://127.0.0.1:${port}/`, `http://127.0.0.1:${port}`)));
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const socket of sockets) {
      const echoed = nextMessage(socket);
      const start = performance.now();
      socket.send(JSON.stringify({ type: 'answer', activityId: 'x', answer: { kind: 'fist', fist: 3, reason: '' } }));
      await echoed;
      times.push(performance.now() - start);
    }
  }
  sockets.forEach((s) => s.close());
  server.close();
  return times;
}

async function projectorLatencies(rounds: number): Promise<number[]> {
  const phoneFolder = mkdtempSync(join(tmpdir(), 'cg-bench-phone-'));
  mkdirSync(join(phoneFolder, 'assets'));
  writeFileSync(join(phoneFolder, 'index.html'), '<!doctype html><title>phone</title>');
  const room = createRoomController({ phoneFolder, addresses: () => [LOOPBACK], port: 0 });
  const { joinUrl } = await room.open('127.0.0.1');
  const origin = new URL(joinUrl!).origin;
  const sockets = await Promise.all(Array.from({ length: PHONES }, () => connect(`${joinUrl!.replace('http://', 'ws://')}ws`, origin)));
  await Promise.all(sockets.map((socket, i) => {
    const joined = nextMessage(socket);
    socket.send(JSON.stringify({ type: 'join', name: `P${i}`, team: i % 2 ? 'Sales' : 'Marketing' }));
    return joined;
  }));
  const times: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      room.start({ kind: 'fist', step: 'goals', label: 'Goals?' }, ANONYMOUS);
      const activityId = room.status().activity!.id;
      for (const [i, socket] of sockets.entries()) {
        let status = room.status();
        const start = performance.now();
        socket.send(JSON.stringify({ type: 'answer', activityId, answer: { kind: 'fist', fist: i % 6 } }));
        // The laptop's view: wait on the room until the count shows this answer.
        while ((status.activity?.answered ?? 0) < i + 1) status = await room.watch(status.revision);
        times.push(performance.now() - start);
      }
      room.end();
    }
  } finally {
    sockets.forEach((s) => s.close());
    await room.close();
  }
  return times;
}

export async function roomLatency(runs: number, warmup: number): Promise<ScenarioResult[]> {
  await projectorLatencies(warmup);
  await echoRoundTrips(warmup);
  const latencies = await projectorLatencies(runs);
  const echoes = await echoRoundTrips(runs);
  const p95 = quantile(latencies, 0.95);
  const baselineP95 = quantile(echoes, 0.95);
  return [
    resultOf({
      name: `room: projector update, p95 of ${PHONES} phones`,
      // One figure per run would hide the tail: the p95 of every answer is the figure, the baseline's likewise.
      runs: [p95],
      baselineRuns: [baselineP95],
      target: '≤ 5× bare ws round trip, < 50 ms',
      check: ({ median, ratio }) => median < 50 && ratio !== null && ratio <= 5,
      note: `Node ${process.version}, 127.0.0.1; ${PHONES} phones × ${runs} activities answering in turn, each from send to the laptop's watchRoom seeing the count; baseline = the same sockets' round trip to a bare ws echo server (both well under a millisecond, so the ratio moves with scheduling noise; the 50 ms bound is the one people would notice). Median answer ${quantile(latencies, 0.5).toFixed(2)} ms.`,
      extra: { answers: latencies.length, p50_ms: Math.round(quantile(latencies, 0.5) * 100) / 100, max_ms: Math.round(Math.max(...latencies) * 100) / 100 },
    }),
  ];
}
