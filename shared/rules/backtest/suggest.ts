import type { Criterion } from '../../model/scoring';
import { clampPoints } from '../scoring/tier-points';

/**
 * Suggested points from the data. For each criterion: the conversion of the leads it matches,
 * compared with the base rate. The rate is first shrunk towards the base rate as if 20 more
 * leads converting at the base rate had matched (so a card matching 3 leads, all won, does not
 * jump to +100), and a card needs 30 matching leads before it gets a suggestion at all.
 *
 *   suggested = clamp(round(10 × log2(smoothed rate / base rate)), −100, 100)
 *
 * Twice the base rate → +10, four times → +20, eight times → +30 (a Critical card's base);
 * half → −10. Cards that the data says do not matter come out near 0.
 */
export const PRIOR_LEADS = 20;
export const MIN_MATCHED_FOR_SUGGESTION = 30;
export const POINTS_PER_DOUBLING = 10;

export interface CriterionEvidence {
  criterionId: string;
  label: string;
  matched: number;
  wonMatched: number;
  /** Won among the matched leads; null when none matched. */
  conversion: number | null;
  /** conversion / base rate; null when it cannot be computed. */
  lift: number | null;
  currentPoints: number;
  /** null when too few leads matched or nothing was won at all. */
  suggestedPoints: number | null;
}

export function suggestedPoints(matched: number, wonMatched: number, baseRate: number | null): number | null {
  if (baseRate === null || baseRate <= 0 || baseRate >= 1 || matched < MIN_MATCHED_FOR_SUGGESTION) return null;
  const smoothed = (wonMatched + PRIOR_LEADS * baseRate) / (matched + PRIOR_LEADS);
  return clampPoints(Math.round(POINTS_PER_DOUBLING * Math.log2(smoothed / baseRate)));
}

/** Evidence for one criterion from its match vector and the outcomes. */
export function criterionEvidence(criterion: Criterion, currentPoints: number, vector: ArrayLike<number>, won: ArrayLike<number>, baseRate: number | null): CriterionEvidence {
  let matched = 0;
  let wonMatched = 0;
  for (let i = 0; i < vector.length; i++) {
    if (vector[i] === 0) continue;
    matched++;
    if (won[i] === 1) wonMatched++;
  }
  return evidenceFromCounts(criterion, currentPoints, matched, wonMatched, baseRate);
}

/** Evidence for one criterion from how many leads it matched and how many of those were won. */
export function evidenceFromCounts(criterion: Criterion, currentPoints: number, matched: number, wonMatched: number, baseRate: number | null): CriterionEvidence {
  const conversion = matched > 0 ? wonMatched / matched : null;
  return {
    criterionId: criterion.id,
    label: criterion.label,
    matched,
    wonMatched,
    conversion,
    lift: conversion !== null && baseRate ? conversion / baseRate : null,
    currentPoints,
    suggestedPoints: suggestedPoints(matched, wonMatched, baseRate),
  };
}

/** The criteria with suggested points pinned: one new arrangement of the board, applied as one edit. */
export function applySuggestions(criteria: readonly Criterion[], suggestions: ReadonlyMap<string, number>): Criterion[] {
  return criteria.map((c) => (suggestions.has(c.id) ? { ...c, pinnedPoints: clampPoints(suggestions.get(c.id)!) } : c));
}
