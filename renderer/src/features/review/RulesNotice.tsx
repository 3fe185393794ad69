import type { AgreementVersion } from '../../../../shared/model/agreement';
import { rulesNotice } from '../../../../shared/rules/rules-version';

/**
 * Says when the rules behind a version's figures are not today's (shared/rules/rules-version.ts):
 * a version signed under older rules keeps what was signed, and the note says how today's rules
 * would read it; a draft from older rules is recomputed, and the note says what changed.
 */
export function RulesNotice({ version }: { version: Pick<AgreementVersion, 'content' | 'contentHash' | 'rulesVersion'> }) {
  const notice = rulesNotice(version);
  if (!notice) return null;
  return (
    <div className={`alert ${notice.kind === 'recomputed' ? 'alert-warning' : 'alert-info'}`} role="note" data-testid="rules-notice" data-kind={notice.kind}>
      <strong>{notice.heading}.</strong>
      {notice.sentences.map((sentence) => (
        <p key={sentence} style={{ margin: '0.25rem 0 0' }}>
          {sentence}
        </p>
      ))}
    </div>
  );
}
