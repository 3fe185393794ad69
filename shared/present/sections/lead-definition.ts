import type { AgreementContent } from '../../model/agreement';
import { formatCount, listOrDash } from '../../rules/format';
import { column, type Block, type Section } from '../document';

/** Section 2: the lifecycle stages, the ideal customer, the qualifiers and what sales-ready means. */
export function leadDefinitionSection(content: AgreementContent, number: number): Section {
  const d = content.leadDefinition;
  const ic = d.idealCustomer;
  const blocks: Block[] = [
    {
      kind: 'table',
      heading: 'Lifecycle stages',
      label: 'Lifecycle stages',
      columns: [column('Stage', 14), column('Entry criteria', 40), column('Owner', 12), column('Hand-off', 34)],
      rows: d.stages.map((st) => ({
        key: st.id,
        cells: [{ text: st.name }, { text: st.entryCriteria || '—' }, { text: st.owner, team: st.owner }, { text: st.handoffRule || '—' }],
      })),
    },
    {
      kind: 'facts',
      heading: 'Ideal customer',
      label: 'Ideal customer',
      items: [
        { label: 'Industries', text: listOrDash(ic.industries) },
        { label: 'Company size', text: `${formatCount(ic.companySize.min, content.locale)} – ${formatCount(ic.companySize.max, content.locale)} employees` },
        { label: 'Regions', text: listOrDash(ic.regions) },
        { label: 'Personas', text: listOrDash(ic.personas) },
      ],
    },
  ];
  if (d.qualifiers.length) {
    blocks.push({
      kind: 'table',
      heading: 'Qualifiers (BANT)',
      label: 'Qualifiers',
      columns: [column('Qualifier', 18), column('What we look for', 82)],
      rows: d.qualifiers.map((q) => ({ key: q.id, cells: [{ text: q.kind }, { text: q.text || '—' }] })),
    });
  }
  if (d.disqualifiers.length) blocks.push({ kind: 'list', heading: 'Disqualifiers', items: d.disqualifiers.map((x) => x.text) });
  if (d.salesReady) blocks.push({ kind: 'paragraph', heading: 'When a lead is sales-ready', text: d.salesReady, tone: 'quote' });
  return {
    id: 'lead-definition',
    number,
    title: 'Lead definition',
    intro: 'Both teams use these stages and words to mean the same thing. A lead moves forward only when it meets the entry criteria of the next stage.',
    blocks,
  };
}
