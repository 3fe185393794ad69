import { compareMaturity, JOURNEY_STAGES, type MaturityResult } from '../../../../shared/rules/maturity';
import type { Workshop } from '../../../../shared/model/workshop';

/** A gap of two points or more on one statement is worth talking about first. */
const BIG_GAP = 2;

/** Both teams' results side by side, and each statement's gap as paired bars. */
export function MaturityReveal({ maturity }: { maturity: Workshop['maturity'] }) {
  const result = compareMaturity(maturity.Marketing.answers, maturity.Sales.answers);
  return (
    <section className="card stack" aria-labelledby="maturity-results">
      <h2 id="maturity-results">Results</h2>
      <p className="maturity-headline">{result.headline}</p>
      <div className="grid-2">
        <ScoreCard team="Marketing" result={result.marketing} />
        <ScoreCard team="Sales" result={result.sales} />
      </div>
      <h3>Statement by statement (widest gap first)</h3>
      <ul className="gap-chart" aria-label="Ratings per statement">
        {result.perStatement.map((s) => {
          const big = s.gap !== null && Math.abs(s.gap) >= BIG_GAP;
          return (
            <li key={s.id} className="gap-row" data-big-gap={big}>
              <span className="gap-topic" title={s.text}>
                {s.topic}
              </span>
              <span className="gap-bars" aria-hidden="true">
                <span className="gap-bar gap-bar-marketing" style={{ width: `${((s.marketing ?? 0) / 5) * 100}%` }} />
                <span className="gap-bar gap-bar-sales" style={{ width: `${((s.sales ?? 0) / 5) * 100}%` }} />
              </span>
              <span className="gap-values">
                <span className="team-Marketing">M {s.marketing ?? '–'}</span> · <span className="team-Sales">S {s.sales ?? '–'}</span>
              </span>
              <span className={`badge ${big ? 'badge-danger' : ''}`} aria-label={s.gap === null ? 'No gap: one team skipped it' : `Gap ${Math.abs(s.gap)}`}>
                {s.gap === null ? '–' : s.gap === 0 ? 'same' : `gap ${Math.abs(s.gap)}`}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ScoreCard({ team, result }: { team: 'Marketing' | 'Sales'; result: MaturityResult }) {
  const stageIndex = result.stage ? JOURNEY_STAGES.indexOf(result.stage) : -1;
  return (
    <div className="score-card" data-team={team} aria-label={`${team} result`}>
      <h3 className={`team-${team}`}>{team}</h3>
      <p className="score-number">
        {result.score ?? '–'}
        <span className="muted"> / 100</span>
      </p>
      <p>
        <strong>{result.band ?? 'Not rated'}</strong>
        {result.stage ? ` · ${result.stage}` : ''}
      </p>
      <ol className="journey" aria-label={`${team} journey stage`}>
        {JOURNEY_STAGES.map((stage, i) => (
          <li key={stage} data-reached={i <= stageIndex} aria-current={i === stageIndex ? 'step' : undefined}>
            {stage}
          </li>
        ))}
      </ol>
    </div>
  );
}
