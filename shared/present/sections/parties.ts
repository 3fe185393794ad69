import type { AgreementContent } from '../../model/agreement';
import { column, type Section } from '../document';

/** Section 1: who agrees, for which organisation and quarter, and who took part. */
export function partiesSection(content: AgreementContent, number: number): Section {
  const people = [...content.participants].sort((a, b) => a.team.localeCompare(b.team) || a.name.localeCompare(b.name));
  return {
    id: 'parties',
    number,
    title: 'Parties and participants',
    intro: `This agreement is made between the marketing and sales teams of ${content.organisation} for ${content.quarter}. The people below took part in the workshop that produced it.`,
    blocks: [
      {
        kind: 'table',
        label: 'Participants in the agreement',
        columns: [column('Name', 24), column('Team', 14), column('Title', 28), column('E-mail', 34)],
        rows: people.map((p) => ({
          key: p.id,
          cells: [{ text: p.name }, { text: p.team, team: p.team }, { text: p.title || '—' }, { text: p.email || '—' }],
        })),
      },
      ...(content.facilitator ? [{ kind: 'paragraph' as const, tone: 'small' as const, text: `Facilitated by ${content.facilitator}.` }] : []),
    ],
  };
}
