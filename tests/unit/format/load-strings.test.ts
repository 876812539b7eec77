import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENGLISH, stringsFor } from '../../../src/format/english.js';
import { registerStrings, type UiStrings } from '../../../src/format/strings.js';
import { loadStrings, setStringsLoader } from '../../../src/format/load-strings.js';
import { strings as uk } from '../../../src/locales/uk.js';
import { strings as de } from '../../../src/locales/de.js';

afterEach(() => vi.restoreAllMocks());

describe('loading a language table on first use (the CDN files)', () => {
  it('loads a shipped language once, and its strings then follow the locale and its regions', async () => {
    const loader = vi.fn(async (lang: string) => ({ uk, de })[lang] as UiStrings);
    setStringsLoader(loader);
    const first = loadStrings('uk-UA');
    expect(loadStrings('uk')).toBe(first);
    await first;
    expect(loader).toHaveBeenCalledTimes(1);
    expect(loadStrings('uk')).toBeUndefined();
    expect(stringsFor('uk-UA').showMore).toBe('Показати більше');
  });

  it('asks for nothing in English, an unknown language, or a malformed tag', () => {
    const loader = vi.fn(async () => de);
    setStringsLoader(loader);
    expect(loadStrings('en')).toBeUndefined();
    expect(loadStrings('xx')).toBeUndefined();
    expect(loadStrings('not a tag!')).toBeUndefined();
    expect(loader).not.toHaveBeenCalled();
  });

  it('keeps English and warns once when a table cannot be loaded, and never asks again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loader = vi.fn(async () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    setStringsLoader(loader);
    await expect(loadStrings('he')).resolves.toBeUndefined();
    expect(loadStrings('he')).toBeUndefined();
    expect(loadStrings('he-IL')).toBeUndefined();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/"he" interface strings could not be loaded/);
    expect(stringsFor('he')).toBe(ENGLISH);
  });

  it("keeps the page's own strings over a table that arrives later", async () => {
    registerStrings('de', { showMore: 'Weiterlesen' });
    setStringsLoader(async () => de);
    await loadStrings('de');
    expect(stringsFor('de').showMore).toBe('Weiterlesen');
    expect(stringsFor('de').showLess).toBe('Weniger anzeigen');
  });
});
