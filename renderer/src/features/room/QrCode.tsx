import { useMemo } from 'react';
import { encode } from 'uqr';

/** A QR code drawn as SVG in the page (no image request, no canvas), sized for the back of the room. */
export function QrCode({ text, size = 260, label }: { text: string; size?: number; label: string }) {
  const { path, modules } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 2 });
    let d = '';
    qr.data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
    return { path: d, modules: qr.size };
  }, [text]);
  return (
    <svg className="room-qr" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${modules} ${modules}`} shapeRendering="crispEdges">
      <rect width={modules} height={modules} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
