import type { AgreementVersion } from '../../../../../shared/model/agreement';
import { presentAgreement, sectionHeading } from '../../../../../shared/present/agreement';
import { PresentedBlock } from './SummaryBlocks';
import './summary.css';

/**
 * The whole agreement on one page: the sections of shared/present/agreement, the same model the
 * PDF prints, so what is read before signing is what is sealed. Its figures follow the rules the
 * version records (a version signed under older rules reads as it was signed).
 */
export function AgreementSummary({ version }: { version: Pick<AgreementVersion, 'content' | 'contentHash' | 'rulesVersion'> }) {
  const { sections } = presentAgreement(version);
  return (
    <article className="card agreement-summary" aria-label="The agreement">
      {sections.map((section) => (
        <section key={section.id} className="review-section" aria-labelledby={`review-${section.id}`} data-section={section.id}>
          <h2 id={`review-${section.id}`}>{sectionHeading(section)}</h2>
          {section.intro && <p className="muted">{section.intro}</p>}
          {section.blocks.map((block, i) => <PresentedBlock key={i} block={block} />)}
        </section>
      ))}
    </article>
  );
}
