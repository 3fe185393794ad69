import type { Condition, Criterion } from '../../model/scoring';
import type { LeadDefinition } from '../../model/lead-definition';
import { formatCount, joinList } from '../format';

/*
 * What a criterion scores, in words built from its agreed values, and where the words the team
 * typed (its description) or the ideal-customer profile no longer agree with them. The signed
 * PDF and the review summary print the generated rule, so a criterion can never say "200 to
 * 5,000 employees" while it scores 50 to 5,000; the board flags the typed text that drifted.
 */

const quoted = (text: string) => `“${text}”`;

/** "employees is from 200 to 5,000", "industry is Software, Financial services or Manufacturing". */
export function describeCondition(condition: Condition, locale: string): string {
  switch (condition.op) {
    case 'between':
      return `${condition.field} is from ${formatCount(condition.min, locale, 6)} to ${formatCount(condition.max, locale, 6)}`;
    case 'in':
      return `${condition.field} is ${joinList(condition.values)}`;
    case 'equals':
      return `${condition.field} is ${quoted(condition.value)}`;
    case 'contains':
      return `${condition.field} contains ${quoted(condition.value)}`;
    case 'event':
      return condition.repeat === 'each' && condition.maxCount > 1
        ? `each ${quoted(condition.value)} event, up to ${condition.maxCount} times`
        : `a ${quoted(condition.value)} event, once`;
  }
}

/** "Scores when employees is from 200 to 5,000." — the rule a signer reads in the PDF. */
export function criterionRuleSentence(criterion: Pick<Criterion, 'condition' | 'disqualifies'>, locale: string): string {
  const { condition } = criterion;
  const what = condition.op === 'event' ? `Scores ${describeCondition(condition, locale)}` : `Scores when ${describeCondition(condition, locale)}`;
  return criterion.disqualifies ? `${what}; such a lead is never an MQL.` : `${what}.`;
}

/** Numbers written in free text, with thousands separators ("5,000", "5.000", "5 000") read as one number. */
function numbersIn(text: string): number[] {
  return (text.match(/\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])|\d+/g) ?? []).map((n) => Number(n.replace(/[,.\u00a0\u202f ]/g, '')));
}

const lower = (text: string) => text.toLocaleLowerCase('en');

/** Words that say a list only gives examples. */
const EXAMPLES = /\b(and the like|and so on|etc\.?|such as|e\.g\.|for example|for instance|including|among others)(?=\W|$)/i;

/**
 * Why the typed description no longer matches the agreed values, or null when it agrees (or says
 * nothing checkable): a range whose numbers are not the condition's, or a list that leaves out
 * values the condition scores.
 */
export function descriptionDrift(criterion: Pick<Criterion, 'condition' | 'description'>, locale: string): string | null {
  const { condition } = criterion;
  const text = criterion.description.trim();
  if (!text) return null;
  if (condition.op === 'between') {
    const written = numbersIn(text);
    if (written.length === 0) return null;
    const agreed = [condition.min, condition.max];
    if (written.every((n) => agreed.includes(n)) && agreed.every((n) => written.includes(n))) return null;
    return `The description says ${written.map((n) => formatCount(n, locale)).join(' to ')}, but the criterion scores ${formatCount(condition.min, locale)} to ${formatCount(condition.max, locale)}.`;
  }
  if (condition.op === 'in') {
    // Only a description that names values as a whole list is checked: "A decision-maker" names
    // none, "gmail.com, outlook.com and the like" gives examples.
    if (EXAMPLES.test(text)) return null;
    const named = condition.values.filter((v) => lower(text).includes(lower(v)));
    if (named.length === 0 || named.length === condition.values.length) return null;
    const missing = condition.values.filter((v) => !named.includes(v));
    return `The description leaves out ${joinList(missing, 'and')}, which the criterion also scores.`;
  }
  return null;
}

/** Lead fields that the ideal-customer profile also speaks about, by the names CRMs give them. */
const SIZE_FIELDS = /^(employees|employee ?count|company ?size|number ?of ?employees|headcount)$/i;
const INDUSTRY_FIELDS = /^(industry|industries|sector|vertical)$/i;

export interface ProfileDrift {
  /** What the team would want to know, e.g. "Company size in range scores 200 to 5,000 employees; the ideal customer is 50 to 5,000." */
  message: string;
  /** The condition that follows the profile, offered on the board as a one-step fix. */
  follow: Condition;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.some((y) => lower(x) === lower(y)));

/** Where a size or industry criterion scores something other than the ideal customer the teams edited. */
export function profileDrift(criterion: Pick<Criterion, 'label' | 'condition' | 'category' | 'disqualifies'>, profile: LeadDefinition['idealCustomer'], locale: string): ProfileDrift | null {
  const { condition } = criterion;
  if (criterion.category !== 'Fit' || criterion.disqualifies) return null;
  if (condition.op === 'between' && SIZE_FIELDS.test(condition.field.trim())) {
    const { min, max } = profile.companySize;
    if (condition.min === min && condition.max === max) return null;
    return {
      message: `${criterion.label} scores ${formatCount(condition.min, locale)} to ${formatCount(condition.max, locale)} employees; the ideal customer is ${formatCount(min, locale)} to ${formatCount(max, locale)}.`,
      follow: { ...condition, min, max },
    };
  }
  if (condition.op === 'in' && INDUSTRY_FIELDS.test(condition.field.trim()) && profile.industries.length > 0) {
    if (sameSet(condition.values, profile.industries)) return null;
    return {
      message: `${criterion.label} scores ${joinList(condition.values)}; the ideal customer's industries are ${joinList(profile.industries, 'and')}.`,
      follow: { ...condition, values: [...profile.industries] },
    };
  }
  return null;
}
