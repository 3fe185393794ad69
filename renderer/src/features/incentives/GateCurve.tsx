import { useEffect, useRef, useState } from 'react';
import { IncentivesSchema, type Incentives } from '../../../../shared/model/incentives';
import { validateGateCurve, type GatePoint } from '../../../../shared/rules/goals';
import { NumberField } from '../goals/fields/NumberField';
import { CurveChart } from './CurveChart';
import { editIncentives } from './edit-incentives';

type DraftPoint = { attainment: string; payout: string };

const toDraft = (points: GatePoint[]): DraftPoint[] => points.map((p) => ({ attainment: String(p.attainment), payout: String(p.payout) }));
const MAX_POINTS = 20;

/** Reads the draft; a blank or non-numeric cell is a problem for that point, not a crash. */
function readDraft(draft: DraftPoint[]): { points: GatePoint[]; problems: string[] } {
  const points = draft.map((d) => ({ attainment: d.attainment.trim() === '' ? NaN : Number(d.attainment), payout: d.payout.trim() === '' ? NaN : Number(d.payout) }));
  return { points, problems: validateGateCurve(points).map((p) => p.message) };
}

/** The gate on shared-goal attainment: points joined by straight lines, which must rise; the curve drawn to 150 %. */
export function GateCurve({ incentives }: { incentives: Incentives }) {
  const stored = incentives.gate.points;
  const storedKey = JSON.stringify(stored);
  const [draft, setDraft] = useState<DraftPoint[]>(() => toDraft(stored));
  const [problems, setProblems] = useState<string[]>([]);
  const ownWrite = useRef<string | null>(null);

  useEffect(() => {
    if (ownWrite.current === storedKey) return;
    setDraft(toDraft(JSON.parse(storedKey) as GatePoint[]));
    setProblems([]);
  }, [storedKey]);

  const update = (next: DraftPoint[]) => {
    setDraft(next);
    const { points, problems: found } = readDraft(next);
    if (found.length > 0) return setProblems(found);
    ownWrite.current = JSON.stringify(points);
    const refused = editIncentives((i) => ({ ...i, gate: { ...i.gate, points } }), 'incentives.gate.points');
    setProblems(refused ? [refused] : []);
  };
  const setCell = (index: number, key: keyof DraftPoint, value: string) => update(draft.map((d, i) => (i === index ? { ...d, [key]: value } : d)));
  const addPoint = () => {
    const last = readDraft(draft).points.at(-1);
    const next = last && Number.isFinite(last.attainment) ? { attainment: String(last.attainment + 5), payout: String(last.payout + 50) } : { attainment: '100', payout: '100' };
    update([...draft, next]);
  };

  return (
    <section className="card stack" aria-labelledby="gate-heading">
      <h2 id="gate-heading">Gate on the shared goal</h2>
      <label className="toggle">
        <input
          type="checkbox"
          checked={incentives.gate.enabled}
          onChange={(e) => editIncentives((i) => ({ ...i, gate: { ...i.gate, enabled: e.target.checked } }), 'incentives.gate.enabled')}
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
          onCommit={(v) => editIncentives((i) => ({ ...i, acceleratorAbove100: v ?? 1 }), 'incentives.accelerator')}
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
          onCommit={(v) => editIncentives((i) => ({ ...i, capPercent: v }), 'incentives.cap')}
          hint="Empty = no cap"
        />
      </div>
      <CurveChart incentives={incentives} />
    </section>
  );
}
