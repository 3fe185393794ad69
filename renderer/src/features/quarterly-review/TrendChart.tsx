import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../../../../shared/rules/scorecard';
import { axisTick, gridStroke, tooltipStyle, TEAM_COLOURS } from '../../ui/charts/chart-style';

const SERIES = [
  { key: 'mqlsDelivered', name: 'MQLs', colour: TEAM_COLOURS.Marketing },
  { key: 'sqls', name: 'SQLs', colour: TEAM_COLOURS.Sales },
  { key: 'deals', name: 'Deals won', colour: TEAM_COLOURS.Joint },
] as const;

/** MQLs, SQLs and deals per quarter for one organisation; a table carries the same numbers for screen readers. */
export function TrendChart({ points, organisation }: { points: TrendPoint[]; organisation: string }) {
  if (points.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="trend-title">
      <h2 id="trend-title">Trend across quarters — {organisation}</h2>
      {points.length === 1 && <p className="muted">One quarter so far; the trend appears as more quarters are reviewed.</p>}
      <figure className="chart" aria-hidden="true" style={{ margin: 0 }}>
        <ResponsiveContainer width="100%" height={240}>
          {/* The figure is hidden from assistive technology (the table below carries the numbers), so nothing in it may take focus. */}
          <LineChart data={points} margin={{ top: 8, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" />
            <XAxis dataKey="quarter" tick={axisTick} />
            <YAxis tick={axisTick} width={64} />
            {/* Legend and tooltip in the funnel's order, like the lines: recharts sorts both by name unless told. */}
            <Tooltip {...tooltipStyle} itemSorter={(item) => SERIES.findIndex((s) => s.key === item.dataKey)} />
            <Legend itemSorter={null} wrapperStyle={{ color: 'var(--text)' }} />
            {SERIES.map((s) => (
              <Line key={s.key} type="monotone" dataKey={s.key} name={s.name} stroke={s.colour} strokeWidth={3} dot={{ r: 5 }} connectNulls isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <table className="sr-only" aria-label="Trend data">
        <thead>
          <tr>
            <th>Quarter</th>
            {SERIES.map((s) => (
              <th key={s.key}>{s.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.quarter}>
              <td>{p.quarter}</td>
              {SERIES.map((s) => (
                <td key={s.key}>{p[s.key] ?? 'no data'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
