import { useEffect, useState } from 'react';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { CertificateInfo } from '../../../../shared/ipc/channels/pdf';
import { provenanceItem, type Provenance } from '../../../../shared/rules/provenance';
import { bridge } from '../../bridge';

export interface ProvenanceState {
  /** null while the main process is checking the receipts and kept originals. */
  provenance: Provenance | null;
  /** Who sealed the kept original, for 'sealed-original'. */
  sealer: CertificateInfo | null;
  problem: string | null;
}

/**
 * Whether this install can vouch for a version's signatures: witnessed here, kept as an original
 * sealed PDF, or imported and not verified. A version without signatures needs no question.
 */
export function useProvenance(version: AgreementVersion | null): ProvenanceState {
  const [state, setState] = useState<ProvenanceState & { key: string | null }>({ key: null, provenance: null, sealer: null, problem: null });
  const signed = version !== null && version.signatures.length > 0;
  // The question changes only with what the answer depends on, not with every new version object.
  const key = signed ? `${version.id}:${version.contentHash}:${version.signatures.map((s) => `${s.id}/${s.receipt?.signature.slice(0, 12) ?? '-'}`).join(',')}` : null;
  useEffect(() => {
    if (!key || !version) return;
    let cancelled = false;
    bridge.provenance({ items: [provenanceItem(version)] }).then(
      (result) => {
        if (cancelled) return;
        if (result.ok) setState({ key, provenance: result.data.items[0].provenance, sealer: result.data.items[0].sealer, problem: null });
        else setState({ key, provenance: null, sealer: null, problem: result.error.message });
      },
      (error: Error) => !cancelled && setState({ key, provenance: null, sealer: null, problem: error.message }),
    );
    return () => {
      cancelled = true;
    };
    // `key` stands for the parts of `version` the answer depends on.
  }, [key]);
  if (!signed) return { provenance: 'unsigned', sealer: null, problem: null };
  return state.key === key ? { provenance: state.provenance, sealer: state.sealer, problem: state.problem } : { provenance: null, sealer: null, problem: null };
}
