/**
 * Dates and times as people read them, in the computer's own locale and time zone (never a fixed
 * US format): "7 Dec 2026, 14:05" in en-GB, "Dec 7, 2026, 2:05 PM" in en-US.
 */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));
export const formatDate = (iso: string): string => dateOnly.format(new Date(iso));
