import type { CSSProperties } from 'react';
import { useId } from 'react';
import { ENGAGEMENT_BANDS, FIT_GRADES, matrixCutsSentence, type FitEngagementMatrix, type MatrixMargin } from '../../../../shared/rules/backtest';

const nf = new Intl.NumberFormat('en-US');
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);

const GRADE_WORDS = { A: 'best fit', B: 'good fit', C: 'weak fit', D: 'poor fit' } as const;
const BAND_WORDS = { 1: 'most engaged', 2: 'engaged', 3: 'a little engaged', 4: 'least engaged' } as const;

/** One cell's figures, always as text; the background only repeats the win rate (darker = higher). */
function Figures({ cell, heat }: { cell: MatrixMargin; heat: number | null }) {
  const style = heat === null ? undefined : ({ '--heat': heat.toFixed(3) } as CSSProperties);
  return (
    <td className={heat === null ? 'bt-cell' : 'bt-cell bt-heat'} style={style}>
      <strong className="bt-cell-rate">{cell.leads === 0 ? '—' : pct(cell.winRate)}</strong>
      <span className="bt-cell-count">{cell.leads === 0 ? 'no leads' : `${nf.format(cell.won)} won of ${nf.format(cell.leads)}`}</span>
    </td>
  );
}

/**
 * Leads, wins and win rate by fit grade (rows A–D) and engagement band (columns 1–4), as a real
 * table: column and row headers with scope, a caption, every figure as text. A cell's background
 * grows darker with its win rate relative to the best cell, in the theme's success colour mixed
 * into the surface (light and dark themes set how far, so the text keeps at least 4.5:1).
 */
export function MatrixTable({ matrix }: { matrix: FitEngagementMatrix }) {
  const captionId = useId();
  const best = Math.max(0, ...matrix.cells.map((c) => c.winRate ?? 0));
  const heatOf = (winRate: number | null) => (winRate === null ? null : best > 0 ? winRate / best : 0);
  return (
    <section className="stack bt-matrix" aria-labelledby={`${captionId}-h`} data-testid="bt-matrix">
      <h3 id={`${captionId}-h`}>Fit × engagement</h3>
      <p className="bt-note muted" data-testid="bt-matrix-cuts">
        {matrixCutsSentence(matrix)}
      </p>
      {/* Focusable so a keyboard can scroll the table sideways on a narrow window. */}
      <div className="bt-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data bt-matrix-table">
          <caption id={captionId}>Win rate by fit grade and engagement band ({nf.format(matrix.leads)} leads)</caption>
          <thead>
            <tr>
              <th scope="col">Fit grade</th>
              {ENGAGEMENT_BANDS.map((band) => (
                <th scope="col" key={band}>
                  Band {band} <span className="bt-axis-words">{BAND_WORDS[band]}</span>
                </th>
              ))}
              <th scope="col">All bands</th>
            </tr>
          </thead>
          <tbody>
            {FIT_GRADES.map((grade) => (
              <tr key={grade}>
                <th scope="row">
                  {grade} <span className="bt-axis-words">{GRADE_WORDS[grade]}</span>
                </th>
                {ENGAGEMENT_BANDS.map((band) => {
                  const cell = matrix.cells.find((c) => c.grade === grade && c.band === band)!;
                  return <Figures key={band} cell={cell} heat={heatOf(cell.winRate)} />;
                })}
                <Figures cell={matrix.byGrade.find((g) => g.grade === grade)!} heat={null} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All grades</th>
              {matrix.byBand.map((b) => (
                <Figures key={b.band} cell={b} heat={null} />
              ))}
              <Figures cell={{ leads: matrix.leads, won: matrix.wonTotal, winRate: matrix.leads > 0 ? matrix.wonTotal / matrix.leads : null }} heat={null} />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="bt-legend">
        <span className="bt-key bt-heat-key" aria-hidden="true" /> darker cells won more often{best > 0 ? `; the darkest wins ${pct(best)}` : ''}. Totals are not shaded.
      </p>
    </section>
  );
}
