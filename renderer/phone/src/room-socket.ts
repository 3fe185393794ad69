import type { PhoneMessage, ServerMessage } from '../../../shared/room/protocol';

/**
 * The phone's one connection to the room. It reconnects by itself (after the phone slept, the
 * Wi-Fi dropped or the laptop's server restarted a socket) and resumes with the token it was
 * given, so the person lands where they were with their answer still there. Plain `ws://` to a
 * private address is not a secure context: nothing here needs crypto.subtle or randomUUID.
 */

const RETRY_MS = [500, 1_000, 2_000, 4_000, 8_000];

export type Connection = 'connecting' | 'open' | 'closed';

export interface RoomSocketEvents {
  message(message: ServerMessage): void;
  connection(state: Connection): void;
}

const tokenKey = () => `cg-room-token:${location.pathname}`;

export function storedToken(): string | null {
  try {
    return localStorage.getItem(tokenKey());
  } catch {
    return null;
  }
}

export function storeToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(tokenKey(), token);
    else localStorage.removeItem(tokenKey());
  } catch {
    // Private browsing without storage: the person joins again after a reload.
  }
}

export class RoomSocket {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(private readonly events: RoomSocketEvents) {
    document.addEventListener('visibilitychange', () => {
      // A phone that wakes up reconnects at once instead of waiting out the backoff.
      if (document.visibilityState === 'visible' && !this.isOpen()) this.connectNow();
    });
    window.addEventListener('online', () => this.connectNow());
  }

  private isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  connectNow(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.socket && this.socket.readyState <= WebSocket.OPEN) return;
    this.events.connection('connecting');
    const url = `ws://${location.host}${location.pathname.replace(/\/?$/, '/')}ws`;
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      this.events.connection('open');
      const token = storedToken();
      if (token) this.send({ type: 'resume', token });
    };
    socket.onmessage = (event) => {
      try {
        this.events.message(JSON.parse(String(event.data)) as ServerMessage);
      } catch {
        // The room only sends JSON; anything else is ignored.
      }
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.events.connection('closed');
      this.retryLater();
    };
  }

  private retryLater(): void {
    if (this.stopped || this.timer) return;
    const delay = RETRY_MS[Math.min(this.attempt, RETRY_MS.length - 1)];
    this.attempt += 1;
    this.timer = setTimeout(() => this.connectNow(), delay);
  }

  send(message: PhoneMessage): boolean {
    if (!this.isOpen()) return false;
    this.socket!.send(JSON.stringify(message));
    return true;
  }

  stop(): void {
    this.stopped = true;
    this.socket?.close();
  }
}
