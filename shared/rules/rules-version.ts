import { RULES_VERSION, type AgreementVersion } from '../model/agreement';
import { incentiveTable, WORKED_ATTAINMENTS, type IncentiveRow, type IncentiveTable } from './goals/incentives';
import { incentiveTableV1 } from './goals/incentives-v1';
import { formatPercent } from './goals/rates';
import { formatMoney } from './money';

/**
 * Signed stays signed. A version's figures are computed with the rules it records: a signed (frozen)
 * version with the rules it was signed under, so what its signers saw is what it keeps showing and
 * exporting; a draft always with today's rules, with a notice when that changes what it said.
 * Only the incentive rule computes different figures between versions 1 and 2 (the decay, the
 * funnel and the lead reader changed their words or their refusals, not a signed number).
 */

export { RULES_VERSION };

/** What each rules version changed, in plain words, for the notices and the README. */
export const RULE_CHANGES: Readonly<Record<number, readonly string[]>> = {
  2: [
    'The incentive plan follows the standard terms of compensation plans: the pool is a share of the quarter’s revenue target (the on-target bonus), the gate curve gives the pay-out as a share of that bonus, the accelerator multiplies only what is earned above 100 % attainment, and the cap limits the total pay-out.',
    'Engagement points halve every N days; the words now say so.',
    '“Between” criteria read only plain decimal numbers written the agreement’s way.',
    'A funnel stage rate of 0 % is refused.',
  ],
};

type RulesInput = Pick<AgreementVersion, 'content' | 'contentHash' | 'rulesVersion'>;

/** The rules version a version recorded; versions stored before rules had versions are version 1. */
export const recordedRules = (version: Pick<AgreementVersion, 'rulesVersion'>): number => version.rulesVersion ?? 1;

/** The rules its figures are computed with: its own once frozen by a signature, today's for a draft. */
export const rulesInEffect = (version: RulesInput): number => (version.contentHash !== null ? recordedRules(version) : RULES_VERSION);

function tableUnder(rules: number, version: RulesInput, attainments: readonly number[]): IncentiveTable {
  const { incentives, goals } = version.content;
  return rules === 1 ? incentiveTableV1(incentives, goals.revenueTargetCents, attainments) : incentiveTable(incentives, goals.revenueTargetCents, attainments);
}

/** The quarter's pay-out table as this version states it (see rulesInEffect). */
export function incentiveTableOf(version: RulesInput, attainments: readonly number[] = WORKED_ATTAINMENTS): IncentiveTable {
  return tableUnder(rulesInEffect(version), version, attainments);
}

export interface RulesNotice {
  kind: 'signed-under-older-rules' | 'recomputed';
  heading: string;
  sentences: string[];
}

/** The rows where two rules versions pay differently, as "at A: X % of the bonus (amount)". */
function differences(version: RulesInput, older: number, attainments: readonly number[]): { at: number; was: IncentiveRow; now: IncentiveRow }[] {
  const was = tableUnder(older, version, attainments).rows;
  const now = tableUnder(RULES_VERSION, version, attainments).rows;
  return now.flatMap((row, i) => (row.totalCents !== was[i].totalCents ? [{ at: row.attainment, was: was[i], now: row }] : []));
}

/**
 * What a reader must be told about the rules behind the figures, or null: a signed version from
 * older rules that today's rules would read differently, or a draft whose figures were recomputed
 * with today's rules and changed. Each sentence names the attainment and both pay-outs.
 */
export function rulesNotice(version: RulesInput, attainments: readonly number[] = WORKED_ATTAINMENTS): RulesNotice | null {
  const older = recordedRules(version);
  if (older >= RULES_VERSION) return null;
  const changed = differences(version, older, attainments);
  if (changed.length === 0) return null;
  const { currency, locale } = version.content;
  const paid = (row: IncentiveRow) => `${formatPercent(row.payoutPercent)} of the on-target bonus (${formatMoney(row.totalCents, currency, locale)})`;
  if (version.contentHash !== null) {
    return {
      kind: 'signed-under-older-rules',
      heading: `Signed under rules version ${older}`,
      sentences: [
        `This version shows and exports the figures its signers saw, computed with rules version ${older}. Today’s rules (version ${RULES_VERSION}) read its incentive plan differently:`,
        ...changed.map(({ at, was, now }) => `At ${formatPercent(at)} attainment it pays ${paid(was)}; today’s rules would pay ${paid(now)}.`),
        'To agree figures under today’s rules, revise it and sign the new version.',
      ],
    };
  }
  return {
    kind: 'recomputed',
    heading: 'Figures recomputed with today’s rules',
    sentences: [
      `This draft was last computed with rules version ${older}; its figures now follow rules version ${RULES_VERSION}, which changed the pay-out:`,
      ...changed.map(({ at, was, now }) => `At ${formatPercent(at)} attainment: now ${paid(now)}, was ${paid(was)}.`),
    ],
  };
}
