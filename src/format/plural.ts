// Plural forms of the interface strings, apart from strings.ts so that a page with only badges (which has
// none) does not load them.
import { fill, type Plural } from './strings.js';

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * A count's form of a plural string for a locale, with `{count}` filled in (the count formatted for the
 * locale too): `plural(strings.showAllClaims, 13, 'uk')` is "Показати всі 13 тверджень".
 */
export function plural(template: Plural, count: number, locale: string, formatted: string = count.toLocaleString(locale)): string {
  if (typeof template === 'string') return fill(template, { count: formatted });
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  return fill(template[rules.select(count)] ?? template.other, { count: formatted });
}
