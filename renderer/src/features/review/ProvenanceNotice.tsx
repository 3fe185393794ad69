import type { CertificateInfo } from '../../../../shared/ipc/channels/pdf';
import { provenanceNotice, type Provenance } from '../../../../shared/rules/provenance';

/** Who sealed a kept original, in words: a certificate this computer knows, or one to compare with the sender. */
export function sealerSentence(sealer: CertificateInfo | null): string {
  if (!sealer) return '';
  const known = sealer.origin === 'unknown' ? 'a certificate this computer does not know yet: compare its fingerprint with the sender before relying on it' : sealer.origin === 'this-install' ? 'this computer' : 'your organisation’s certificate';
  return ` It was sealed by ${sealer.subject} (${known}).`;
}

/**
 * The line that says a version's signatures could not be verified here (or that it came from a
 * sealed PDF), in the app's words from shared/rules/provenance; nothing for witnessed or unsigned.
 */
export function ProvenanceNotice({ provenance, sealer }: { provenance: Provenance | null; sealer: CertificateInfo | null }) {
  const notice = provenance ? provenanceNotice(provenance) : null;
  if (!notice) return null;
  return (
    <div className={`alert ${provenance === 'unverified' ? 'alert-warning' : 'alert-info'}`} role="note" data-testid="provenance-notice" data-provenance={provenance}>
      <strong>{notice.title}.</strong> {notice.text}
      {provenance === 'sealed-original' && sealerSentence(sealer)}
    </div>
  );
}
