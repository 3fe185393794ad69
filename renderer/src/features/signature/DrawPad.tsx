import { useEffect, useRef } from 'react';
import SignaturePad from 'signature_pad';
import { INK } from './typed-signature';

export interface DrawPadHandle {
  pad: SignaturePad | null;
}

/**
 * A signing box for mouse, pen and touch (signature_pad). The canvas is sized for the screen's
 * pixel ratio so strokes stay sharp; resizing clears it rather than stretching a half signature.
 */
export function DrawPad({ handle, label, onStroke }: { handle: DrawPadHandle; label: string; onStroke: () => void }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const pad = new SignaturePad(canvas, { penColor: INK, minWidth: 1, maxWidth: 3, backgroundColor: 'rgba(0,0,0,0)' });
    const fit = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      canvas.width = canvas.offsetWidth * ratio;
      canvas.height = canvas.offsetHeight * ratio;
      canvas.getContext('2d')?.scale(ratio, ratio);
      pad.clear();
      onStroke();
    };
    fit();
    pad.addEventListener('endStroke', onStroke);
    handle.pad = pad;
    const observer = new ResizeObserver(() => {
      if (canvas.width !== canvas.offsetWidth * Math.max(window.devicePixelRatio || 1, 1)) fit();
    });
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      pad.removeEventListener('endStroke', onStroke);
      pad.off();
      handle.pad = null;
    };
  }, [handle, onStroke]);

  return <canvas ref={canvasRef} className="draw-pad" role="img" aria-label={label} data-testid="signature-canvas" />;
}
