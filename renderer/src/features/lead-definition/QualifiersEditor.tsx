import { DisqualifierSchema, QualifierSchema, type LeadDefinition } from '../../../../shared/model/lead-definition';
import { newId } from '../../../../shared/rules/ids';
import { coalesce, edit } from '../../stores/edit';
import { TextField } from './TextField';
import { TagInput } from './TagInput';

type Qualifier = LeadDefinition['qualifiers'][number];
const BANT: Qualifier['kind'][] = ['Budget', 'Authority', 'Need', 'Timeline'];
const BANT_HINT: Record<Qualifier['kind'], string> = {
  Budget: 'e.g. Has a budget line for this quarter or next',
  Authority: 'e.g. Decides or directly influences the purchase',
  Need: 'e.g. Named a problem we solve',
  Timeline: 'e.g. Plans to buy within six months',
};

/** Saves one BANT line, creating it the first time that kind is written. */
function setQualifier(kind: Qualifier['kind'], text: string) {
  edit('leadDefinition', (lead) => {
    const exists = lead.qualifiers.some((q) => q.kind === kind);
    const qualifiers = exists ? lead.qualifiers.map((q) => (q.kind === kind ? { ...q, text } : q)) : [...lead.qualifiers, { id: newId(), kind, text }];
    return { ...lead, qualifiers };
  }, coalesce(`qualifier.${kind}`));
}

export function QualifiersEditor({ qualifiers }: { qualifiers: Qualifier[] }) {
  return (
    <section className="card stack" aria-labelledby="bant-heading">
      <h2 id="bant-heading">Qualifiers (BANT)</h2>
      <div className="grid-2">
        {BANT.map((kind) => (
          <TextField
            key={kind}
            label={kind}
            stored={qualifiers.find((q) => q.kind === kind)?.text ?? ''}
            schema={QualifierSchema.shape.text}
            commit={(text) => setQualifier(kind, text)}
            hint={BANT_HINT[kind]}
            multiline
            rows={2}
          />
        ))}
      </div>
    </section>
  );
}

/** Disqualifiers are short phrases: a tag list keeps them quick to add and remove. */
export function DisqualifiersEditor({ disqualifiers }: { disqualifiers: LeadDefinition['disqualifiers'] }) {
  const onChange = (texts: string[]) =>
    edit('leadDefinition', (lead) => ({
      ...lead,
      // Keep ids of phrases that stay, so other sections referring to them do not break.
      disqualifiers: texts.map((text) => lead.disqualifiers.find((d) => d.text === text) ?? DisqualifierSchema.parse({ id: newId(), text })),
    }));
  return (
    <section className="card stack" aria-labelledby="disq-heading">
      <h2 id="disq-heading">Disqualifiers</h2>
      <TagInput label="Disqualifying signals" tags={disqualifiers.map((d) => d.text)} onChange={onChange} placeholder="e.g. Personal e-mail domain" />
    </section>
  );
}
