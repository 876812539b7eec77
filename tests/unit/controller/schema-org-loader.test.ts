// The lazy schema.org loader: one import for all callers, and a failed import (a CDN chunk that
// did not arrive) is retried by the next caller instead of failing forever.
import { afterEach, describe, expect, it, vi } from 'vitest';

const ADAPTER = '../../../src/adapters/schema-org/from-schema-org.js';

afterEach(() => {
  vi.doUnmock(ADAPTER);
  vi.resetModules();
});

describe('schema.org loader', () => {
  it('imports the adapter once, however many elements ask at the same time', async () => {
    const loader = await import('../../../src/controller/schema-org-loader.js');
    expect(loader.loadedSchemaOrgAdapter()).toBeUndefined();
    const [a, b] = await Promise.all([loader.loadSchemaOrgAdapter(), loader.loadSchemaOrgAdapter()]);
    expect(a).toBe(b);
    expect(loader.loadedSchemaOrgAdapter()).toBe(a);
    expect(a({ '@context': 'https://schema.org', '@type': 'Rating', ratingValue: 4, bestRating: 5 }).ok).toBe(true);
  });

  it('lets the next caller retry after a failed import', async () => {
    let fail = true;
    vi.doMock(ADAPTER, async (original) => {
      if (fail) throw new Error('chunk did not load');
      return original();
    });
    const loader = await import('../../../src/controller/schema-org-loader.js');
    // vitest wraps the factory's error in its own; any rejection will do.
    await expect(loader.loadSchemaOrgAdapter()).rejects.toThrow();
    expect(loader.loadedSchemaOrgAdapter()).toBeUndefined();
    fail = false;
    vi.resetModules();
    const adapter = await loader.loadSchemaOrgAdapter();
    expect(typeof adapter).toBe('function');
  });

  it('uses an adapter provided up front without importing it (the SSR entry does this)', async () => {
    vi.doMock(ADAPTER, () => {
      throw new Error('must not be imported');
    });
    const loader = await import('../../../src/controller/schema-org-loader.js');
    const provided = vi.fn();
    loader.provideSchemaOrgAdapter(provided as never);
    expect(loader.loadedSchemaOrgAdapter()).toBe(provided);
  });
});
