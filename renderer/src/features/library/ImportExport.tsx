import { useRef, useState } from 'react';
import { bridge } from '../../bridge';
import { unwrap } from '../../bridge/unwrap';
import { blobToBase64 } from '../../db/base64';
import { notify } from '../../ui/toast';
import { useBusyAction } from '../../ui/useBusyAction';

/** The import code (and the zod schemas it checks files with) loads on first use, not at start-up. */
const importer = () => import('../../db/repositories/import');

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

async function importAgreementFile(file: File): Promise<string> {
  if (/\.pdf$/i.test(file.name) || file.type === 'application/pdf') {
    const extracted = unwrap(await bridge.extractAgreement({ base64: await blobToBase64(file) }));
    const version = await (await importer()).importAgreementFromPdfFile(extracted);
    return `Imported ${version.content.organisation} ${version.content.quarter} v${version.version} from the PDF.`;
  }
  const version = await (await importer()).importAgreementText(await file.text());
  return `Imported ${version.content.organisation} ${version.content.quarter} v${version.version}.`;
}

/**
 * Library-wide file actions. Every import is checked completely before anything is written.
 * On an empty library there is nothing to export, so that button says why it is off.
 */
export function ImportExport({ libraryEmpty = false }: { libraryEmpty?: boolean }) {
  const libraryInput = useRef<HTMLInputElement>(null);
  const agreementInput = useRef<HTMLInputElement>(null);
  const action = useBusyAction();
  const busy = action.label;
  const [error, setError] = useState<string | null>(null);

  const run = (label: string, failure: string, work: () => Promise<string | null>) => {
    setError(null);
    return action.run(
      async () => {
        const message = await work();
        if (message) notify.success(message);
      },
      { label, onError: (e) => setError(`${failure} ${(e as Error).message}`) },
    );
  };

  const onLibrary = async (file: File | undefined) =>
    file &&
    run('Importing the library…', 'Nothing was imported.', async () => {
      const summary = await (await importer()).importLibraryText(await file.text());
      return `Imported ${plural(summary.added, 'agreement version')}` + (summary.skipped ? ` (${plural(summary.skipped, 'version')} already in the library).` : '.');
    });
  const onAgreement = async (file: File | undefined) => file && run('Importing the agreement…', 'Nothing was imported.', () => importAgreementFile(file));
  const onExport = () =>
    run('Exporting…', 'The library was not exported.', async () => {
      const text = await (await importer()).exportLibraryText();
      const base64 = await blobToBase64(new Blob([text], { type: 'application/json' }));
      const saved = unwrap(await bridge.saveFile({ suggestedName: `common-ground-library-${new Date().toISOString().slice(0, 10)}.json`, base64, filters: [{ name: 'Common Ground library', extensions: ['json'] }] }));
      return saved ? `Library exported to ${saved.path}` : null;
    });

  return (
    <div className="stack">
      <div className="row">
        <button className="btn" disabled={busy !== null} onClick={() => libraryInput.current?.click()}>
          Import library…
        </button>
        <button className="btn" disabled={busy !== null} onClick={() => agreementInput.current?.click()}>
          Import agreement…
        </button>
        <button className="btn" disabled={busy !== null || libraryEmpty} onClick={onExport} aria-describedby={libraryEmpty ? 'export-empty-reason' : undefined}>
          Export library
        </button>
        {libraryEmpty && (
          <span id="export-empty-reason" className="muted">
            Nothing to export yet: the library is empty.
          </span>
        )}
        {busy && (
          <span className="muted" role="status">
            {busy}
          </span>
        )}
      </div>
      {/* The buttons above are what people use; these pickers stay out of the tab order and the accessibility tree. */}
      <input ref={libraryInput} className="visually-hidden-input" type="file" accept=".json,application/json" aria-label="Library file to import" aria-hidden="true" tabIndex={-1} onChange={(e) => void onLibrary(e.target.files?.[0]).then(() => (e.target.value = ''))} />
      <input ref={agreementInput} className="visually-hidden-input" type="file" accept=".json,.pdf,application/json,application/pdf" aria-label="Agreement file to import (JSON or sealed PDF)" aria-hidden="true" tabIndex={-1} onChange={(e) => void onAgreement(e.target.files?.[0]).then(() => (e.target.value = ''))} />
      {error && (
        <div className="alert alert-danger" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
