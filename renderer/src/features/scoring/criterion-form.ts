import { CriterionSchema, type Category, type Condition, type Criterion, type Tier } from '../../../../shared/model/scoring';
import { readDecimal, writeDecimal } from '../../../../shared/rules/numbers';

/** What the criterion form holds while someone types: text everywhere, parsed on save. */
export interface CriterionDraft {
  label: string;
  category: Category;
  description: string;
  tier: Tier;
  op: Condition['op'];
  field: string;
  value: string;
  /** Comma-separated list for the "in" condition. */
  values: string;
  min: string;
  max: string;
  repeat: 'once' | 'each';
  maxCount: string;
  disqualifies: boolean;
  pinned: boolean;
  pinnedPoints: string;
}

export const OP_LABELS: Record<Condition['op'], string> = {
  contains: 'contains',
  equals: 'equals',
  in: 'is one of',
  between: 'is between',
  event: 'did the event',
};

export const EMPTY_DRAFT: CriterionDraft = {
  label: '',
  category: 'Engagement',
  description: '',
  tier: 'Moderate',
  op: 'event',
  field: '',
  value: '',
  values: '',
  min: '',
  max: '',
  repeat: 'once',
  maxCount: '1',
  disqualifies: false,
  pinned: false,
  pinnedPoints: '',
};

/** The card as form text; numbers are written the agreement's way (`locale`), so they read back the same. */
export function draftOf(c: Criterion, locale?: string): CriterionDraft {
  const cond = c.condition;
  return {
    ...EMPTY_DRAFT,
    label: c.label,
    category: c.category,
    description: c.description,
    tier: c.tier,
    op: cond.op,
    field: cond.op === 'event' ? '' : cond.field,
    value: cond.op === 'contains' || cond.op === 'equals' || cond.op === 'event' ? cond.value : '',
    values: cond.op === 'in' ? cond.values.join(', ') : '',
    min: cond.op === 'between' ? writeDecimal(cond.min, locale) : '',
    max: cond.op === 'between' ? writeDecimal(cond.max, locale) : '',
    repeat: cond.op === 'event' ? cond.repeat : 'once',
    maxCount: cond.op === 'event' ? String(cond.maxCount) : '1',
    disqualifies: c.disqualifies,
    pinned: c.pinnedPoints !== null,
    pinnedPoints: c.pinnedPoints === null ? '' : String(c.pinnedPoints),
  };
}

/**
 * A plain decimal number in the agreement's locale (shared/rules/numbers.ts). Empty or not a
 * number ("0x10", "1e3") becomes NaN so the schema says "must be a number" instead of silently using 0.
 */
const numIn = (locale: string | undefined) => (text: string): number => readDecimal(text, locale) ?? Number.NaN;

function conditionOf(d: CriterionDraft, num: (text: string) => number): unknown {
  switch (d.op) {
    case 'contains':
    case 'equals':
      return { op: d.op, field: d.field, value: d.value };
    case 'in':
      return { op: 'in', field: d.field, values: d.values.split(',').map((v) => v.trim()).filter(Boolean) };
    case 'between':
      return { op: 'between', field: d.field, min: num(d.min), max: num(d.max) };
    case 'event':
      return { op: 'event', field: 'events', value: d.value, repeat: d.repeat, maxCount: d.repeat === 'each' ? num(d.maxCount) : 1 };
  }
}

/** Form keys the errors attach to, so each message shows under the control that caused it. */
const ERROR_KEYS: Record<string, string> = {
  'condition.values': 'values',
  'condition.value': 'value',
  'condition.field': 'field',
  'condition.min': 'min',
  'condition.max': 'max',
  'condition.maxCount': 'maxCount',
  pinnedPoints: 'pinnedPoints',
};

export type DraftResult = { ok: true; criterion: Criterion } | { ok: false; errors: Record<string, string> };

/**
 * Validates the draft with CriterionSchema; `base` supplies id and order (kept from the card being
 * edited). Numbers are read in `locale` (the agreement's); without one the decimal mark is guessed.
 */
export function criterionFromDraft(d: CriterionDraft, base: Pick<Criterion, 'id' | 'order'>, locale?: string): DraftResult {
  const num = numIn(locale);
  const parsed = CriterionSchema.safeParse({
    id: base.id,
    order: base.order,
    label: d.label,
    category: d.category,
    description: d.description,
    tier: d.tier,
    condition: conditionOf(d, num),
    disqualifies: d.disqualifies,
    pinnedPoints: d.pinned ? num(d.pinnedPoints) : null,
  });
  if (parsed.success) return { ok: true, criterion: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    const key = ERROR_KEYS[path] ?? (path.startsWith('condition') ? 'value' : path.split('.')[0] || 'label');
    errors[key] ??= friendlyMessage(key, issue.code, issue.message);
  }
  return { ok: false, errors };
}

/** The schema's number checks speak zod; these say the same in a sentence a facilitator can act on. */
function friendlyMessage(key: string, code: string, message: string): string {
  if (key === 'pinnedPoints' && code === 'invalid_type') return 'Points must be a number between −100 and 100';
  if (key === 'maxCount') return 'The event can count from 1 to 100 times';
  if ((key === 'min' || key === 'max') && code === 'invalid_type') return 'Enter a number';
  return message;
}

/** A short human reading of a condition for card tooltips and the rankings list. */
export function conditionSummary(cond: Condition): string {
  switch (cond.op) {
    case 'contains':
      return `${cond.field} contains “${cond.value}”`;
    case 'equals':
      return `${cond.field} equals “${cond.value}”`;
    case 'in':
      return `${cond.field} is ${cond.values.join(', ')}`;
    case 'between':
      return `${cond.field} between ${cond.min.toLocaleString('en-US')} and ${cond.max.toLocaleString('en-US')}`;
    case 'event':
      return cond.repeat === 'each' ? `event “${cond.value}”, each time (max ${cond.maxCount})` : `event “${cond.value}”, once`;
  }
}
