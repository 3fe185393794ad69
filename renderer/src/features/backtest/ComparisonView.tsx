import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { describeTodayCut, type TodayComparison } from '../../../../shared/rules/backtest';
import { axisTick, CHART_FONT_SIZE, gridStroke } from '../../ui/charts/chart-style';
import '../../ui/charts/charts.css';

const nf = new Intl.NumberFormat('en-US');
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);
const times = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}×`);
const signed = (v: number, magnitude: string) => (v > 0 ? `+${magnitude}` : v < 0 ? `−${magnitude}` : magnitude);
const pointsDiff = (a: number | null, b: number | null) => (a === null || b === null ? '—' : signed(a - b, `${(Math.abs(a - b) * 100).toFixed(1)} pts`));
const liftDiff = (a: number | null, b: number | null) => (a === null || b === null ? '—' : signed(a - b, `${Math.abs(a - b).toFixed(2)}×`));
const countDiff = (a: number, b: number) => signed(a - b, nf.format(Math.abs(a - b)));

const WORKSHOP_COLOUR = 'var(--accent)';
const TODAY_COLOUR = 'var(--text-muted)';

/** Precision and recall of both, side by side; the table beside it carries the same numbers for screen readers. */
function ComparisonChart({ comparison }: { comparison: TodayComparison }) {
  const data = [
    { measure: 'Precision', workshop: (comparison.workshop.precision ?? 0) * 100, today: (comparison.today.precision ?? 0) * 100 },
    { measure: 'Recall', workshop: (comparison.workshop.recall ?? 0) * 100, today: (comparison.today.recall ?? 0) * 100 },
  ];
  const label = (v: unknown) => `${Math.round(Number(v))} %`;
  return (
    <figure className="chart bt-compare-chart" aria-hidden="true" data-testid="bt-compare-chart">
      <ResponsiveContainer width="100%" height={220}>
        {/* Hidden from assistive technology (the table carries the numbers), so nothing in it may take focus. */}
        <BarChart data={data} margin={{ top: 24, right: 8, bottom: 4, left: 0 }} barCategoryGap="25%" accessibilityLayer={false}>
          <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="measure" tick={axisTick} tickLine={false} />
          <YAxis tick={axisTick} width={56} domain={[0, 100]} tickFormatter={(v: number) => `${v} %`} />
          <Legend wrapperStyle={{ color: 'var(--text)', fontSize: CHART_FONT_SIZE }} />
          <Bar dataKey="workshop" name="Workshop model" fill={WORKSHOP_COLOUR} isAnimationActive={false} radius={[4, 4, 0, 0]}>
            <LabelList dataKey="workshop" position="top" formatter={label} fill="var(--text)" fontSize={CHART_FONT_SIZE} />
          </Bar>
          <Bar dataKey="today" name="Today’s score" fill={TODAY_COLOUR} isAnimationActive={false} radius={[4, 4, 0, 0]}>
            <LabelList dataKey="today" position="top" formatter={label} fill="var(--text)" fontSize={CHART_FONT_SIZE} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/**
 * The workshop model beside the score the CRM gives leads today, at the same MQL volume: a table
 * (the numbers), a small chart of precision and recall, and the won leads only one of them catches.
 */
export function ComparisonView({ comparison, problem }: { comparison: TodayComparison | null; problem: string | null }) {
  const headingId = useId();
  if (!comparison) {
    return (
      <section className="stack bt-compare" aria-labelledby={headingId} data-testid="bt-compare">
        <h3 id={headingId}>Workshop model vs. today’s score</h3>
        {problem ? (
          <p className="alert alert-warning">{problem} Choose another column in the import, or leave it unmapped.</p>
        ) : (
          <p className="muted">
            To compare with the score your CRM gives leads today, import a file with it (HubSpot Score, Account Engagement’s pi__score__c or pi__grade__c, or Rating) and map that column as “Today’s CRM score or grade”. HubSpot and Salesforce exports are mapped automatically.
          </p>
        )}
      </section>
    );
  }
  const { workshop: w, today: t } = comparison;
  return (
    <section className="stack bt-compare" aria-labelledby={headingId} data-testid="bt-compare">
      <h3 id={headingId}>Workshop model vs. today’s score</h3>
      <p className="bt-note">
        At the same MQL volume: the {nf.format(comparison.volume)} leads the workshop model makes MQL at threshold {w.threshold}, against the {nf.format(comparison.volume)} leads today’s score ranks highest — <span data-testid="bt-today-cut">{describeTodayCut(comparison)}</span>.
      </p>
      <div className="bt-compare-body">
        <div className="bt-scroll">
          <table className="data bt-compare-table" data-testid="bt-compare-table">
            <caption>
              Workshop model vs. today’s score ({comparison.column}), {nf.format(comparison.volume)} MQLs each
            </caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">Workshop model</th>
                <th scope="col">Today’s score</th>
                <th scope="col">Difference</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Won leads captured</th>
                <td>{nf.format(w.wonCaptured)}</td>
                <td>{nf.format(t.wonCaptured)}</td>
                <td>{countDiff(w.wonCaptured, t.wonCaptured)}</td>
              </tr>
              <tr>
                <th scope="row">Precision (won among MQLs)</th>
                <td>{pct(w.precision)}</td>
                <td>{pct(t.precision)}</td>
                <td>{pointsDiff(w.precision, t.precision)}</td>
              </tr>
              <tr>
                <th scope="row">Recall (of {nf.format(comparison.wonTotal)} won leads)</th>
                <td>{pct(w.recall)}</td>
                <td>{pct(t.recall)}</td>
                <td>{pointsDiff(w.recall, t.recall)}</td>
              </tr>
              <tr>
                <th scope="row">Lift (over the base rate of {pct(comparison.baseRate)})</th>
                <td>{times(w.lift)}</td>
                <td>{times(t.lift)}</td>
                <td>{liftDiff(w.lift, t.lift)}</td>
              </tr>
            </tbody>
          </table>
        </div>
        <ComparisonChart comparison={comparison} />
      </div>
      <p className="bt-hidden-wins" data-testid="bt-hidden-wins">
        <strong>
          {nf.format(comparison.hiddenWins)} hidden {comparison.hiddenWins === 1 ? 'win' : 'wins'}
        </strong>
        : won leads the workshop model makes MQL and today’s score missed. {nf.format(comparison.todayOnlyWins)} won {comparison.todayOnlyWins === 1 ? 'lead' : 'leads'} only today’s score caught; {nf.format(comparison.bothWins)} both caught.
      </p>
      {comparison.unscored > 0 && (
        <p className="muted bt-note">
          {nf.format(comparison.unscored)} {comparison.unscored === 1 ? 'lead has' : 'leads have'} no {comparison.column}
          {comparison.unreadExamples.length > 0 && ` (blank, or a value such as ${comparison.unreadExamples.map((e) => `“${e}”`).join(', ')})`}: today’s score ranks them last.
        </p>
      )}
    </section>
  );
}
