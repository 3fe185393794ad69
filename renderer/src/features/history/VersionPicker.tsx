import type { AgreementVersion } from '../../../../shared/model/agreement';

const versionLabel = (v: AgreementVersion) => `v${v.version} · ${v.content.quarter} · ${v.status}`;

/** One side of the comparison: a labelled choice among the agreement's versions. */
export function VersionPicker({ id, label, versions, value, onChange }: { id: string; label: string; versions: AgreementVersion[]; value: string; onChange: (versionId: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {versionLabel(v)}
          </option>
        ))}
      </select>
    </div>
  );
}
