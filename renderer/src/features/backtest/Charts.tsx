import type { DecileRow, ScoreBin } from '../../../../shared/rules/backtest';

const W = 460;
const H = 200;
const PAD = { left: 44, right: 8, top: 12, bottom: 30 };
const innerW = W - PAD.left - PAD.right;
const innerH = H - PAD.top - PAD.bottom;
const pct = (v: number) => `${Math.round(v * 100)} %`;

function YAxis({ max }: { max: number }) {
  const ticks = [0, 0.5, 1].map((f) => f * max);
  return (
    <g>
      {ticks.map((t) => {
        const y = PAD.top + innerH - (t / max) * innerH;
        return (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y} y2={y} className="bt-grid" />
            <text x={PAD.left - 6} y={y + 5} textAnchor="end" className="bt-tick">
              {pct(t)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Win rate of each tenth of the leads, best scores first, with the base rate as a dashed line. */
export function DecileChart({ deciles, baseRate }: { deciles: DecileRow[]; baseRate: number | null }) {
  const max = Math.max(0.05, baseRate ?? 0, ...deciles.map((d) => d.winRate ?? 0));
  const slot = innerW / deciles.length;
  const summary = deciles.map((d) => `decile ${d.decile}: ${d.winRate === null ? 'no leads' : pct(d.winRate)}`).join(', ');
  return (
    <figure className="bt-chart">
      <figcaption>Win rate by score decile (1 = highest scores)</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Win rate by score decile: ${summary}`} data-testid="decile-chart">
        <YAxis max={max} />
        {deciles.map((d, i) => {
          const h = ((d.winRate ?? 0) / max) * innerH;
          return (
            <g key={d.decile}>
              <rect x={PAD.left + i * slot + slot * 0.15} width={slot * 0.7} y={PAD.top + innerH - h} height={h} className="bt-bar-won">
                <title>{`Decile ${d.decile}: ${d.won} won of ${d.leads} (${d.winRate === null ? '—' : pct(d.winRate)}), scores ${d.minScore ?? '—'}…${d.maxScore ?? '—'}`}</title>
              </rect>
              <text x={PAD.left + (i + 0.5) * slot} y={H - 10} textAnchor="middle" className="bt-tick">
                {d.decile}
              </text>
            </g>
          );
        })}
        {baseRate !== null && <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + innerH - (baseRate / max) * innerH} y2={PAD.top + innerH - (baseRate / max) * innerH} className="bt-base" />}
      </svg>
      {baseRate !== null && <p className="bt-legend"><span className="bt-key bt-key-base" /> base rate {pct(baseRate)}</p>}
    </figure>
  );
}

/** Where won and lost leads score: each bar is the share of its group in that score range, so both are comparable. */
export function DistributionChart({ bins, threshold }: { bins: ScoreBin[]; threshold: number }) {
  const wonTotal = bins.reduce((s, b) => s + b.won, 0) || 1;
  const lostTotal = bins.reduce((s, b) => s + b.lost, 0) || 1;
  const shares = bins.map((b) => ({ ...b, wonShare: b.won / wonTotal, lostShare: b.lost / lostTotal }));
  const max = Math.max(0.05, ...shares.map((s) => Math.max(s.wonShare, s.lostShare)));
  const slot = innerW / Math.max(1, bins.length);
  const first = bins[0]?.from ?? 0;
  const last = bins[bins.length - 1]?.to ?? 0;
  const thresholdX = last > first ? PAD.left + ((threshold - first) / (last + 1 - first)) * innerW : null;
  return (
    <figure className="bt-chart">
      <figcaption>Score distribution: won vs lost leads</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Score distribution of won and lost leads from ${first} to ${last}, MQL threshold ${threshold}`} data-testid="distribution-chart">
        <YAxis max={max} />
        {shares.map((b, i) => {
          const x = PAD.left + i * slot;
          const hw = (b.wonShare / max) * innerH;
          const hl = (b.lostShare / max) * innerH;
          return (
            <g key={b.from}>
              <rect x={x + slot * 0.1} width={slot * 0.4} y={PAD.top + innerH - hl} height={hl} className="bt-bar-lost">
                <title>{`Scores ${b.from}…${b.to}: ${b.lost} lost (${pct(b.lostShare)} of lost)`}</title>
              </rect>
              <rect x={x + slot * 0.5} width={slot * 0.4} y={PAD.top + innerH - hw} height={hw} className="bt-bar-won">
                <title>{`Scores ${b.from}…${b.to}: ${b.won} won (${pct(b.wonShare)} of won)`}</title>
              </rect>
            </g>
          );
        })}
        {thresholdX !== null && thresholdX >= PAD.left && thresholdX <= W - PAD.right && <line x1={thresholdX} x2={thresholdX} y1={PAD.top} y2={PAD.top + innerH} className="bt-threshold" />}
        <text x={PAD.left} y={H - 10} className="bt-tick">
          {first}
        </text>
        <text x={W - PAD.right} y={H - 10} textAnchor="end" className="bt-tick">
          {last}
        </text>
      </svg>
      <p className="bt-legend">
        <span className="bt-key bt-key-won" /> won <span className="bt-key bt-key-lost" /> lost <span className="bt-key bt-key-threshold" /> MQL threshold
      </p>
    </figure>
  );
}
