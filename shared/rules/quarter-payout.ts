import type { AgreementVersion } from '../model/agreement';
import type { Actuals } from '../model/review';
import { formatPercent } from './goals/rates';
import { formatMoney } from './money';
import { incentiveTableOf } from './rules-version';
import type { IncentiveRow } from './goals/incentives';

/**
 * What the signed incentive plan pays for the quarter that happened: attainment is the revenue won
 * ÷ the quarter's revenue target, and the pay-out comes from the version's own table (the rules it
 * was signed under), so the review reads the plan exactly as it was signed.
 */

export interface QuarterPayout extends IncentiveRow {
  onTargetBonusCents: number;
}

/** Attainment in % with two decimals (87.5 for 875,000 of 1,000,000); null without a revenue figure or target. */
export function revenueAttainment(revenueTargetCents: number, actualRevenueCents: number | null): number | null {
  if (actualRevenueCents === null || !Number.isFinite(actualRevenueCents) || revenueTargetCents <= 0) return null;
  return Math.round((actualRevenueCents / revenueTargetCents) * 10_000) / 100;
}

export function quarterPayout(version: Pick<AgreementVersion, 'content' | 'contentHash' | 'rulesVersion'>, actuals: Pick<Actuals, 'revenueCents'>): QuarterPayout | null {
  const attainment = revenueAttainment(version.content.goals.revenueTargetCents, actuals.revenueCents);
  if (attainment === null) return null;
  const table = incentiveTableOf(version, [attainment]);
  return { ...table.rows[0], onTargetBonusCents: table.onTargetBonusCents };
}

/** "At 87.5 % of the revenue target the plan pays 25 % of the on-target bonus: $25,000 (sales $15,000, marketing $10,000)." */
export function describeQuarterPayout(payout: QuarterPayout | null, content: Pick<AgreementVersion['content'], 'currency' | 'locale'>): string {
  if (!payout) return 'Enter the revenue won to see what the incentive plan pays for this quarter.';
  const money = (cents: number) => formatMoney(cents, content.currency, content.locale);
  return `At ${formatPercent(payout.attainment)} of the revenue target the plan pays ${formatPercent(payout.payoutPercent)} of the on-target bonus of ${money(payout.onTargetBonusCents)}: ${money(payout.totalCents)} (sales ${money(payout.salesCents)}, marketing ${money(payout.marketingCents)}).`;
}
