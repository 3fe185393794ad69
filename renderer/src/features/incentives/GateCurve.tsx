import { useEffect, useRef, useState } from 'react';
import { IncentivesSchema, type Incentives } from '../../../../shared/model/incentives';
import { CURVE_CHART_MAX_ATTAINMENT, payoutCurve, validateGateCurve, WORKED_ATTAINMENTS, type GatePoint } from '../../../../shared/rules/goals';
import { describePayoutAt } from '../../../../shared/present/incentives';
import { readPercent, writeDecimal } from '../../../../shared/rules/numbers';
import { useAgreementLocale } from '../../stores/agreement-locale';
import { coalesce, edit, refusalOf } from '../../stores/edit';
import { NumberField } from '../goals/fields/NumberField';
import { CurveChart } from './CurveChart';

type DraftPoint = { attainment: string; payout: string };

const toDraft = (points: GatePoint[], locale: string): DraftPoint[] => points.map((p) => ({ attainment: writeDecimal(p.attainment, locale), payout: writeDecimal(p.payout, locale) }));
const MAX_POINTS = 20;

/** Reads the draft ("120", "120 %", "12,5" in de-DE); a blank or non-numeric cell is a problem for that point, not a crash. */
function readDraft(draft: DraftPoint[], locale: string): { points: GatePoint[]; problems: string[] } {
  const read = (text: string) => readPercent(text, locale) ?? Number.NaN;
  const points = draft.map((d) => ({ attainment: read(d.attainment), payout: read(d.payout) }));
  return { points, problems: validateGateCurve(points).map((p) => p.message) };
}

/** The gate on shared-goal attainment: points joined by straight lines, which must rise; the curve drawn to 150 %. */
export function GateCurve({ incentives }: { incentives: Incentives }) {
  const stored = incentives.gate.points;
  const storedKey = JSON.stringify(stored);
  const locale = useAgreementLocale();
  const [draft, setDraft] = useState<DraftPoint[]>(() => toDraft(stored, locale));
  const [problems, setProblems] = useState<string[]>([]);
  const ownWrite = useRef<string | null>(null);

  useEffect(() => {
    if (ownWrite.current === storedKey) return;
    setDraft(toDraft(JSON.parse(storedKey) as GatePoint[], locale));
    setProblems([]);
  }, [storedKey, locale]);

  const update = (next: DraftPoint[]) => {
    setDraft(next);
    const { points, problems: found } = readDraft(next, locale);
    if (found.length > 0) return setProblems(found);
    ownWrite.current = JSON.stringify(points);
    const refused = refusalOf(edit('incentives', (i) => ({ ...i, gate: { ...i.gate, points } }), coalesce('incentives.gate.points')));
    setProblems(refused ? [refused] : []);
  };
  const setCell = (index: number, key: keyof DraftPoint, value: string) => update(draft.map((d, i) => (i === index ? { ...d, [key]: value } : d)));
  const addPoint = () => {
    const last = readDraft(draft, locale).points.at(-1);
    const next = last && Number.isFinite(last.attainment) ? { attainment: writeDecimal(last.attainment + 5, locale), payout: writeDecimal(last.payout + 50, locale) } : { attainment: '100', payout: '100' };
    update([...draft, next]);
  };

  return (
    <section className="card stack" aria-labelledby="gate-heading">
      <h2 id="gate-heading">Gate on the shared goal</h2>
      <label className="toggle">
        <input
          type="checkbox"
          checked={incentives.gate.enabled}
          onChange={(e) => edit('incentives', (i) => ({ ...i, gate: { ...i.gate, enabled: e.target.checked } }), coalesce('incentives.gate.enabled'))}
        />
        Pay the pool only as the shared revenue goal is reached
      </label>
      {incentives.gate.enabled && (
        <>
          <table className="data gate-table" aria-label="Gate curve points">
            <thead>
              <tr>
                <th scope="col">Attainment of the shared goal</th>
                <th scope="col">Pays out (of the on-target bonus)</th>
                <th scope="col"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {draft.map((d, index) => (
                <tr key={index}>
                  <td><input className="gate-input" aria-label={`Point ${index + 1} attainment (%)`} inputMode="decimal" value={d.attainment} onChange={(e) => setCell(index, 'attainment', e.target.value)} /> %</td>
                  <td><input className="gate-input" aria-label={`Point ${index + 1} pay-out (%)`} inputMode="decimal" value={d.payout} onChange={(e) => setCell(index, 'payout', e.target.value)} /> %</td>
                  <td>
                    <button className="btn btn-small btn-ghost" onClick={() => update(draft.filter((_, i) => i !== index))} aria-label={`Remove point ${index + 1}`}>Remove</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {problems.length > 0 && (
            <div className="alert alert-danger" role="alert">
              Not saved: {problems.join(' ')}
            </div>
          )}
          <div>
            <button className="btn btn-small" onClick={addPoint} disabled={draft.length >= MAX_POINTS}>Add a point</button>
          </div>
        </>
      )}
      <div className="row" style={{ alignItems: 'flex-start' }}>
        <NumberField
          label="Accelerator above 100 %"
          value={incentives.acceleratorAbove100}
          suffix="×"
          min={1}
          max={5}
          schema={IncentivesSchema.shape.acceleratorAbove100}
          onCommit={(v) => refusalOf(edit('incentives', (i) => ({ ...i, acceleratorAbove100: v ?? 1 }), coalesce('incentives.accelerator')))}
          hint="1 = no acceleration"
        />
        <NumberField
          label="Cap on the pay-out"
          value={incentives.capPercent}
          suffix="%"
          allowEmpty
          min={0}
          max={500}
          schema={IncentivesSchema.shape.capPercent}
          onCommit={(v) => refusalOf(edit('incentives', (i) => ({ ...i, capPercent: v }), coalesce('incentives.cap')))}
          hint="Empty = no cap"
        />
      </div>
      <CurveChart points={payoutCurve(incentives, CURVE_CHART_MAX_ATTAINMENT)} label={`Pay-out in % of the on-target bonus by attainment: ${describePayoutAt(incentives, WORKED_ATTAINMENTS)}`} />
    </section>
  );
}
