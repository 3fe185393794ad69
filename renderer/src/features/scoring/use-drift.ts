import { useMemo } from 'react';
import type { Condition, Criterion } from '../../../../shared/model/scoring';
import { descriptionDrift, profileDrift } from '../../../../shared/rules/scoring/explain-criterion';
import { useAgreementLocale } from '../../stores/agreement-locale';
import { useEditor } from '../../stores/editor';

/**
 * Where the card's typed words or the ideal customer no longer agree with what it scores: the
 * PDF prints the rule from the agreed values, so the team is told here before they sign.
 */
export function useDrift(c: Criterion | undefined): { messages: string[]; follow: Condition | null } {
  const locale = useAgreementLocale();
  const profile = useEditor((s) => s.version?.content.leadDefinition.idealCustomer);
  return useMemo(() => {
    if (!c) return { messages: [], follow: null };
    const words = descriptionDrift(c, locale);
    const fromProfile = profile ? profileDrift(c, profile, locale) : null;
    return { messages: [words, fromProfile?.message].filter((m): m is string => !!m), follow: fromProfile?.follow ?? null };
  }, [c, locale, profile]);
}
