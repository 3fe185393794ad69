import type { z } from 'zod';
import { AgreementContentSchema, type AgreementContent } from '../../../shared/model/agreement';
import { WorkshopSchema, type Workshop } from '../../../shared/model/workshop';
import { withDerivedFields } from '../../../shared/rules/derived-fields';
import { FROZEN_MESSAGE, isFrozen } from '../../../shared/rules/frozen';
import { funnelInputProblem } from '../../../shared/rules/goals/funnel';
import { notify } from '../ui/toast';
import { NO_WORKSHOP_MESSAGE, useEditor, type Capture } from './editor';

/**
 * The one way a screen changes the open workshop: `edit(section, mutate, { capture })`.
 *
 * A section is one part of the agreement content (goals, commitments, scoring, a header field…)
 * or of the workshop's own state (consents, maturity, rankings, parking lot). The command reads
 * the section, applies `mutate` once, and saves the result only when the version is not frozen,
 * the section still passes its rule and its shared zod schema, and so do the fields that follow
 * it (shared/rules/derived-fields.ts: the MQL commitment follows the goals). A refusal changes
 * nothing, is shown here as one toast, and comes back as `{ ok: false, message }` for a field that
 * also shows it inline. This module (and zod with it) loads with the workshop screens, not at start.
 */

export type { Capture } from './editor';

type ContentSection = keyof AgreementContent;
type WorkshopSection = 'consents' | 'parkingLot' | 'maturity' | 'rankings';
export type Section = ContentSection | WorkshopSection;
export type SectionValue<S extends Section> = S extends ContentSection ? AgreementContent[S] : S extends WorkshopSection ? Workshop[S] : never;

export interface EditOptions {
  /** How the edit enters the undo history; one undo step unless said otherwise. */
  capture?: Capture;
}

export type EditResult = { ok: true } | { ok: false; message: string };

const OK: EditResult = { ok: true };

const WORKSHOP_SECTIONS: Record<WorkshopSection, z.ZodType> = {
  consents: WorkshopSchema.shape.consents,
  parkingLot: WorkshopSchema.shape.parkingLot,
  maturity: WorkshopSchema.shape.maturity,
  rankings: WorkshopSchema.shape.rankings,
};

/** Rules a section must keep beyond its schema, with the message people can act on. */
const SECTION_RULES: Partial<{ [S in ContentSection]: (value: AgreementContent[S]) => string | null }> = {
  // The funnel explains a 0 % rate better than the schema's "must be above 0 %".
  goals: funnelInputProblem,
};

const isWorkshopSection = (section: Section): section is WorkshopSection => section in WORKSHOP_SECTIONS;

function schemaOf(section: Section): z.ZodType {
  return isWorkshopSection(section) ? WORKSHOP_SECTIONS[section] : AgreementContentSchema.shape[section];
}

/** Why a section's value cannot be saved, or null. */
function problemOf(section: Section, value: unknown): string | null {
  const rule = isWorkshopSection(section) ? undefined : (SECTION_RULES[section] as ((v: unknown) => string | null) | undefined);
  const broken = rule?.(value);
  if (broken) return broken;
  const parsed = schemaOf(section).safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'This change is not valid');
}

function editContentSection(section: ContentSection, mutate: (value: never) => unknown, capture: Capture): EditResult {
  const { version, editContent } = useEditor.getState();
  if (!version) return { ok: false, message: NO_WORKSHOP_MESSAGE };
  if (isFrozen(version)) return { ok: false, message: FROZEN_MESSAGE };
  const before = version.content;
  const value = mutate(before[section] as never);
  if (value === before[section]) return OK;
  const problem = problemOf(section, value);
  if (problem) return { ok: false, message: problem };
  const after = withDerivedFields(before, { ...before, [section]: value });
  // The fields that followed must still pass their schemas too.
  for (const key of Object.keys(after) as ContentSection[]) {
    const followed = key !== section && after[key] !== before[key] ? problemOf(key, after[key]) : null;
    if (followed) return { ok: false, message: followed };
  }
  const refused = editContent(() => after, capture);
  return refused ? { ok: false, message: refused } : OK;
}

function editWorkshopSection(section: WorkshopSection, mutate: (value: never) => unknown, capture: Capture): EditResult {
  const { workshop, editWorkshop } = useEditor.getState();
  if (!workshop) return { ok: false, message: NO_WORKSHOP_MESSAGE };
  const value = mutate(workshop[section] as never);
  // A change the rules refuse comes back unchanged (a rating after submitting): nothing to save.
  if (value === workshop[section]) return OK;
  const problem = problemOf(section, value);
  if (problem) return { ok: false, message: problem };
  editWorkshop((w) => ({ ...w, [section]: value }), capture);
  return OK;
}

/**
 * One user action on one section of the open workshop. Returns `{ ok: true }` once saved (or when
 * `mutate` changed nothing), `{ ok: false, message }` when refused; a refusal is toasted here.
 */
export function edit<S extends Section>(section: S, mutate: (value: SectionValue<S>) => SectionValue<S>, options: EditOptions = {}): EditResult {
  const capture = options.capture ?? 'step';
  const change = mutate as (value: never) => unknown;
  const result = isWorkshopSection(section) ? editWorkshopSection(section, change, capture) : editContentSection(section as ContentSection, change, capture);
  if (!result.ok) notify.error(result.message);
  return result;
}

/** The refusal's message for a field that shows it inline (the toast is already up), or null. */
export const refusalOf = (result: EditResult): string | null => (result.ok ? null : result.message);

/** `{ capture: { coalesce: key } }`: typing in one field within a second is one undo step. */
export const coalesce = (key: string): EditOptions => ({ capture: { coalesce: key } });
