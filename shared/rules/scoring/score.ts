import type { Category, ScoringModel, SampleLead } from '../../model/scoring';
import { normalizeBoard } from './board';
import { decayLineLabel } from './decay';
import { matchCount, maxMatchCount } from './match';
import { pointsByCriterion } from './tier-points';

/**
 * Scoring a lead, in this order:
 * 1. every matching card adds its points × how often it matched (see matchCount);
 * 2. decay, when on: the POSITIVE engagement points halve once for every full `halfLifeDays`
 *    of inactivity, so again and again (45 days at a 30-day half-life → one halving, 60 days →
 *    two: a quarter kept), rounded down to a whole number (worded by decay.ts).
 *    Negative signals such as "Unsubscribed" do not fade, and Fit never decays;
 * 3. each category is capped (a cap only ever lowers a subtotal);
 * 4. the total is capped;
 * 5. the lead is an MQL when total ≥ threshold and no disqualifying card matched.
 * Every adjustment is a line of its own, so the lines always add up to the total.
 */

export type ScoreLineKind = 'criterion' | 'cap' | 'decay';

export interface ScoreLine {
  /** The card's id, or 'decay', 'cap:Fit', 'cap:Engagement', 'cap:total' for adjustments. */
  criterionId: string;
  label: string;
  points: number;
  /** Times the card matched; for a decay line, the number of halvings; 1 for caps. */
  count: number;
  kind: ScoreLineKind;
  /** null for the total cap, which spans both categories. */
  category: Category | null;
}

export type FitGrade = 'A' | 'B' | 'C' | 'D';

export interface LeadScore {
  leadId: string;
  leadName: string;
  /** Final score after decay and all caps; equals the sum of `lines`. */
  total: number;
  /** Subtotals after decay and category caps (before the total cap). */
  byCategory: Record<Category, number>;
  isMql: boolean;
  threshold: number;
  /** Label of the first disqualifying card the lead matched, or null. */
  disqualifiedBy: string | null;
  disqualifiedById: string | null;
  /** Fit grade when the model uses one (settings.useFitGrade) and some fit points are achievable. */
  grade: FitGrade | null;
  /** Fit points as a share (0..1) of the most fit points any lead could get; null when ungraded. */
  fitShare: number | null;
  lines: ScoreLine[];
}

/** The most points a category can contribute: every positive card matched as often as it counts, then the category cap. Disqualifying cards are left out because a lead matching one can never be an MQL. An upper bound: it assumes one lead could match all cards at once. */
export function maxAchievableByCategory(model: ScoringModel): Record<Category, number> {
  const points = pointsByCriterion(model.criteria);
  const sums: Record<Category, number> = { Fit: 0, Engagement: 0 };
  for (const c of model.criteria) {
    const p = points.get(c.id) ?? 0;
    if (p > 0 && !c.disqualifies) sums[c.category] += p * maxMatchCount(c.condition);
  }
  const cap = (category: Category): number => {
    const limit = model.settings.caps[category];
    return limit === null || limit === undefined ? sums[category] : Math.min(sums[category], limit);
  };
  return { Fit: cap('Fit'), Engagement: cap('Engagement') };
}

/** The highest total any lead could score under the model (category caps, then the total cap). */
export function maxAchievableScore(model: ScoringModel): number {
  const byCategory = maxAchievableByCategory(model);
  const sum = byCategory.Fit + byCategory.Engagement;
  const totalCap = model.settings.caps.total;
  return totalCap === null || totalCap === undefined ? sum : Math.min(sum, totalCap);
}

/** A sentence explaining why no lead can reach the MQL threshold, or null when one can. */
export function validateThresholdReachable(model: ScoringModel): string | null {
  const best = maxAchievableScore(model);
  const threshold = model.settings.mqlThreshold;
  if (best >= threshold) return null;
  return `No lead can reach the MQL threshold of ${threshold}: the most any lead can score is ${best}. Lower the threshold, raise the caps or give the criteria more points.`;
}

/** Grade from the share of achievable fit points: A ≥ 75 %, B ≥ 50 %, C ≥ 25 %, else D. */
export function fitGrade(share: number): FitGrade {
  if (share >= 0.75) return 'A';
  if (share >= 0.5) return 'B';
  if (share >= 0.25) return 'C';
  return 'D';
}

/** Whole-number engagement points kept after `days` of inactivity: halves per full half-life, rounded down. */
export function decayedPoints(points: number, days: number, halfLifeDays: number): number {
  if (points <= 0 || halfLifeDays <= 0) return points;
  const halvings = Math.floor(Math.max(0, days) / halfLifeDays);
  return Math.floor(points * 0.5 ** halvings);
}

