import type { AgreementContent, AgreementVersion } from '../../../../../shared/model/agreement';
import { ContextSummary } from './ContextSummary';
import { LeadSummary } from './LeadSummary';
import { ScoringSummary } from './ScoringSummary';
import { GoalsSummary } from './GoalsSummary';
import { IncentivesSummary } from './IncentivesSummary';
import { CommitmentsSummary } from './CommitmentsSummary';

/** The whole agreement on one page, in the order the PDF prints it; with the version, its figures follow the rules it records. */
export function AgreementSummary({ content, version }: { content: AgreementContent; version?: AgreementVersion }) {
  return (
    <article className="card agreement-summary" aria-label="The agreement">
      <ContextSummary content={content} />
      <LeadSummary lead={content.leadDefinition} />
      <ScoringSummary scoring={content.scoring} />
      <GoalsSummary content={content} />
      <IncentivesSummary content={content} version={version} />
      <CommitmentsSummary commitments={content.commitments} locale={content.locale} />
    </article>
  );
}
