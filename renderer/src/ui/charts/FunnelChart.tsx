import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { FunnelStage } from '../../../../shared/rules/goals';
import { axisTick, CHART_FONT_SIZE, TEAM_COLOURS } from './chart-style';
import './charts.css';

/** Marketing owns the top of the funnel, sales the middle, and the won deals belong to both. */
const STAGE_COLOUR: Record<FunnelStage['stage'], string> = {
  MQL: TEAM_COLOURS.Marketing,
  SAL: TEAM_COLOURS.Sales,
  SQL: TEAM_COLOURS.Sales,
  Won: TEAM_COLOURS.Joint,
};

/** The reverse funnel as horizontal bars, widest at the top, with each count written on its bar. */
export function FunnelChart({ stages, locale }: { stages: FunnelStage[]; locale: string }) {
  const data = stages.map((s) => ({ ...s, label: s.count.toLocaleString(locale) }));
  const summary = stages.map((s) => `${s.stage} ${s.count}`).join(', ');
  return (
    <figure className="chart" aria-label={`Funnel chart per quarter: ${summary}`}>
      <ResponsiveContainer width="100%" height={230}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 56, bottom: 4, left: 8 }} barCategoryGap={10}>
          <XAxis type="number" hide />
          <YAxis type="category" dataKey="stage" tick={axisTick} width={56} axisLine={false} tickLine={false} />
          <Bar dataKey="count" isAnimationActive={false} radius={[0, 6, 6, 0]}>
            {data.map((d) => (
              <Cell key={d.stage} fill={STAGE_COLOUR[d.stage]} />
            ))}
            <LabelList dataKey="label" position="right" fill="var(--text)" fontSize={CHART_FONT_SIZE} fontWeight={600} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
