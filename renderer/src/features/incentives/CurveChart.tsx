import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CURVE_CHART_MAX_ATTAINMENT, formatPercent, type CurvePoint } from '../../../../shared/rules/goals';
import { axisTick, gridStroke, tooltipStyle } from '../../ui/charts/chart-style';
import '../../ui/charts/charts.css';

const X_TICKS = [0, 25, 50, 75, 100, 125, CURVE_CHART_MAX_ATTAINMENT];

/**
 * The pay-out in % of the on-target bonus from 0 to 150 % attainment, after accelerator and cap:
 * `points` are the curve's corners (shared/rules/goals payoutCurve, or a signed version's own).
 */
export function CurveChart({ points: data, label, testId = 'payout-curve-chart' }: { points: CurvePoint[]; label: string; testId?: string }) {
  return (
    <figure className="chart" aria-label={label} data-testid={testId}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid stroke={gridStroke} />
          <XAxis
            dataKey="attainment"
            type="number"
            domain={[0, CURVE_CHART_MAX_ATTAINMENT]}
            ticks={X_TICKS}
            tick={axisTick}
            stroke={gridStroke}
            tickFormatter={(v: number) => `${v} %`}
          />
          <YAxis dataKey="payoutPercent" tick={axisTick} stroke={gridStroke} width={64} tickFormatter={(v: number) => `${v} %`} />
          <Tooltip {...tooltipStyle} labelFormatter={(v) => `${formatPercent(Number(v))} attainment`} formatter={(v) => [formatPercent(Number(v)), 'Pay-out']} />
          <Line type="linear" dataKey="payoutPercent" stroke="var(--accent)" strokeWidth={3} dot={{ r: 3 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
