import { useMemo, useState } from 'react';
import { BacktestMappingSchema, criteriaInputs, detectColumnType, previewMatchCounts, type BacktestMapping, type ColumnMapping } from '../../../../shared/rules/backtest';
import type { Criterion } from '../../../../shared/model/scoring';
import { Field } from '../../ui/Field';
import { CriterionMatches } from './CriterionMatches';
import { roleOptions, roleToValue, valueToRole, type CsvPreview } from './mapping-options';

interface MappingStepProps {
  fileName: string;
  preview: CsvPreview;
  criteria: readonly Criterion[];
  /** The agreement's locale, for reading numbers in the match counts. */
  locale?: string;
  /** The CRM export the headers were recognised as (e.g. "HubSpot contacts export"), when a preset mapped them. */
  detected?: string | null;
  initial: BacktestMapping;
  onBack(): void;
  onImport(mapping: BacktestMapping): void;
}

/** Rows shown in the preview table (more are read, for the types and the match counts). */
const SHOWN_ROWS = 8;

const wonValuesOf = (text: string) => text.split(',').map((v) => v.trim()).filter(Boolean);

/** Step 2 of the import: what each CSV column means, with detected types, what each criterion matches, and the first rows. */
export function MappingStep({ fileName, preview, criteria, locale, detected = null, initial, onBack, onImport }: MappingStepProps) {
  const [columns, setColumns] = useState<ColumnMapping[]>(initial.columns.filter((c) => preview.headers.includes(c.column)));
  const [wonText, setWonText] = useState(initial.wonValues.join(', '));
  const [wonWhenFilled, setWonWhenFilled] = useState(initial.wonWhen === 'filled');
  const [error, setError] = useState<string | null>(null);
  const { fields, events } = useMemo(() => criteriaInputs(criteria), [criteria]);
  const types = useMemo(() => preview.headers.map((_, i) => detectColumnType(preview.rows.map((r) => r[i] ?? ''))), [preview]);
  const matches = useMemo(() => {
    const wonValues = wonValuesOf(wonText);
    return previewMatchCounts(preview.headers, preview.rows, { columns, wonValues: wonValues.length > 0 ? wonValues : initial.wonValues }, criteria, locale);
  }, [preview, columns, wonText, initial.wonValues, criteria, locale]);
  const filledOutcome = wonWhenFilled ? ({ wonWhen: 'filled' } as const) : {};

  const setRole = (column: string, value: string) => {
    const role = valueToRole(value);
    setColumns((cs) => {
      const rest = cs.filter((c) => c.column !== column);
      return role ? [...rest, { column, use: role }] : rest;
    });
    setError(null);
  };

  const submit = () => {
    const listed = wonValuesOf(wonText);
    // Won values are not read when a filled cell means won, so none need be listed then.
    const wonValues = wonWhenFilled && listed.length === 0 ? initial.wonValues : listed;
    const ordered = preview.headers.flatMap((h) => columns.filter((c) => c.column === h));
    const parsed = BacktestMappingSchema.safeParse({ columns: ordered, wonValues, ...filledOutcome });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'This mapping is not complete');
    onImport(parsed.data);
  };

  return (
    <div className="stack bt-mapping">
      {detected && (
        <p className="alert alert-info bt-detected" role="status">
          Detected: {detected} — columns mapped automatically; check and change below.
        </p>
      )}
      <p className="muted">
        <strong>{fileName}</strong>: tell us what each column means. Unmapped columns are ignored; the data stays on this machine.
      </p>
      <div className="bt-scroll">
        <table className="data bt-map-table">
          <thead>
            <tr>
              <th scope="col">CSV column</th>
              <th scope="col">Detected</th>
              <th scope="col">Use as</th>
              <th scope="col">First values</th>
            </tr>
          </thead>
          <tbody>
            {preview.headers.map((header, i) => (
              <tr key={header}>
                <th scope="row">{header}</th>
                <td>
                  <span className="badge">{types[i]}</span>
                </td>
                <td>
                  <select aria-label={`Use of column ${header}`} value={roleToValue(columns.find((c) => c.column === header)?.use ?? null)} onChange={(e) => setRole(header, e.target.value)}>
                    {roleOptions(header, fields, events).map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="bt-sample">{preview.rows.slice(0, 3).map((r) => r[i] ?? '').join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CriterionMatches rows={matches.rows} counts={matches.counts} />
      <Field label="Outcome values that mean won" hint="Comma-separated, case ignored. Any other outcome counts as lost." error={null}>
        {(props) => <input {...props} value={wonText} disabled={wonWhenFilled} onChange={(e) => setWonText(e.target.value)} />}
      </Field>
      <label className="row bt-filled">
        <input type="checkbox" checked={wonWhenFilled} onChange={(e) => setWonWhenFilled(e.target.checked)} />
        Won when the outcome cell is filled in (a date such as “Became a Customer Date”); blank means lost
      </label>
      <details>
        <summary>Preview of the first rows</summary>
        <div className="bt-scroll">
          <table className="data" aria-label="First rows of the file">
            <thead>
              <tr>
                {preview.headers.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.slice(0, SHOWN_ROWS).map((row, r) => (
                <tr key={r}>
                  {preview.headers.map((h, c) => (
                    <td key={h}>{row[c] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {error && (
        <p className="alert alert-danger" role="alert">
          {error}
        </p>
      )}
      <div className="row bt-actions">
        <button type="button" className="btn" onClick={onBack}>
          ← Choose another file
        </button>
        <button type="button" className="btn btn-primary" onClick={submit}>
          Import leads
        </button>
      </div>
    </div>
  );
}
