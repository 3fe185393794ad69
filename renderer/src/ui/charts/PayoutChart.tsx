import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProjectionRow } from '../../../../shared/rules/goals';
import { formatMoney, formatMoneyCompact } from '../../../../shared/rules/money';
import { axisTick, CHART_FONT_SIZE, gridStroke, TEAM_COLOURS, tooltipStyle } from './chart-style';
import './charts.css';

interface PayoutChartProps {
  rows: ProjectionRow[];
  currency: string;
  locale: string;
}

/** Each side's quarterly pay-out at several attainment levels, as side-by-side bars. */
export function PayoutChart({ rows, currency, locale }: PayoutChartProps) {
  const data = rows.map((r) => ({ name: `${r.attainment} %`, Sales: r.salesCents, Marketing: r.marketingCents }));
  const money = (cents: number) => formatMoney(cents, currency, locale);
  const summary = rows.map((r) => `${r.attainment} %: sales ${money(r.salesCents)}, marketing ${money(r.marketingCents)}`).join('; ');
  return (
    <figure className="chart" aria-label={`Quarterly pay-out by attainment: ${summary}`} data-testid="payout-chart">
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 8 }}>
          <CartesianGrid stroke={gridStroke} vertical={false} />
          <XAxis dataKey="name" tick={axisTick} stroke={gridStroke} />
          <YAxis tick={axisTick} stroke={gridStroke} width={72} tickFormatter={(v: number) => formatMoneyCompact(v, currency, locale)} />
          <Tooltip {...tooltipStyle} formatter={(v) => money(Number(v))} itemSorter={(item) => (item.dataKey === 'Sales' ? 0 : 1)} />
          {/* In the bars' order (Sales, then Marketing): recharts sorts legend items by name unless told not to. */}
          <Legend itemSorter={null} wrapperStyle={{ color: 'var(--text)', fontSize: CHART_FONT_SIZE }} />
          <Bar dataKey="Sales" fill={TEAM_COLOURS.Sales} isAnimationActive={false} radius={[4, 4, 0, 0]} />
          <Bar dataKey="Marketing" fill={TEAM_COLOURS.Marketing} isAnimationActive={false} radius={[4, 4, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
