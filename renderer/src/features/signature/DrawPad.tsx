import { useEffect, useRef } from 'react';
import SignaturePad from 'signature_pad';
import { INK } from './typed-signature';

export interface DrawPadHandle {
  pad: SignaturePad | null;
}

/**
 * A signing box for mouse, pen and touch (signature_pad). The canvas is sized for the screen's
 * pixel ratio so strokes stay sharp, and redrawn from its strokes when the box changes size.
 */
export function DrawPad({ handle, label, onStroke }: { handle: DrawPadHandle; label: string; onStroke: () => void }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // The latest callback, read through a ref so a parent re-render never rebuilds (and wipes) the pad.
  const strokeRef = useRef(onStroke);
  useEffect(() => {
    strokeRef.current = onStroke;
  }, [onStroke]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const notify = () => strokeRef.current();
    const pad = new SignaturePad(canvas, { penColor: INK, minWidth: 1, maxWidth: 3, backgroundColor: 'rgba(0,0,0,0)' });
    const fit = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      canvas.width = canvas.offsetWidth * ratio;
      canvas.height = canvas.offsetHeight * ratio;
      canvas.getContext('2d')?.scale(ratio, ratio);
      pad.clear();
      notify();
    };
    fit();
    pad.addEventListener('endStroke', notify);
    handle.pad = pad;
    const observer = new ResizeObserver(() => {
      if (canvas.width === canvas.offsetWidth * Math.max(window.devicePixelRatio || 1, 1)) return;
      // Keep what was drawn: strokes are stored in CSS pixels, so they redraw at the new size.
      const strokes = pad.toData();
      fit();
      if (strokes.length) pad.fromData(strokes);
      notify();
    });
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      pad.removeEventListener('endStroke', notify);
      pad.off();
      handle.pad = null;
    };
  }, [handle]);

  return <canvas ref={canvasRef} className="draw-pad" role="img" aria-label={label} data-testid="signature-canvas" />;
}
