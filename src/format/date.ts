import { isIsoDate } from '../schemas/rules.js';

// formatNumber lives in number.ts (the badge needs it, not the dates); exported here too, as before.
export { formatNumber } from './number.js';

const DATE_OPTIONS: Record<'day' | 'month' | 'year', Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};
const MAX_CACHED = 64;
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl.DateTimeFormat costs milliseconds; a card shows many dates, so formatters are reused. */
function dateFormatter(locale: string, precision: keyof typeof DATE_OPTIONS): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, DATE_OPTIONS[precision]); // throws for a malformed locale: caught by the caller
    if (dateFormatters.size >= MAX_CACHED) dateFormatters.clear();
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats an ISO 8601 date of any precision for `locale`: "2024", "September 2024", "12 September 2024".
 * An invalid date comes back as written, never "Invalid Date".
 */
export function formatIsoDate(iso: string, locale: string): string {
  if (!isIsoDate(iso)) return iso;
  const [datePart = ''] = iso.split('T');
  const [y, m, d] = datePart.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  // Years before 100 would be read as 19xx by Date.UTC.
  date.setUTCFullYear(y!);
  const precision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
  try {
    const formatted = dateFormatter(locale, precision).format(date);
    // Cards show dates to the day: the time and its offset ("14:30 +02:00") are kept in the `datetime`
    // attribute, not printed; the day is the one written, whatever the reader's time zone.
    return formatted;
  } catch {
    return iso;
  }
}
