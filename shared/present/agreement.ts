import type { AgreementVersion } from '../model/agreement';
import { WORKED_ATTAINMENTS } from '../rules/goals/incentives';
import type { PresentedAgreement } from './document';
import { partiesSection } from './sections/parties';
import { leadDefinitionSection } from './sections/lead-definition';
import { scoringSection } from './sections/scoring';
import { goalsSection } from './sections/goals';
import { incentivesSection } from './sections/incentives';
import { commitmentsSection } from './sections/commitments';

export type * from './document';
export { sectionHeading } from './document';

export interface PresentOptions {
  /** The attainments of the incentive table (the worked ones unless `cli plan --attainments` asks). */
  attainments?: readonly number[];
}

/**
 * The agreement a version states, section by section, in the order the PDF prints it. The
 * figures follow the rules the version records, so a signed version reads as it was signed.
 */
export function presentAgreement(version: Pick<AgreementVersion, 'content' | 'contentHash' | 'rulesVersion'>, options: PresentOptions = {}): PresentedAgreement {
  const c = version.content;
  return {
    sections: [
      partiesSection(c, 1),
      leadDefinitionSection(c, 2),
      scoringSection(c, 3),
      goalsSection(c, 4),
      incentivesSection(version, 5, options.attainments ?? WORKED_ATTAINMENTS),
      commitmentsSection(c, 6),
    ],
  };
}
