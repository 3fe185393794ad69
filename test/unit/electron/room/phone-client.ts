import WebSocket from 'ws';
import type { ServerMessage } from '../../../../shared/room/protocol';

/**
 * A phone as the tests drive it: a real WebSocket to the room on 127.0.0.1, every message it
 * receives kept in order, and a wait for the next one of a kind (bounded, never a fixed sleep).
 */
export class PhoneClient {
  readonly received: ServerMessage[] = [];
  private waiters: { match: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = [];
  closed: { code: number } | null = null;
  private closedWaiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      this.received.push(message);
      for (const waiter of [...this.waiters]) {
        if (waiter.match(message)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(message);
        }
      }
    });
    socket.on('close', (code) => {
      this.closed = { code };
      for (const wake of this.closedWaiters) wake();
    });
  }

  static async connect(joinUrl: string, origin = new URL(joinUrl).origin): Promise<PhoneClient> {
    const socket = new WebSocket(`${joinUrl.replace('http://', 'ws://')}ws`, { origin });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new PhoneClient(socket);
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next message of this type from now on (or one already received after `since`). */
  next<T extends ServerMessage['type']>(type: T, timeoutMs = 5_000): Promise<Extract<ServerMessage, { type: T }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no '${type}' message within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        match: (m) => m.type === type,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as Extract<ServerMessage, { type: T }>);
        },
      });
    });
  }

  async join(name: string, team: string): Promise<string> {
    const joined = this.next('joined');
    this.send({ type: 'join', name, team });
    return (await joined).token;
  }

  whenClosed(timeoutMs = 5_000): Promise<{ code: number }> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('socket stayed open')), timeoutMs);
      this.closedWaiters.push(() => {
        clearTimeout(timer);
        resolve(this.closed!);
      });
    });
  }

  close(): void {
    this.socket.close();
  }
}
