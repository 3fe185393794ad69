
/** North American readers expect Letter; everyone else A4. */
export function pageSizeFor(locale: string): 'LETTER' | 'A4' {
  return /^en-(US|CA)\b/i.test(locale) ? 'LETTER' : 'A4';
}

/** IANA names that only mean UTC (Linux machines often report "Etc/UTC"), unlike "Europe/London". */
const UTC_ALIAS = /^(Etc\/)?(UTC|UCT|Universal|Zulu|Greenwich|GMT([+-]?0)?)$/i;

/**
 * A moment shown in the time zone it happened in, with the zone spelt out, e.g.
 * "Jan 14, 2027, 10:32 AM EST (America/New_York)". An unknown zone falls back to UTC, said so.
 */
export function momentInZone(iso: string, timeZone: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    // dateStyle cannot be combined with timeZoneName, so the parts are spelt out.
    const text = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(date);
    // "… UTC (UTC)" or "… UTC (Etc/UTC)" says the same thing twice: name the zone only when the short name does not.
    const saysItAlready = text.endsWith(` ${timeZone}`) || (UTC_ALIAS.test(timeZone) && text.endsWith(' UTC'));
    return saysItAlready ? text : `${text} (${timeZone})`;
  } catch {
    return `${date.toISOString().replace('T', ' ').slice(0, 16)} UTC`;
  }
}

/** Long hex strings in groups of eight so a person can compare them by eye. */
export function groupedHex(hex: string, group = 8): string {
  return (hex.match(new RegExp(`.{1,${group}}`, 'g')) ?? []).join(' ');
}

/**
 * Gives very long unbroken tokens places to wrap so they never run out of a table cell (the fonts
 * never hyphenate). Hex runs such as a SHA-256 go first, into groups of 16, so punctuation around a
 * hash ("(… hash)") stays attached to it instead of becoming a group of its own.
 */
export function softWrap(text: string, longest = 28): string {
  return text
    .replace(/[0-9a-f]{32,}/gi, (hex) => groupedHex(hex, 16))
    .replace(new RegExp(`\\S{${longest + 1},}`, 'g'), (token) => groupedHex(token, 16));
}
