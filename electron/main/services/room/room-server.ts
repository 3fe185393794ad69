import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, randomInt } from 'node:crypto';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_MESSAGE_BYTES, MAX_PARTICIPANTS, readPhoneMessage, type ServerMessage } from '../../../../shared/room/protocol';
import type { PhoneAsset } from './phone-assets';
import { RateLimit } from './rate-limit';
import { RoomSession, type Participant } from './room-session';
import { codeFormPage } from './code-form';
import { phonePagePolicy } from '../../../../shared/security/csp';

/**
 * The room's own small server: the phone page, a join-code form and one WebSocket per phone,
 * on the one address the facilitator picked. It checks Host and Origin on every request, reads
 * every frame through the shared schemas, bounds sizes and rates, and serves nothing but the
 * phone page's files. Only the facilitator's commands (through the session) change what runs.
 */

const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** After this many wrong join codes the short code stops working; the QR code's URL still does. */
export const MAX_WRONG_CODES = 20;
/** Messages a phone may send in a burst, and then per second. */
const BURST = 20;
const PER_SECOND = 5;
/** A phone that keeps flooding after being told is disconnected. */
const REFUSALS_BEFORE_CLOSE = 20;
const MAX_SOCKETS = MAX_PARTICIPANTS * 2;

export interface RoomServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  assets: Map<string, PhoneAsset>;
  onChange: () => void;
  /** The server failed after it opened (the interface went away, say): the laptop carries on without it. */
  onFailure: (error: Error) => void;
}

export interface RoomServer {
  session: RoomSession;
  secret: string;
  joinCode: string;
  joinUrl: string;
  typeUrl: string;
  close(): Promise<void>;
}

const urlHost = (host: string) => (host.includes(':') ? `[${host}]` : host);

function makeCode(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export async function openRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const secret = randomBytes(16).toString('base64url');
  const joinCode = makeCode();
  const sockets = new Map<WebSocket, { participant: Participant | null; limit: RateLimit; refusals: number }>();
  let wrongCodes = 0;
  let origin = '';
  let hostHeader = '';

  const send = (socket: WebSocket, message: ServerMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  const session = new RoomSession({
    changed(scope) {
      if (scope === 'everyone') for (const [socket, state] of sockets) if (state.participant) send(socket, session.phoneState(state.participant));
      options.onChange();
    },
    // A removed person's phones are told why and disconnected at once.
    removed(participant) {
      for (const [socket, state] of sockets) {
        if (state.participant !== participant) continue;
        send(socket, { type: 'removed', message: 'The facilitator took you out of the room.' });
        state.participant = null;
        socket.close(1000);
      }
    },
  });

  const headers = (type: string) => ({
    'Content-Type': type,
    'Content-Security-Policy': phonePagePolicy(hostHeader),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });

  const answer = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, headers(type));
    res.end(body);
  };

  function serve(req: IncomingMessage, res: ServerResponse): void {
    if (req.headers.host !== hostHeader) return answer(res, 421, 'text/plain; charset=utf-8', 'Wrong address for this room.');
    if (req.method !== 'GET') return answer(res, 405, 'text/plain; charset=utf-8', 'Only GET.');
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/') return answer(res, 200, 'text/html; charset=utf-8', codeFormPage(null, wrongCodes >= MAX_WRONG_CODES));
    if (url.pathname === '/code') {
      const typed = (url.searchParams.get('code') ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
      if (wrongCodes < MAX_WRONG_CODES && typed === joinCode) {
        res.writeHead(303, { ...headers('text/plain; charset=utf-8'), Location: `/j/${secret}/` });
        return void res.end();
      }
      wrongCodes += 1;
      return answer(res, 404, 'text/html; charset=utf-8', codeFormPage('That is not this room’s code. Check the projector.', wrongCodes >= MAX_WRONG_CODES));
    }
    const prefix = `/j/${secret}/`;
    if (!url.pathname.startsWith(prefix)) return answer(res, 404, 'text/plain; charset=utf-8', 'Not found.');
    const asset = options.assets.get(url.pathname.slice(prefix.length) || 'index.html');
    if (!asset) return answer(res, 404, 'text/plain; charset=utf-8', 'Not found.');
    answer(res, 200, asset.type, asset.body);
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const server = createServer(serve);
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const ok = req.headers.host === hostHeader && req.headers.origin === origin && req.url === `/j/${secret}/ws` && sockets.size < MAX_SOCKETS;
    if (!ok) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws));
  });

  function accept(ws: WebSocket): void {
    const state = { participant: null as Participant | null, limit: new RateLimit(BURST, PER_SECOND), refusals: 0 };
    sockets.set(ws, state);
    const refuse = (message: string) => {
      send(ws, { type: 'refused', message });
      state.refusals += 1;
      if (state.refusals >= REFUSALS_BEFORE_CLOSE) ws.close(1008, 'Too many refused messages');
    };
    ws.on('message', (data, isBinary) => {
      if (isBinary) return refuse('Not a message this room understands');
      if (!state.limit.take()) return refuse('Too many messages; wait a moment');
      const read = readPhoneMessage(data.toString());
      if (!read.ok) return refuse(read.message);
      const message = read.message;
      if (message.type === 'join' || message.type === 'resume') {
        if (state.participant) return refuse('Already in the room');
        let participant: Participant;
        if (message.type === 'resume') {
          // A token is only ever valid in the room that gave it: one from another room finds nobody.
          const found = session.byTokenOf(message.token);
          if (!found) return send(ws, { type: 'removed', message: 'This phone is no longer in the room. Join again.' });
          participant = found;
        } else {
          const joined = session.join(message.name, message.team);
          if (!joined.ok) return refuse(joined.message);
          participant = joined.value;
        }
        state.participant = participant;
        session.setConnected(participant, true);
        send(ws, { type: 'joined', token: participant.token, name: participant.name, team: participant.team });
        return send(ws, session.phoneState(participant));
      }
      if (!state.participant || !session.byTokenOf(state.participant.token)) return refuse('Join the room first');
      const result = session.answer(state.participant, message.activityId, message.answer);
      if (!result.ok) return refuse(result.message);
      send(ws, session.phoneState(state.participant));
    });
    ws.on('close', () => {
      sockets.delete(ws);
      const participant = state.participant;
      // Another tab of the same phone may still be connected.
      if (participant && ![...sockets.values()].some((s) => s.participant === participant)) session.setConnected(participant, false);
    });
    ws.on('error', () => ws.terminate());
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  server.on('error', (error) => options.onFailure(error));
  wss.on('error', (error) => options.onFailure(error));
  const { port } = server.address() as AddressInfo;
  hostHeader = `${urlHost(options.host)}:${port}`;
  origin = `http://${hostHeader}`;

  return {
    session,
    secret,
    joinCode,
    joinUrl: `${origin}/j/${secret}/`,
    typeUrl: origin,
    close: async () => {
      for (const ws of sockets.keys()) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
