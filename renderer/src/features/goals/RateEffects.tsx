import type { Goals } from '../../../../shared/model/goals';
import { formatPercent, rateStepTable, type RateStep } from '../../../../shared/rules/goals';
import { coalesce, edit } from '../../stores/edit';

const STEP_POINTS = 5;

function describeDelta(step: RateStep): string {
  if (step.deltaMqls === null) return 'not possible';
  if (step.deltaMqls === 0) return 'no change';
  return `${Math.abs(step.deltaMqls)} ${step.deltaMqls < 0 ? 'fewer' : 'more'} MQLs`;
}

function StepButton({ step, direction }: { step: RateStep; direction: 'down' | 'up' }) {
  if (step.to === null) return <span className="muted">Not possible</span>;
  const to = step.to;
  const apply = () => edit('goals', (g) => ({ ...g, rates: { ...g.rates, [step.rateKey]: to } }), coalesce(`goals.step.${step.rateKey}`));
  const tone = step.deltaMqls !== null && step.deltaMqls < 0 ? 'effect-better' : step.deltaMqls ? 'effect-worse' : '';
  const visible = `${direction === 'down' ? '−' : '+'}${STEP_POINTS} pts → ${formatPercent(to)}`;
  // The name starts with what the button shows (WCAG 2.5.3, label in name), then says which rate it sets.
  return (
    <button className="btn btn-small rate-step" onClick={apply} aria-label={`${visible} ${describeDelta(step)} a quarter: set ${step.label} to ${formatPercent(to)}`}>
      <span>{visible}</span>
      <span className={`effect ${tone}`}>{describeDelta(step)}</span>
    </button>
  );
}

/** What moving each conversion rate by five points does to the MQLs marketing must deliver. */
export function RateEffects({ goals }: { goals: Goals }) {
  const rows = rateStepTable(goals, STEP_POINTS);
  const best = [...rows].sort((a, b) => (a.up.deltaMqls ?? 0) - (b.up.deltaMqls ?? 0))[0];
  return (
    <section className="card stack" aria-labelledby="rate-effects-heading">
      <h2 id="rate-effects-heading">What each rate change does</h2>
      <table className="data" aria-label="Effect of each rate change on MQLs per quarter">
        <thead>
          <tr>
            <th scope="col">Rate</th>
            <th scope="col">Now</th>
            <th scope="col">{STEP_POINTS} points lower</th>
            <th scope="col">{STEP_POINTS} points higher</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.rateKey}>
              <th scope="row">{row.label}</th>
              <td>{formatPercent(row.current)}</td>
              <td><StepButton step={row.down} direction="down" /></td>
              <td><StepButton step={row.up} direction="up" /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {best.up.sentence && <p className="muted">Biggest lever: {best.up.sentence} a quarter. Press a button to try it; Ctrl+Z takes it back.</p>}
    </section>
  );
}
