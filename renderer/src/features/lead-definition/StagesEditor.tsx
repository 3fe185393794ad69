import { LifecycleStageSchema, type LifecycleStage } from '../../../../shared/model/lead-definition';
import { TEAMS, type Team } from '../../../../shared/model/team';
import { newId } from '../../../../shared/rules/ids';
import { useValidatedField } from '../../ui/useValidatedField';
import { coalesce, edit, type EditOptions } from '../../stores/edit';

const MAX_STAGES = 20;

function editStage(id: string, change: Partial<LifecycleStage>, options?: EditOptions): void {
  edit('leadDefinition', (lead) => ({ ...lead, stages: lead.stages.map((s) => (s.id === id ? { ...s, ...change } : s)) }), options);
}

function moveItem<T>(list: T[], index: number, offset: -1 | 1): T[] {
  const target = index + offset;
  if (target < 0 || target >= list.length) return list;
  const next = [...list];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** Lifecycle stages in order, each with entry criteria, an owner and the hand-off rule. */
export function StagesEditor({ stages }: { stages: LifecycleStage[] }) {
  const add = () =>
    edit('leadDefinition', (lead) => ({ ...lead, stages: [...lead.stages, { id: newId(), name: `Stage ${lead.stages.length + 1}`, entryCriteria: '', owner: 'Sales', handoffRule: '' }] }));
  return (
    <section className="card stack" aria-labelledby="stages-heading">
      <h2 id="stages-heading">Lifecycle stages</h2>
      <table className="data stages-table" aria-label="Lifecycle stages">
        <thead>
          <tr>
            <th style={{ width: 170 }}>Stage</th>
            <th style={{ width: 140 }}>Owner</th>
            <th>Entry criteria</th>
            <th>Hand-off rule</th>
            <th style={{ width: 120 }}>
              <span className="sr-only">Order and remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage, index) => (
            <StageRow key={stage.id} stage={stage} index={index} count={stages.length} />
          ))}
        </tbody>
      </table>
      <div>
        <button className="btn" onClick={add} disabled={stages.length >= MAX_STAGES}>
          + Add stage
        </button>
      </div>
    </section>
  );
}

function StageRow({ stage, index, count }: { stage: LifecycleStage; index: number; count: number }) {
  const name = useValidatedField(stage.name, LifecycleStageSchema.shape.name, (value) => editStage(stage.id, { name: value }, coalesce(`stage.${stage.id}.name`)));
  const entry = useValidatedField(stage.entryCriteria, LifecycleStageSchema.shape.entryCriteria, (value) => editStage(stage.id, { entryCriteria: value }, coalesce(`stage.${stage.id}.entry`)));
  const handoff = useValidatedField(stage.handoffRule, LifecycleStageSchema.shape.handoffRule, (value) => editStage(stage.id, { handoffRule: value }, coalesce(`stage.${stage.id}.handoff`)));
  const label = stage.name || `Stage ${index + 1}`;
  const move = (offset: -1 | 1) => edit('leadDefinition', (lead) => ({ ...lead, stages: moveItem(lead.stages, index, offset) }));
  const remove = () => edit('leadDefinition', (lead) => ({ ...lead, stages: lead.stages.filter((s) => s.id !== stage.id) }));
  return (
    <tr>
      <td>
        <input className="cell-input" aria-label={`Stage ${index + 1} name`} value={name.value} onChange={name.onChange} aria-invalid={Boolean(name.error)} />
        {name.error && (
          <span className="field-error" role="alert">
            {name.error}
          </span>
        )}
      </td>
      <td>
        <select className="cell-input" aria-label={`${label} owner`} value={stage.owner} onChange={(e) => editStage(stage.id, { owner: e.target.value as Team })}>
          {TEAMS.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </td>
      <td>
        <textarea className="cell-input" rows={2} aria-label={`${label} entry criteria`} value={entry.value} onChange={entry.onChange} />
        {entry.error && <span className="field-error">{entry.error}</span>}
      </td>
      <td>
        <textarea className="cell-input" rows={2} aria-label={`${label} hand-off rule`} value={handoff.value} onChange={handoff.onChange} />
        {handoff.error && <span className="field-error">{handoff.error}</span>}
      </td>
      <td className="stage-actions">
        <button className="btn btn-small btn-ghost" onClick={() => move(-1)} disabled={index === 0} aria-label={`Move ${label} up`}>
          ↑
        </button>
        <button className="btn btn-small btn-ghost" onClick={() => move(1)} disabled={index === count - 1} aria-label={`Move ${label} down`}>
          ↓
        </button>
        <button className="btn btn-small btn-ghost" onClick={remove} disabled={count <= 1} aria-label={`Remove ${label}`} title={count <= 1 ? 'Keep at least one lifecycle stage' : undefined}>
          ✕
        </button>
      </td>
    </tr>
  );
}
