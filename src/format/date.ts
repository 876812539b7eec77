import { isIsoDate } from '../schemas/common.js';

/**
 * Formats an ISO 8601 date of any precision for `locale`: "2024", "September 2024", "12 September 2024".
 * An invalid date comes back as written, never "Invalid Date".
 */
export function formatIsoDate(iso: string, locale: string): string {
  if (!isIsoDate(iso)) return iso;
  const [datePart = '', timePart] = iso.split('T');
  const [y, m, d] = datePart.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  // Years before 100 would be read as 19xx by Date.UTC.
  date.setUTCFullYear(y!);
  const options: Intl.DateTimeFormatOptions =
    d !== undefined
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : m !== undefined
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  try {
    const formatted = new Intl.DateTimeFormat(locale, options).format(date);
    return timePart ? `${formatted}, ${timePart.replace(/(\d{2}:\d{2}).*?(Z|[+-]\d{2}:?\d{2})?$/, '$1 $2').trim()}` : formatted;
  } catch {
    return iso;
  }
}

/** A number in the locale's digits and separators. */
export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  try {
    return new Intl.NumberFormat(locale, options).format(value);
  } catch {
    return String(value);
  }
}
