import { z } from 'zod';
import { SampleLeadSchema, type SampleLead } from '../../model/scoring';

/**
 * Leads typed outside the app (a CRM export) turned into the sample-lead shape the scorer reads.
 *
 * Table rows (e.g. CSV): `name` is required; `id`, `daysSinceActivity` and `outcome` are
 * optional; a column `event:<name>` holds how often the lead did that event; every other column
 * is a lead field. A field that reads as a plain number becomes a number. Empty cells are skipped.
 */

const EVENT_PREFIX = 'event:';
const RESERVED = new Set(['name', 'id', 'daysSinceActivity', 'outcome']);

const isPlainNumber = (text: string) => /^-?\d+(\.\d+)?$/.test(text.replace(/,/g, ''));

/** One table row as a lead; throws a sentence naming the row when it is not usable. */
export function leadFromRow(row: Readonly<Record<string, string | undefined>>, rowNumber: number): SampleLead {
  const fields: Record<string, string | number> = {};
  const events: Record<string, number> = {};
  for (const [rawKey, rawValue] of Object.entries(row)) {
    const key = rawKey.trim();
    const value = (rawValue ?? '').trim();
    if (value === '' || RESERVED.has(key)) continue;
    if (key.toLowerCase().startsWith(EVENT_PREFIX)) {
      const count = Number(value);
      if (!Number.isInteger(count) || count < 0) throw new Error(`Row ${rowNumber}: the count for ${key} must be a whole number of zero or more, not “${value}”`);
      events[key.slice(EVENT_PREFIX.length).trim()] = count;
    } else {
      fields[key] = isPlainNumber(value) ? Number(value.replace(/,/g, '')) : value;
    }
  }
  const days = (row.daysSinceActivity ?? '').trim();
  const candidate = {
    id: (row.id ?? '').trim() || `row-${rowNumber}`,
    name: (row.name ?? '').trim(),
    fields,
    events,
    daysSinceActivity: days === '' ? 0 : Number(days),
    outcome: (row.outcome ?? '').trim() || 'open',
  };
  return parseLead(candidate, `Row ${rowNumber}`);
}

function parseLead(candidate: unknown, where: string): SampleLead {
  const parsed = SampleLeadSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  throw new Error(`${where}${path}: ${issue.message}`);
}

/** A JSON leads file: an array of leads, or `{ "leads": [...] }`. Missing ids become `lead-<n>`. */
export function leadsFromJson(json: unknown): SampleLead[] {
  const list = Array.isArray(json) ? json : z.object({ leads: z.array(z.unknown()) }).safeParse(json).data?.leads;
  if (!list) throw new Error('A leads JSON file must be an array of leads or an object with a "leads" array');
  return list.map((item, i) => parseLead(item && typeof item === 'object' && !('id' in item) ? { ...item, id: `lead-${i + 1}` } : item, `Lead ${i + 1}`));
}
