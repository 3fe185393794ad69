import type { AgreementVersion } from '../../../../shared/model/agreement';
import { countChanges, diffVersions, type Change } from '../../../../shared/rules/diff';

const KIND_LABEL: Record<Change['kind'], string> = { added: 'Added', removed: 'Removed', changed: 'Changed' };

function Cell({ text, className }: { text: string | undefined; className: string }) {
  return <td className={text ? className : 'diff-empty'}>{text ?? '—'}</td>;
}

/** The changes between two versions, section by section, the older on the left. */
export function DiffView({ before, after }: { before: AgreementVersion; after: AgreementVersion }) {
  const diff = diffVersions(before.content, after.content);
  const total = countChanges(diff);
  if (total === 0) return <p className="alert alert-info">v{before.version} and v{after.version} are identical.</p>;
  return (
    <div className="stack" aria-label={`Changes from version ${before.version} to version ${after.version}`}>
      <p className="muted" data-testid="diff-summary">
        {total} change{total === 1 ? '' : 's'} from v{before.version} ({before.content.quarter}) to v{after.version} ({after.content.quarter}).
      </p>
      {diff.sections.map((section) => (
        <section key={section.section} className="card diff-section">
          <h2>{section.section}</h2>
          <table className="diff-table">
            <colgroup>
              <col className="diff-what" />
              <col />
              <col />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">v{before.version} (before)</th>
                <th scope="col">v{after.version} (after)</th>
              </tr>
            </thead>
            <tbody>
              {section.changes.map((change, index) => (
                <tr key={index}>
                  <th scope="row" style={{ textTransform: 'none', fontSize: 15, color: 'var(--text)', fontWeight: 500 }}>
                    <span className="diff-kind">{KIND_LABEL[change.kind]}</span>
                    {change.label}
                  </th>
                  <Cell text={change.before} className="diff-before" />
                  <Cell text={change.after} className="diff-after" />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
