/** A content hash shown short (first 12 and last 4 characters), the whole hash on hover and for screen readers. */
export function HashText({ hash }: { hash: string }) {
  if (!hash) return <span className="muted">not computed yet</span>;
  return (
    <code className="hash" title={hash} aria-label={`SHA-256 ${hash}`} data-testid="content-hash">
      {hash.slice(0, 12)}…{hash.slice(-4)}
    </code>
  );
}
