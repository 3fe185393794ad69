import { useEffect, useState } from 'react';
import type { Criterion } from '../../../../shared/model/scoring';
import { detectPreset, suggestMapping, type BacktestMapping } from '../../../../shared/rules/backtest';
import { getBacktestMapping, saveBacktestMapping } from '../../db/repositories/backtest';
import { Dialog } from '../../ui/Dialog';
import { MappingStep } from './MappingStep';
import { ParseProgress } from './ParseProgress';
import { readPreview, type CsvPreview } from './mapping-options';
import type { ImportPhase } from './use-backtest';

interface ImportWizardProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  workshopId: string;
  criteria: readonly Criterion[];
  /** The agreement's locale: how the preview's match counts read numbers. */
  locale?: string;
  importPhase: ImportPhase;
  onStart(file: File, headers: string[], mapping: BacktestMapping): void;
  onCancel(): void;
}

type Step = { step: 'choose'; error?: string } | { step: 'mapping'; file: File; preview: CsvPreview; initial: BacktestMapping; detected: string | null } | { step: 'parsing'; file: File; headers: string[]; mapping: BacktestMapping };

const sameHeaders = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => h === b[i]);

/** Choose a CSV → map its columns (saved per workshop) → parse in the worker with progress and Cancel. */
export function ImportWizard({ open, onOpenChange, workshopId, criteria, locale, importPhase, onStart, onCancel }: ImportWizardProps) {
  const [step, setStep] = useState<Step>({ step: 'choose' });

  useEffect(() => {
    if (!open) setStep({ step: 'choose' });
  }, [open]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const outcome = await readPreview(file);
    if (!outcome.ok) return setStep({ step: 'choose', error: outcome.message });
    const { preview } = outcome;
    if (preview.headers.length < 2) return setStep({ step: 'choose', error: `${file.name} does not look like a CSV file with a header row.` });
    const saved = await getBacktestMapping(workshopId);
    // The mapping saved for this workshop is reused when the export has the same columns; else a
    // HubSpot or Salesforce export is mapped by its preset, and any other file by the generic guess.
    if (saved && sameHeaders(saved.headers, preview.headers)) return setStep({ step: 'mapping', file, preview, initial: saved.mapping, detected: null });
    const preset = detectPreset(preview.headers, criteria, preview.rows);
    setStep({ step: 'mapping', file, preview, initial: preset?.mapping ?? suggestMapping(preview.headers, criteria, preview.rows), detected: preset?.label ?? null });
  };

  const start = async (file: File, headers: string[], mapping: BacktestMapping) => {
    await saveBacktestMapping({ workshopId, fileName: file.name, headers, mapping });
    setStep({ step: 'parsing', file, headers, mapping });
    onStart(file, headers, mapping);
  };

  const busy = importPhase.phase === 'parsing' || importPhase.phase === 'cancelling';
  return (
    <Dialog open={open} onOpenChange={(next) => (busy ? undefined : onOpenChange(next))} title="Import last year’s leads" description="A CSV export from your CRM: one row per lead, with an outcome column.">
      {step.step === 'choose' && (
        <div className="stack">
          <label className="btn btn-primary bt-file">
            Choose a CSV file…
            <input type="file" accept=".csv,text/csv" aria-label="CSV file of past leads" onChange={(e) => void choose(e.target.files?.[0])} />
          </label>
          {step.error && (
            <p className="alert alert-danger" role="alert">
              {step.error}
            </p>
          )}
        </div>
      )}
      {step.step === 'mapping' && (
        <MappingStep fileName={step.file.name} preview={step.preview} criteria={criteria} locale={locale} detected={step.detected} initial={step.initial} onBack={() => setStep({ step: 'choose' })} onImport={(mapping) => void start(step.file, step.preview.headers, mapping)} />
      )}
      {step.step === 'parsing' && (
        <ParseProgress
          fileName={step.file.name}
          phase={importPhase}
          onCancel={onCancel}
          onRetry={() => start(step.file, step.headers, step.mapping)}
          onClose={() => onOpenChange(false)}
        />
      )}
    </Dialog>
  );
}
