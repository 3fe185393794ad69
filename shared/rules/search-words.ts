import type { AgreementVersion } from '../model/agreement';

/** The words a library search matches on: title, organisation, quarter, participants and criteria. */
export function searchWords(version: Pick<AgreementVersion, 'content'>): string[] {
  const c = version.content;
  const text = [
    c.title,
    c.organisation,
    c.quarter,
    c.facilitator,
    ...c.participants.flatMap((p) => [p.name, p.title, p.team]),
    ...c.scoring.criteria.map((k) => k.label),
  ].join(' ');
  const words = new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );
  return [...words];
}

/** Splits what a person typed into lower-case search terms. */
export function searchTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}
