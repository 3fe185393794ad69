/**
 * The one Content-Security-Policy of the app: nothing may load from or talk to any remote origin.
 * Used by the Electron session, the web harness and the renderer's index.html meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The room's phone page: its own files only, and a WebSocket back to the one room address it was
 * served from (`host:port`); nothing else, not even the app's own origin.
 */
export function phonePagePolicy(roomHost: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "font-src 'self'",
    "img-src 'self' data:",
    `connect-src ws://${roomHost}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
