import { DEFAULT_LOCALE } from '../../../shared/rules/numbers';
import { useEditor } from './editor';

/**
 * The open agreement's locale: how its number fields read what is typed ("12,5" in de-DE) and
 * write stored numbers back for editing (readDecimal / writeDecimal in shared/rules/numbers.ts).
 */
export function useAgreementLocale(): string {
  return useEditor((s) => s.version?.content.locale ?? DEFAULT_LOCALE);
}

/** The open agreement's currency and locale, for every amount on screen. */
export function useMoneyFormat() {
  const currency = useEditor((s) => s.version?.content.currency ?? 'USD');
  const locale = useEditor((s) => s.version?.content.locale ?? 'en-US');
  return { currency, locale };
}
