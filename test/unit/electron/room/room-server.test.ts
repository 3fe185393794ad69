import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { createRoomController, type RoomController } from '../../../../electron/main/services/room/room-controller';
import { LOOPBACK } from '../../../../electron/main/services/room/addresses';
import { MAX_WRONG_CODES } from '../../../../electron/main/services/room/room-server';
import type { ActivitySpec } from '../../../../shared/room/protocol';
import { PhoneClient } from './phone-client';

let phoneFolder: string;
let room: RoomController;

beforeAll(() => {
  phoneFolder = mkdtempSync(join(tmpdir(), 'cg-phone-'));
  mkdirSync(join(phoneFolder, 'assets'));
  writeFileSync(join(phoneFolder, 'index.html'), '<!doctype html><title>phone</title><script type="module" src="./assets/phone.js"></script>');
  writeFileSync(join(phoneFolder, 'assets/phone.js'), 'console.log("phone")');
  writeFileSync(join(phoneFolder, 'assets/notes.txt'), 'not a page file');
});

afterEach(async () => {
  await room?.close();
});

async function openRoom() {
  room = createRoomController({ phoneFolder, addresses: () => [LOOPBACK], port: 0 });
  const status = await room.open('127.0.0.1');
  expect(status.open).toBe(true);
  return status;
}

