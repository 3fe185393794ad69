/** @jsxRuntime automatic @jsxImportSource react */
import { Line, Polyline, Svg, Text as SvgText, Text, View } from '@react-pdf/renderer';
import type { AgreementVersion } from '../../../../../shared/model/agreement';
import type { CurvePoint } from '../../../../../shared/rules/goals';
import { colors, s } from '../styles';
import { incentiveExample } from '../derive';
import { Section, Table } from './Table';

const CHART = { width: 190, height: 150, left: 32, bottom: 16, top: 8, right: 8 };
const TABLE_WIDTHS = ['19%', '19%', '22%', '20%', '20%'];
const X_TICKS = [0, 50, 100, 150];

/** The pay-out curve in % of the on-target bonus from 0 to 150 % attainment, as straight lines. */
function CurveChart({ curve, maxAttainment }: { curve: CurvePoint[]; maxAttainment: number }) {
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

/** Section 5: the incentive plan's rules in one sentence each, the worked table and the curve. */
export function Incentives({ version, n }: { version: AgreementVersion; n: number }) {
  const ex = incentiveExample(version);
  return (
    <Section number={n} title="Incentive split">
      {ex.notice && (
        <View style={{ marginBottom: 6 }} wrap={false}>
          <Text style={[s.body, { fontWeight: 700 }]}>{`${ex.notice.heading}.`}</Text>
          {ex.notice.sentences.map((sentence) => (
            <Text key={sentence} style={s.small}>{sentence}</Text>
          ))}
        </View>
      )}
      <View>
        {ex.sentences.map((sentence, i) => (
          <View key={sentence.rule} style={{ flexDirection: 'row', marginBottom: 3 }} wrap={false}>
            <Text style={[s.body, { width: 14, color: colors.muted }]}>{`${i + 1}.`}</Text>
            <Text style={[s.body, { flex: 1 }]}>{sentence.text}</Text>
          </View>
        ))}
      </View>
      <View wrap={false} style={{ flexDirection: 'row', marginTop: 4 }}>
        <View style={{ width: '60%', paddingRight: 14 }}>
          <Text style={s.h2}>Worked table</Text>
          <Text style={s.small}>{ex.table.label}</Text>
          <Table
            columns={ex.table.columns.map((title, i) => ({ title, width: TABLE_WIDTHS[i] ?? '20%', align: i === 0 ? 'left' : 'right' }))}
            rows={ex.table.rows.map((r) => r.cells)}
          />
        </View>
        <View style={{ width: '40%' }}>
          <Text style={s.h2}>{`Pay-out curve, 0 to ${ex.curveMaxAttainment} % attainment`}</Text>
          <Text style={s.small}>In % of the on-target bonus, after the accelerator and the cap.</Text>
          <CurveChart curve={ex.curve} maxAttainment={ex.curveMaxAttainment} />
        </View>
      </View>
    </Section>
  );
}