/** Scores one lead and explains every point as a line; `locale` is how its numbers are written (read-cell.ts). */
export function scoreLead(model: ScoringModel, lead: SampleLead, locale?: string): LeadScore {
  const { settings } = model;
  const points = pointsByCriterion(model.criteria);
  const lines: ScoreLine[] = [];
  let disqualifier: { id: string; label: string } | null = null;

  // Board order (Critical first) so the explanation reads strongest signal first.
  for (const c of normalizeBoard(model.criteria)) {
    const count = matchCount(c.condition, lead, locale);
    if (count <= 0) continue;
    lines.push({ criterionId: c.id, label: c.label, points: (points.get(c.id) ?? 0) * count, count, kind: 'criterion', category: c.category });
    if (c.disqualifies && disqualifier === null) disqualifier = { id: c.id, label: c.label };
  }

  const sumOf = (category: Category) => lines.filter((l) => l.category === category).reduce((s, l) => s + l.points, 0);

  if (settings.decay?.enabled) {
    const positive = lines.filter((l) => l.category === 'Engagement' && l.points > 0).reduce((s, l) => s + l.points, 0);
    const kept = decayedPoints(positive, lead.daysSinceActivity ?? 0, settings.decay.halfLifeDays);
    if (kept < positive) {
      const quietDays = lead.daysSinceActivity ?? 0;
      const halvings = Math.floor(quietDays / settings.decay.halfLifeDays);
      const label = decayLineLabel(quietDays, settings.decay.halfLifeDays, halvings);
      lines.push({ criterionId: 'decay', label, points: kept - positive, count: halvings, kind: 'decay', category: 'Engagement' });
    }
  }

  const byCategory: Record<Category, number> = { Fit: 0, Engagement: 0 };
  for (const category of ['Fit', 'Engagement'] as const) {
    const subtotal = sumOf(category);
    const cap = settings.caps?.[category];
    if (cap !== null && cap !== undefined && subtotal > cap) {
      lines.push({ criterionId: `cap:${category}`, label: `${category} cap`, points: cap - subtotal, count: 1, kind: 'cap', category });
      byCategory[category] = cap;
    } else {
      byCategory[category] = subtotal;
    }
  }

  let total = byCategory.Fit + byCategory.Engagement;
  const totalCap = settings.caps?.total;
  if (totalCap !== null && totalCap !== undefined && total > totalCap) {
    lines.push({ criterionId: 'cap:total', label: 'Total cap', points: totalCap - total, count: 1, kind: 'cap', category: null });
    total = totalCap;
  }

  let grade: FitGrade | null = null;
  let fitShare: number | null = null;
  if (settings.useFitGrade) {
    const maxFit = maxAchievableByCategory(model).Fit;
    if (maxFit > 0) {
      fitShare = Math.max(0, Math.min(1, byCategory.Fit / maxFit));
      grade = fitGrade(fitShare);
    }
  }

  return {
    leadId: lead.id,
    leadName: lead.name,
    total,
    byCategory,
    isMql: disqualifier === null && total >= settings.mqlThreshold,
    threshold: settings.mqlThreshold,
    disqualifiedBy: disqualifier?.label ?? null,
    disqualifiedById: disqualifier?.id ?? null,
    grade,
    fitShare,
    lines,
  };
}

/** Scores many leads (the live preview); same order as given. */
export function scoreLeads(model: ScoringModel, leads: readonly SampleLead[] = model.sampleLeads, locale?: string): LeadScore[] {
  return leads.map((lead) => scoreLead(model, lead, locale));
}

/** "+20", "−5" (a true minus sign), "0". */
export function formatPoints(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `−${Math.abs(points)}`;
  return '0';
}

/** A total with a true minus sign when negative, no plus sign otherwise. */
function formatTotal(total: number): string {
  return total < 0 ? `−${Math.abs(total)}` : String(total);
}

/** Plain-language lines for the preview and screen readers, e.g. "Pricing page visit ×2 +28". */
export function explainScore(score: LeadScore): string[] {
  const out = score.lines.map((l) => {
    const times = l.kind === 'criterion' && l.count > 1 ? ` ×${l.count}` : '';
    return `${l.label}${times} ${formatPoints(l.points)}`;
  });
  if (score.grade !== null && score.fitShare !== null) {
    out.push(`Fit grade ${score.grade} (${Math.round(score.fitShare * 100)} % of the best possible fit)`);
  }
  if (score.disqualifiedBy !== null) {
    out.push(`Total ${formatTotal(score.total)}: not an MQL, disqualified by “${score.disqualifiedBy}”`);
  } else if (score.isMql) {
    out.push(`Total ${formatTotal(score.total)}: MQL (threshold ${score.threshold})`);
  } else {
    out.push(`Total ${formatTotal(score.total)}: below the MQL threshold of ${score.threshold}`);
  }
  return out;
}
