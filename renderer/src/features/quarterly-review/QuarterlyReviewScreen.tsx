import { useState } from 'react';
import { saveReview, startNextQuarter } from '../../db/repositories/reviews';
import { scorecard, summarise, trend } from '../../../../shared/rules/scorecard';
import { nextQuarter } from '../../../../shared/model/quarter';
import type { QuarterActuals } from '../../../../shared/model/review';
import type { NextQuarterChoice } from '../../../../shared/rules/next-quarter';
import { navigate } from '../../router';
import { notify } from '../../ui/toast';
import { ActualsForm } from './ActualsForm';
import { NextQuarterDialog } from './NextQuarterDialog';
import { PayoutLine } from './PayoutLine';
import { ScorecardTable } from './ScorecardTable';
import { TrendChart } from './TrendChart';
import { useQuarterlyReview } from './useQuarterlyReview';
import './review.css';
import { userMessage } from '../../../../shared/ipc/user-message';

/** The quarterly review of a signed agreement: actuals in, scorecard and trend out, then next quarter. */
export function QuarterlyReviewScreen({ versionId }: { versionId: string }) {
  const data = useQuarterlyReview(versionId);
  const [asking, setAsking] = useState(false);
  if (data === undefined) return <p className="page muted">Loading the review…</p>;
  const { version, review, history } = data;
  if (!version) return <p className="page">This agreement version is not in the library.</p>;
  const c = version.content;
  const signed = version.status === 'signed' || version.status === 'superseded' || version.status === 'archived';

  const save = async (entry: QuarterActuals) => {
    try {
      await saveReview(entry);
      notify.success('Actuals saved.');
    } catch (e) {
      notify.error(userMessage(e));
    }
  };
  const startNext = async (choice: NextQuarterChoice) => {
    try {
      const workshop = await startNextQuarter(versionId, undefined, choice);
      setAsking(false);
      notify.success(`Started ${c.organisation} ${nextQuarter(c.quarter)} as the next version.`);
      navigate({ name: 'workshop', workshopId: workshop.id, step: 'participants' });
    } catch (e) {
      notify.error(userMessage(e));
    }
  };

  const lines = review ? scorecard(version, review) : [];
  return (
    <div className="page stack">
      <div className="review-header">
        <h1>
          Quarterly review · {c.organisation} {c.quarter} v{version.version}
        </h1>
        <div className="row">
          <button className="btn" onClick={() => navigate({ name: 'history', agreementId: version.agreementId })}>
            Version history
          </button>
          <button className="btn btn-primary" disabled={!signed} onClick={() => setAsking(true)}>
            Start next quarter ({nextQuarter(c.quarter)})
          </button>
        </div>
      </div>
      {!signed ? (
        <p className="alert alert-info">Actuals are entered for a signed agreement. This version is still a {version.status}.</p>
      ) : (
        <>
          {/* Once actuals exist, the results come first; the figures stay editable below. */}
          {review && <ScorecardTable lines={lines} summary={summarise(lines)} locale={c.locale} currency={c.currency} />}
          {review && <PayoutLine version={version} review={review} />}
          <TrendChart points={trend(history)} organisation={c.organisation} />
          <ActualsForm key={review?.enteredAt ?? 'new'} version={version} saved={review} onSave={save} />
        </>
      )}
      {asking && <NextQuarterDialog content={c} open={asking} onOpenChange={setAsking} onStart={(choice) => void startNext(choice)} />}
    </div>
  );
}
