import { useState } from 'react';
import { ParticipantListSchema, ParticipantSchema, type Participant } from '../../../../shared/model/participants';
import { TEAMS, type Team } from '../../../../shared/model/team';
import { newId } from '../../../../shared/rules/ids';
import { edit } from '../../stores/edit';
import { useEditor } from '../../stores/editor';
import { Field } from '../../ui/Field';
import { fieldErrors } from '../../ui/form-errors';
import { notify } from '../../ui/toast';
import { ContextForm } from './ContextForm';

const emptyDraft = { name: '', team: 'Marketing' as Team, title: '', email: '' };

export default function ParticipantsStep() {
  const participants = useEditor((s) => s.version?.content.participants ?? []);
  return (
    <div className="stack" style={{ gap: 'var(--space-5)' }}>
      <ContextForm />
      <section className="card stack" aria-labelledby="participants-heading">
        <h2 id="participants-heading">Participants ({participants.length})</h2>
        <ParticipantTable participants={participants} />
        <AddParticipantForm participants={participants} />
      </section>
    </div>
  );
}

function ParticipantTable({ participants }: { participants: Participant[] }) {
  if (participants.length === 0) return <p className="muted">No one yet. Add at least one person from marketing and one from sales: both sign the agreement.</p>;
  const remove = (p: Participant) => {
    if (edit('participants', (list) => list.filter((x) => x.id !== p.id)).ok) notify.info(`${p.name} removed. Press Ctrl+Z to undo.`);
  };
  return (
    <table className="data" aria-label="Participants">
      <thead>
        <tr>
          <th>Name</th>
          <th>Team</th>
          <th>Title</th>
          <th>E-mail</th>
          <th>
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {participants.map((p) => (
          <tr key={p.id}>
            <td>{p.name}</td>
            <td className={`team-${p.team}`}>{p.team}</td>
            <td>{p.title}</td>
            <td>{p.email}</td>
            <td>
              <button className="btn btn-small btn-ghost" onClick={() => remove(p)} aria-label={`Remove ${p.name}`}>
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AddParticipantForm({ participants }: { participants: Participant[] }) {
  const [draft, setDraft] = useState(emptyDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof typeof emptyDraft) => (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value });

  const add = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = ParticipantSchema.safeParse({ ...draft, id: newId() });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    const list = ParticipantListSchema.safeParse([...participants, parsed.data]);
    if (!list.success) return setErrors({ name: list.error.issues[0].message });
    if (!edit('participants', () => list.data).ok) return;
    setErrors({});
    setDraft({ ...emptyDraft, team: draft.team });
  };

  return (
    <form onSubmit={add} noValidate aria-label="Add participant" className="stack">
      <h3>Add a participant</h3>
      <div className="row" style={{ alignItems: 'flex-start' }}>
        <Field label="Name" error={errors.name}>
          {(p) => <input {...p} value={draft.name} onChange={set('name')} />}
        </Field>
        <Field label="Team" error={errors.team}>
          {(p) => (
            <select {...p} value={draft.team} onChange={set('team')}>
              {TEAMS.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Job title" error={errors.title}>
          {(p) => <input {...p} value={draft.title} onChange={set('title')} />}
        </Field>
        <Field label="E-mail (optional)" error={errors.email}>
          {(p) => <input {...p} type="email" value={draft.email} onChange={set('email')} />}
        </Field>
      </div>
      <div>
        <button className="btn btn-primary" type="submit">
          Add participant
        </button>
      </div>
    </form>
  );
}
