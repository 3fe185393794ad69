import { useCallback, useEffect, useRef, useState } from 'react';
import type { PdfVerifyReport } from '../../../../shared/ipc/channels/pdf';
import { importAdvice, trustVerdict, type TrustVerdict } from '../../../../shared/rules/pdf-trust';
import { bridge } from '../../bridge';
import { importAgreementFile } from '../../db/repositories/signing';
import { navigate } from '../../router';
import { notify } from '../../ui/toast';
import { useBusyAction } from '../../ui/useBusyAction';
import { fileToBase64, looksLikePdf } from './read-file';
import { takeDroppedPdf, useDroppedPdf } from './pdf-drop';
import { VerifyReport } from './VerifyReport';
import './verify.css';

type State = { kind: 'idle' } | { kind: 'checking'; name: string } | { kind: 'done'; name: string; report: PdfVerifyReport } | { kind: 'failed'; name: string; message: string };

/** Open any exported PDF: is the seal intact, does it cover the whole file, who signed, and import it. */
export function VerifyScreen() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const pdfInput = useRef<HTMLInputElement>(null);
  const dropped = useDroppedPdf();

  const check = useCallback(async (file: File) => {
    if (!looksLikePdf(file)) return setState({ kind: 'failed', name: file.name, message: 'This is not a PDF file. Choose a PDF exported by Common Ground.' });
    setState({ kind: 'checking', name: file.name });
    try {
      const result = await bridge.verifyPdf({ base64: await fileToBase64(file) });
      if (!result.ok) return setState({ kind: 'failed', name: file.name, message: result.error.message });
      setState({ kind: 'done', name: file.name, report: result.data });
    } catch (error) {
      setState({ kind: 'failed', name: file.name, message: (error as Error).message });
    }
  }, []);

  // A PDF dropped on any screen lands here.
  useEffect(() => {
    const file = takeDroppedPdf();
    if (file) void check(file);
  }, [dropped, check]);

  return (
    <div className="page stack verify-screen">
      <h1>Verify a PDF</h1>
      <p className="muted">Check an exported agreement: whether its seal is intact, whether anything was added after sealing, and who signed it when. The file never leaves this device.</p>
      <div className="drop-zone card">
        <p>Drop a PDF anywhere on this window, or</p>
        <button className="btn btn-primary" onClick={() => pdfInput.current?.click()}>
          Choose a PDF…
        </button>
        {/* The button carries the name; the picker itself stays out of the tab order and the accessibility tree. */}
        <input
          ref={pdfInput}
          className="sr-only"
          type="file"
          accept="application/pdf,.pdf"
          aria-label="Choose a PDF to verify"
          aria-hidden="true"
          tabIndex={-1}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void check(file);
          }}
        />
      </div>
      {state.kind === 'checking' && (
        <p role="status" className="muted">
          <span className="spinner" aria-hidden="true" /> Checking {state.name}…
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="alert alert-danger" role="alert">
          {state.name}: {state.message}
        </p>
      )}
      {state.kind === 'done' && (
        <>
          <VerifyReport report={state.report} fileName={state.name} />
          {state.report.agreement && <ImportButton file={state.report.agreement} verdict={trustVerdict(state.report)} />}
        </>
      )}
    </div>
  );
}

function ImportButton({ file, verdict }: { file: NonNullable<PdfVerifyReport['agreement']>; verdict: TrustVerdict }) {
  const { busy, run } = useBusyAction();
  const importIt = () =>
    run(
      async () => {
        const { workshop, version } = await importAgreementFile(file);
        notify.success(`${version.content.organisation} ${version.content.quarter} version ${version.version} is now in your library.`);
        navigate({ name: 'workshop', workshopId: workshop.id, step: 'review' });
      },
      { onError: (error) => notify.error((error as Error).message) },
    );
  return (
    <div className="card row import-row">
      <span>{importAdvice(verdict)}</span>
      <button className="btn" onClick={importIt} disabled={busy}>
        {busy ? 'Importing…' : 'Import into library'}
      </button>
    </div>
  );
}
