/** @jsxRuntime automatic @jsxImportSource react */
import { Line, Polyline, Svg, Text as SvgText } from '@react-pdf/renderer';
import type { CurvePoint } from '../../../../../shared/rules/goals';
import { colors } from '../styles';

const CHART = { width: 190, height: 150, left: 32, bottom: 16, top: 8, right: 8 };
const X_TICKS = [0, 50, 100, 150];

/** The pay-out curve in % of the on-target bonus from 0 to 150 % attainment, as straight lines. */
export function CurveChart({ curve, maxAttainment }: { curve: CurvePoint[]; maxAttainment: number }) {
  const maxPayout = Math.max(100, ...curve.map((p) => p.payoutPercent));
  const yTop = Math.ceil(maxPayout / 50) * 50;
  const plotW = CHART.width - CHART.left - CHART.right;
  const plotH = CHART.height - CHART.top - CHART.bottom;
  const x = (a: number) => CHART.left + (a / maxAttainment) * plotW;
  const y = (p: number) => CHART.top + plotH - (p / yTop) * plotH;
  const yTicks = [0, yTop / 2, yTop];
  return (
    <Svg width={CHART.width} height={CHART.height}>
      {yTicks.map((t) => (
        <Line key={`y${t}`} x1={CHART.left} x2={CHART.width - CHART.right} y1={y(t)} y2={y(t)} stroke={colors.rule} strokeWidth={0.5} />
      ))}
      {yTicks.map((t) => (
        <SvgText key={`yl${t}`} x={CHART.left - 4} y={y(t) + 2.5} style={{ fontSize: 7 }} fill={colors.muted} textAnchor="end">{`${t} %`}</SvgText>
      ))}
      {X_TICKS.map((t) => (
        <SvgText key={`xl${t}`} x={x(t)} y={CHART.height - 4} style={{ fontSize: 7 }} fill={colors.muted} textAnchor="middle">{`${t} %`}</SvgText>
      ))}
      <Line x1={x(100)} x2={x(100)} y1={CHART.top} y2={CHART.top + plotH} stroke={colors.faint} strokeWidth={0.5} strokeDasharray="2 2" />
      <Polyline points={curve.map((p) => `${x(p.attainment)},${y(p.payoutPercent)}`).join(' ')} stroke={colors.accent} strokeWidth={1.5} fill="none" />
    </Svg>
  );
}
