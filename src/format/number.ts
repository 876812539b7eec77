const MAX_CACHED = 64;
const numberFormatters = new Map<string, Intl.NumberFormat>();

/** A number in the locale's digits and separators. */
export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  try {
    const key = `${locale}|${options ? JSON.stringify(options) : ''}`;
    let formatter = numberFormatters.get(key);
    if (!formatter) {
      formatter = new Intl.NumberFormat(locale, options);
      if (numberFormatters.size >= MAX_CACHED) numberFormatters.clear();
      numberFormatters.set(key, formatter);
    }
    return formatter.format(value);
  } catch {
    return String(value);
  }
}