/** A GET with the headers a test chooses (fetch will not let a test set Host). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

const ANONYMOUS = { visibility: 'anonymous', seconds: null, revealWhenAllIn: false } as const;
const ranking: ActivitySpec = { kind: 'ranking', criteria: ['a', 'b', 'c'].map((id) => ({ id, label: id })) };

describe('the room serves the phone page and nothing else', () => {
  it('under the secret path only, with a strict policy', async () => {
    const { joinUrl, typeUrl } = await openRoom();
    const page = await get(joinUrl!);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>phone</title>');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'none'");
    expect((await get(`${joinUrl}assets/phone.js`)).status).toBe(200);
    for (const path of ['assets/notes.txt', '../index.html', 'index.html/../../../package.json', '%2e%2e/%2e%2e/package.json']) expect((await get(`${joinUrl}${path}`)).status).toBe(404);
    expect((await get(`${typeUrl}/j/wrong-secret/`)).status).toBe(404);
    expect((await get(`${typeUrl}/ipc/getRoom`)).status).toBe(404);
  });

  it('refuses a request whose Host is not the room address (DNS rebinding)', async () => {
    const { joinUrl } = await openRoom();
    expect((await get(joinUrl!, { Host: 'evil.example:80' })).status).toBe(421);
  });

  it('turns the right join code into the secret URL, and locks the short code after repeated wrong ones', async () => {
    const { joinUrl, typeUrl, joinCode } = await openRoom();
    const right = await get(`${typeUrl}/code?code=${joinCode!.toLowerCase()}`);
    expect(right.status).toBe(303);
    expect(`${typeUrl}${right.headers.location}`).toBe(joinUrl);
    for (let i = 0; i < MAX_WRONG_CODES; i++) expect((await get(`${typeUrl}/code?code=AAAAAA`)).status).toBe(404);
    expect((await get(`${typeUrl}/code?code=${joinCode}`)).status).toBe(404);
    expect((await get(`${typeUrl}/`)).body).toContain('Too many wrong codes');
    expect((await get(joinUrl!)).status).toBe(200);
  });
});

describe('phones join, answer and reconnect', () => {
  it('refuses a socket from another origin or on another path', async () => {
    const { joinUrl, typeUrl } = await openRoom();
    await expect(PhoneClient.connect(joinUrl!, 'http://evil.example')).rejects.toThrow(/403/);
    await expect(PhoneClient.connect(`${typeUrl}/j/not-the-secret/`, typeUrl!)).rejects.toThrow(/403/);
    expect(room.status().participants).toEqual([]);
  });

  it('counts answers only, keeps each phone its own answer, and resumes a reconnecting phone with it', async () => {
    const { joinUrl } = await openRoom();
    const maya = await PhoneClient.connect(joinUrl!);
    const sam = await PhoneClient.connect(joinUrl!);
    const token = await maya.join('Maya', 'Marketing');
    await sam.join('', 'Sales');
    expect(room.status().participants.map((p) => [p.name, p.team, p.connected])).toEqual([
      ['Maya', 'Marketing', true],
      ['Anonymous', 'Sales', true],
    ]);

    const started = maya.next('state');
    room.start(ranking, ANONYMOUS);
    const { activity } = await started;
    const answered = maya.next('state');
    maya.send({ type: 'answer', activityId: activity!.id, answer: { kind: 'ranking', order: ['c', 'b', 'a'] } });
    expect((await answered).answer).toEqual({ kind: 'ranking', order: ['c', 'b', 'a'] });
    // The laptop sees the count, not the answer; names are hidden in an anonymous activity.
    const status = room.status();
    expect(status.activity).toMatchObject({ answered: 1, eligible: 2, tally: null });
    expect(status.participants.every((p) => p.answered === null)).toBe(true);
    // Sam's phone never received Maya's ranking.
    expect(JSON.stringify(sam.received)).not.toContain('"c","b","a"');

    maya.close();
    await maya.whenClosed();
    await expect.poll(() => room.status().participants[0].connected).toBe(false);
    const again = await PhoneClient.connect(joinUrl!);
    const resumed = again.next('state');
    again.send({ type: 'resume', token });
    expect((await resumed).answer).toEqual({ kind: 'ranking', order: ['c', 'b', 'a'] });
    expect(room.status().participants[0].connected).toBe(true);
    // A second answer replaces the first: still one answer counted.
    const replaced = again.next('state');
    again.send({ type: 'answer', activityId: activity!.id, answer: { kind: 'ranking', order: ['a', 'b', 'c'] } });
    await replaced;
    expect(room.status().activity?.answered).toBe(1);
    again.close();
    sam.close();
  });

  it('a removed person is told and disconnected, and their answer stops counting', async () => {
    const { joinUrl } = await openRoom();
    const phone = await PhoneClient.connect(joinUrl!);
    await phone.join('Mo', 'Sales');
    room.start({ kind: 'ready', label: 'Done?' }, { ...ANONYMOUS, visibility: 'facilitator' });
    const state = await phone.next('state');
    const answered = phone.next('state');
    phone.send({ type: 'answer', activityId: state.activity!.id, answer: { kind: 'ready' } });
    await answered;
    expect(room.status().participants[0].answered).toBe(true);
    const removed = phone.next('removed');
    room.remove(room.status().participants[0].id);
    expect((await removed).message).toMatch(/took you out/);
    await phone.whenClosed();
    expect(room.status().activity?.answered).toBe(0);
  });
});

describe('the timer', () => {
  it('tells each phone the seconds left, and the laptop when it ends', async () => {
    const { joinUrl } = await openRoom();
    const phone = await PhoneClient.connect(joinUrl!);
    await phone.join('Ada', 'Sales');
    const state = phone.next('state');
    const before = Date.now();
    room.start({ kind: 'ready', label: 'Done?' }, { ...ANONYMOUS, seconds: 120, revealWhenAllIn: true });
    const { activity } = await state;
    expect(activity!.secondsLeft).toBeGreaterThanOrEqual(119);
    expect(activity!.secondsLeft).toBeLessThanOrEqual(120);
    const status = room.status().activity!;
    expect(Date.parse(status.endsAt!) - before).toBeGreaterThanOrEqual(119_000);
    expect(status.revealWhenAllIn).toBe(true);
    phone.close();
  });
});

describe('hostile phones change nothing', () => {
  it('refuses wrong types, answers before joining, foreign tokens and observers voting', async () => {
    const { joinUrl } = await openRoom();
    const phone = await PhoneClient.connect(joinUrl!);
    room.start(ranking, ANONYMOUS);
    const activityId = room.status().activity!.id;
    const refusals: string[] = [];
    for (const bad of ['nonsense', JSON.stringify({ type: 'answer', activityId, answer: { kind: 'ranking', order: ['a', 'b', 'c'] } })]) {
      const refused = phone.next('refused');
      phone.send(bad);
      refusals.push((await refused).message);
    }
    expect(refusals).toEqual(['Not a message this room understands', 'Join the room first']);
    // A token from another room (or made up) finds nobody.
    const removed = phone.next('removed');
    phone.send({ type: 'resume', token: 'f'.repeat(32) });
    expect((await removed).message).toMatch(/no longer in the room/);

    await phone.join('Watcher', 'Observer');
    const observer = phone.next('refused');
    phone.send({ type: 'answer', activityId, answer: { kind: 'ranking', order: ['a', 'b', 'c'] } });
    expect((await observer).message).toMatch(/Observers/);
    const incomplete = phone.next('refused');
    phone.send({ type: 'answer', activityId: 'old-activity', answer: { kind: 'ranking', order: ['a', 'b', 'c'] } });
    expect((await incomplete).message).toMatch(/ended/);
    expect(room.status().activity?.answered).toBe(0);
    phone.close();
  });

  it('closes a socket that sends a frame above the size limit', async () => {
    const { joinUrl } = await openRoom();
    const phone = await PhoneClient.connect(joinUrl!);
    phone.send(JSON.stringify({ type: 'join', name: 'x', team: 'Sales', pad: 'y'.repeat(64 * 1024) }));
    expect((await phone.whenClosed()).code).toBe(1009);
    expect(room.status().participants).toEqual([]);
  });

  it('rate-limits a flood and then disconnects it, while others keep answering', async () => {
    const { joinUrl } = await openRoom();
    const flooder = await PhoneClient.connect(joinUrl!);
    const honest = await PhoneClient.connect(joinUrl!);
    await flooder.join('Flood', 'Sales');
    await honest.join('Honest', 'Marketing');
    room.start(ranking, ANONYMOUS);
    const activityId = room.status().activity!.id;
    // Bounded: 300 frames at once, far above 20 in a burst and 5 a second.
    for (let i = 0; i < 300 && flooder.socket.readyState === WebSocket.OPEN; i++) flooder.send({ type: 'answer', activityId, answer: { kind: 'ranking', order: ['a', 'b', 'c'] } });
    expect((await flooder.whenClosed()).code).toBe(1008);
    expect(flooder.received.some((m) => m.type === 'refused' && /Too many messages/.test(m.message))).toBe(true);
    const answered = honest.next('state');
    honest.send({ type: 'answer', activityId, answer: { kind: 'ranking', order: ['b', 'a', 'c'] } });
    await answered;
    // The flood's first answers counted once, as one person's; the honest phone's too.
    expect(room.status().activity?.answered).toBe(2);
    honest.close();
  });
});

describe('load: a room of sixty', () => {
  it('60 phones join and answer within 10 s; every answer counted once, none lost', async () => {
    const { joinUrl } = await openRoom();
    const started = Date.now();
    const phones = await Promise.all(Array.from({ length: 60 }, () => PhoneClient.connect(joinUrl!)));
    await Promise.all(phones.map((p, i) => p.join(`P${i}`, i % 2 ? 'Sales' : 'Marketing')));
    const states = phones.map((p) => p.next('state'));
    room.start({ kind: 'fist', step: 'goals', label: 'Goals?' }, ANONYMOUS);
    const activityId = (await states[0]).activity!.id;
    await Promise.all(states);
    const acks = phones.map((p) => p.next('state'));
    phones.forEach((p, i) => p.send({ type: 'answer', activityId, answer: { kind: 'fist', fist: i % 6 } }));
    await Promise.all(acks);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(room.status().activity).toMatchObject({ answered: 60, eligible: 60 });
    const revealed = room.reveal().activity!.tally!;
    if (revealed.kind !== 'fist') throw new Error('kind');
    const total = revealed.teams.Marketing.votes + revealed.teams.Sales.votes;
    expect(total).toBe(60);
    expect([...revealed.teams.Marketing.counts, ...revealed.teams.Sales.counts].reduce((a, b) => a + b, 0)).toBe(60);
    phones.forEach((p) => p.close());
  }, 20_000);
});

describe('the controller', () => {
  it('opens only on an offered address, wakes a watcher on change, and closing stops the server', async () => {
    room = createRoomController({ phoneFolder, addresses: () => [LOOPBACK], port: 0 });
    await expect(room.open('0.0.0.0')).rejects.toThrow(/network addresses/);
    expect(room.status().open).toBe(false);
    const { joinUrl, revision } = await room.open('127.0.0.1');
    const watching = room.watch(revision);
    const phone = await PhoneClient.connect(joinUrl!);
    await phone.join('Ada', 'RevOps');
    expect((await watching).participants.map((p) => p.name)).toEqual(['Ada']);
    await room.close();
    await phone.whenClosed();
    await expect(get(joinUrl!)).rejects.toThrow(/ECONNREFUSED/);
    expect(room.status()).toMatchObject({ open: false, participants: [], joinUrl: null });
  });

  it('says why the room could not open and keeps the laptop working', async () => {
    room = createRoomController({ phoneFolder: join(phoneFolder, 'missing'), addresses: () => [LOOPBACK], port: 0 });
    const status = await room.open('127.0.0.1');
    expect(status.open).toBe(false);
    expect(status.problem).toMatch(/could not open on 127.0.0.1/);
  });
});
