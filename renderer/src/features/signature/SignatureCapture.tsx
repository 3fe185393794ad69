import { useCallback, useMemo, useState } from 'react';
import { DrawPad, type DrawPadHandle } from './DrawPad';
import { drawingProblem } from './drawing-check';
import { typedSignaturePng } from './typed-signature';
import { Field } from '../../ui/Field';
import './signature.css';

export interface CapturedSignature {
  method: 'drawn' | 'typed';
  image: string;
}

/** The parent asks for the signature when "Sign" is pressed; a refusal is thrown as a readable Error. */
export interface CaptureHandle {
  capture: (() => Promise<CapturedSignature>) | null;
}

const sameName = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** Draw or type a signature. Mount it with a fresh key per signer so nothing carries over. */
export function SignatureCapture({ signerName, handle, onChange }: { signerName: string; handle: CaptureHandle; onChange?: () => void }) {
  const [method, setMethod] = useState<'drawn' | 'typed'>('drawn');
  const [typed, setTyped] = useState('');
  const [strokes, setStrokes] = useState(0);
  const pad = useMemo<DrawPadHandle>(() => ({ pad: null }), []);
  const onStroke = useCallback(() => {
    setStrokes(pad.pad?.toData().length ?? 0);
    onChange?.();
  }, [pad, onChange]);

  handle.capture = async () => {
    if (method === 'drawn') {
      const problem = drawingProblem(pad.pad?.toData() ?? []);
      if (problem) throw new Error(problem);
      return { method, image: pad.pad!.toDataURL('image/png') };
    }
    if (!typed.trim()) throw new Error('Type your name to sign.');
    if (!sameName(typed, signerName)) throw new Error(`Type your name as it appears in the agreement: ${signerName}.`);
    return { method, image: await typedSignaturePng(typed) };
  };

  return (
    <div className="signature-capture stack">
      <div className="segmented" role="radiogroup" aria-label="How to sign">
        {(['drawn', 'typed'] as const).map((m) => (
          <label key={m} className={method === m ? 'active' : ''}>
            <input type="radio" name="signature-method" value={m} checked={method === m} onChange={() => setMethod(m)} />
            {m === 'drawn' ? 'Draw' : 'Type'}
          </label>
        ))}
      </div>
      {method === 'drawn' ? (
        <div className="stack" style={{ gap: 'var(--space-2)' }}>
          <div className="paper">
            <DrawPad handle={pad} label={`Signature box for ${signerName}: draw with mouse, pen or finger`} onStroke={onStroke} />
            <span className="paper-line" aria-hidden="true" />
          </div>
          <div className="row">
            <span className="muted">{strokes === 0 ? 'Sign inside the box with mouse, pen or finger.' : `${strokes} stroke${strokes === 1 ? '' : 's'} drawn.`}</span>
            <button type="button" className="btn btn-small btn-ghost" onClick={() => (pad.pad?.clear(), onStroke())} disabled={strokes === 0}>
              Clear drawing
            </button>
          </div>
        </div>
      ) : (
        <div className="stack" style={{ gap: 'var(--space-2)' }}>
          <Field label="Type your full name" hint={`As it appears in the agreement: ${signerName}`}>
            {(p) => <input {...p} value={typed} onChange={(e) => (setTyped(e.target.value), onChange?.())} autoComplete="off" maxLength={120} />}
          </Field>
          <div className="paper typed-preview" aria-label="Preview of your typed signature">
            <span>{typed || '\u00a0'}</span>
            <span className="paper-line" aria-hidden="true" />
          </div>
        </div>
      )}
    </div>
  );
}
