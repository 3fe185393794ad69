import { useEffect, useState } from 'react';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import { beginSigning, type SigningSession } from '../../db/repositories/signing';
import { saveDraftContent } from '../../db/repositories/workshops';
import { isFrozen } from '../../../../shared/rules/frozen';

/**
 * The hash a signer sees must be the hash of what is stored, so a draft is written first (the
 * autosave may still be waiting) and the session is then read back from the database.
 */
export function useSigningSession(version: AgreementVersion): { session: SigningSession | null; problem: string | null } {
  const [state, setState] = useState<{ session: SigningSession | null; problem: string | null }>({ session: null, problem: null });
  useEffect(() => {
    let cancelled = false;
    const prepare = async () => {
      if (!isFrozen(version)) await saveDraftContent(version.id, version.content);
      return beginSigning(version.id);
    };
    prepare().then(
      (session) => !cancelled && setState({ session, problem: null }),
      (error: Error) => !cancelled && setState({ session: null, problem: error.message }),
    );
    return () => {
      cancelled = true;
    };
  }, [version]);
  return state;
}
