// First import: `fixture` runs these tests twice, in the browser and server-rendered then hydrated.
import { fixture } from './helpers/fixture.js';
import { expect, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/controversy-summary/controversy-summary.define.js';
import type { ControversySummary } from '../../src/components/controversy-summary/controversy-summary.js';
import { HOLDERS_SHOWN, STATEMENTS_SHOWN, renderControversy } from '../../src/components/controversy-summary/controversy-summary.template.js';
import { ENGLISH } from '../../src/format/strings.js';
import type { Claim } from '../../src/schemas/claim.js';
import type { Controversy } from '../../src/schemas/controversy.js';
import type { RcErrorEvent } from '../../src/internal/events.js';
import { spyOnWarn } from './helpers/spies.js';

interface IndexEntry { file: string; type: string }

// The seed documents, listed by data/index.json (a unit test keeps it equal to the files on disk).
const index = (await (await fetch('/data/index.json')).json()) as IndexEntry[];
const controversyFiles = index.filter((e) => e.type === 'controversy').map((e) => e.file);
const loadDoc = async <T>(file: string): Promise<T> => (await (await fetch(`/data/${file}`)).json()) as T;

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

// Tests may run in a background page (the runner opens two at a time), where requestAnimationFrame does
// not fire: so no waiting on frames here. Wrappers are made by hand and elements awaited by updateComplete.
const wrappers: HTMLElement[] = [];
afterEach(() => {
  for (const w of wrappers.splice(0)) w.remove();
});

/** Mounts `template` inside a fresh `<div>` with `attrs` (dir, lang) and waits for the element's update. */
async function fixtureIn<T extends Element>(attrs: Record<string, string>, template: Parameters<typeof fixture>[0]): Promise<T> {
  const wrapper = document.createElement('div');
  for (const [name, value] of Object.entries(attrs)) wrapper.setAttribute(name, value);
  document.body.append(wrapper);
  wrappers.push(wrapper);
  return fixture<T>(template, { parentNode: wrapper });
}

/** Attaches an element made by hand to the page (removed after the test). */
function attach(el: HTMLElement): void {
  const wrapper = document.createElement('div');
  wrapper.append(el);
  document.body.append(wrapper);
  wrappers.push(wrapper);
}

/** Polls `check` on a timer (not animation frames) until it holds, or fails after `timeoutMs`. */
async function waitFor(check: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function expectAccessibleLightAndDark(el: ControversySummary) {
  el.theme = 'light';
  await el.updateComplete;
  await expect(el).to.be.accessible();
  el.theme = 'dark';
  await el.updateComplete;
  await expect(el).to.be.accessible();
  el.theme = 'auto';
  await el.updateComplete;
}

const statement = (speaker: string, words: string): Claim => ({
  type: 'claim',
  text: words,
  speaker: { name: speaker },
  sources: [{ title: `${speaker}'s statement` }],
  verification: { verdict: { status: 'opinion', asOf: '2024-09-13' } },
});

/** A small controversy with no links before the summary, so the keyboard test starts at its Show more. */
const small = (): Controversy => ({
  type: 'controversy',
  subject: 'Whether the bridge should be rebuilt',
  about: { name: 'The Old Bridge', kind: 'other', year: 1901 },
  summary: 'Residents and the council disagree about rebuilding the bridge.',
  positions: [
    {
      label: 'Rebuild it as it was',
      summary: 'The bridge is part of the town’s history and should be restored.',
      heldBy: [{ name: 'Heritage Society', type: 'organization' }, { name: 'Ann Lee', role: 'Historian' }],
      claims: [statement('Ann Lee', 'The bridge is the oldest in the county.')],
      sources: [{ title: 'Heritage Society newsletter' }],
    },
    {
      label: 'Build a new crossing',
      summary: 'A modern crossing would be safer and cheaper to maintain over a very long time, say its supporters, who have written at length.',
      heldBy: [{ name: 'Town council', type: 'organization' }],
      sources: [{ title: 'Council minutes' }],
    },
  ],
  timeline: [
    { date: '2024-03', title: 'Bridge closed', sources: [{ title: 'Local paper, March' }] },
    { date: '2024-06-01', title: 'Council vote', description: 'The council voted 5–4.', sources: [{ url: 'https://example.com/vote', title: 'Vote record' }] },
  ],
  statements: [statement('Mayor', 'We will consult everyone.')],
  status: { description: 'A consultation is open.', asOf: '2024-07-01' },
  parties: [{ name: 'County roads office', type: 'organization' }],
  sources: [{ title: 'Local paper coverage' }],
});

const LONG = 'Each side has its reasons, and each has been heard at length. '.repeat(14).trim();

describe('rc-controversy-summary', function () {
  // axe runs twice per state (light and dark); leave room for a busy machine.
  this.timeout(30_000);

  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('the seed controversies in data/controversies', () => {
    it('lists at least the seed controversy', () => {
      expect(controversyFiles.length).to.be.at.least(1);
    });

    for (const file of controversyFiles) {
      it(`renders ${file} with its positions, holders, timeline, statements, status and parties`, async () => {
        const c = await loadDoc<Controversy>(file);
        const el = await fixture<ControversySummary>(html`<rc-controversy-summary .data=${c}></rc-controversy-summary>`);
        expect(part(el, 'error'), text(part(el, 'error'))).to.equal(null);
        expect(text(root(el).querySelector('h2[part="heading"]'))).to.equal(squash(c.subject));
        if (c.about) expect(text(part(el, 'header'))).to.contain(c.about.name);

        const positions = parts(el, 'position');
        expect(positions).to.have.length(c.positions.length);
        c.positions.forEach((p, i) => {
          const box = positions[i]!;
          expect(text(box.querySelector('[part="position-label"]')), 'order as in data').to.equal(squash(p.label));
          // Who holds it is always visible: the first names at a glance, a count of the rest, all in the fold.
          const heldBy = box.querySelector('[part="held-by"]')!;
          expect(text(heldBy)).to.match(/^Held by:/);
          for (const holder of p.heldBy.slice(0, HOLDERS_SHOWN)) expect(text(heldBy)).to.contain(squash(holder.name));
          if (p.heldBy.length > HOLDERS_SHOWN) expect(text(heldBy)).to.match(new RegExp(`\\+${p.heldBy.length - HOLDERS_SHOWN}$`));
          const holders = box.querySelector('[part~="details"] .holders')!;
          for (const holder of p.heldBy) expect(text(holders)).to.contain(squash(holder.name));
          expect(box.querySelectorAll('.claim-quote')).to.have.length(p.claims?.length ?? 0);
          expect(box.querySelectorAll(':scope > [part~="details"] > [part="sources"] li')).to.have.length(p.sources.length);
        });

        const events = parts(el, 'event');
        expect(events).to.have.length(c.timeline?.length ?? 0);
        if (events.length) expect(events.every((li) => li.parentElement!.localName === 'ol')).to.equal(true);
        c.timeline?.forEach((e, i) => {
          const li = events[i]!;
          expect(li.querySelector(`time[datetime="${e.date}"]`), e.title).to.not.equal(null);
          expect(text(li)).to.contain(squash(e.title));
          const cited = li.querySelectorAll('[part="sources"] cite');
          expect(cited.length, `${e.title} is sourced`).to.equal(e.sources.length);
          expect(cited.length).to.be.greaterThan(0);
        });

        const statements = part(el, 'statements');
        expect(statements?.querySelectorAll('.claim-quote').length ?? 0).to.equal(c.statements?.length ?? 0);
        c.statements?.forEach((s, i) => {
          const card = statements!.querySelectorAll('.claim-quote')[i]!;
          const verdict = s.verification.verdict;
          expect(text(card.querySelector('[part~="check-status"]'))).to.contain(verdict ? verdict.publisherLabel ?? ENGLISH.status_verdict[verdict.status]! : ENGLISH.notFactChecked);
        });

        if (c.status) {
          expect(part(el, 'status')!.querySelector(`time[datetime="${c.status.asOf}"]`)).to.not.equal(null);
          expect(text(part(el, 'status'))).to.contain('As of');
        }
        for (const party of c.parties ?? []) expect(text(part(el, 'parties'))).to.contain(squash(party.name));
        expect(root(el).querySelector('article.controversy > [part~="details"] > [part="sources"]')!.querySelectorAll('li')).to.have.length(c.sources.length);
      });

      it(`is accessible in light and dark for ${file}`, async function () {
        this.timeout(60_000);
        const c = await loadDoc<Controversy>(file);
        const el = await fixture<ControversySummary>(html`<rc-controversy-summary .data=${c}></rc-controversy-summary>`);
        await expectAccessibleLightAndDark(el);
      });
    }
  });

  describe('fairness', () => {
    it('gives every position identical styling: font size, border, background, padding', async () => {
      const c = await loadDoc<Controversy>(controversyFiles[0]!);
      const el = await fixture<ControversySummary>(html`<rc-controversy-summary .data=${c}></rc-controversy-summary>`);
      const look = (node: Element) => {
        const s = getComputedStyle(node);
        const label = getComputedStyle(node.querySelector('[part="position-label"]')!);
        return [s.fontSize, s.borderTop, s.borderRight, s.borderBottom, s.borderLeft, s.backgroundColor, s.padding, s.borderRadius, s.color, label.fontSize, label.fontWeight, label.color];
      };
      const [first, ...rest] = parts(el, 'position').map(look);
      for (const other of rest) expect(other).to.deep.equal(first);
    });

    it('uses neutral headings from the strings table, one level below the subject', async () => {
      const el = await fixture<ControversySummary>(html`<rc-controversy-summary .data=${small()}></rc-controversy-summary>`);
      expect([...root(el).querySelectorAll('h3')].map(text)).to.deep.equal(['Positions', 'Timeline', 'Statements', 'Status', 'Parties']);
      expect([...root(el).querySelectorAll('h4[part="position-label"]')].map(text)).to.deep.equal(['Rebuild it as it was', 'Build a new crossing']);
    });

    it('follows heading-level for the subject and everything below it', async () => {
      const el = await fixture<ControversySummary>(html`<rc-controversy-summary heading-level="3" .data=${small()}></rc-controversy-summary>`);
      expect(text(root(el).querySelector('h3'))).to.equal('Whether the bridge should be rebuilt');
      expect(root(el).querySelectorAll('h4[part="subheading"]')).to.have.length(5);
      expect(root(el).querySelectorAll('h5[part="position-label"]')).to.have.length(2);
      expect(root(el).querySelector('h2')).to.equal(null);
    });

    it('sets the positions side by side in equal columns when wide, one column when narrow', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await fixture<ControversySummary>(html`<rc-controversy-summary .data=${small()}></rc-controversy-summary>`);
      let [a, b] = parts(el, 'position').map((p) => p.getBoundingClientRect());
      expect(a!.top).to.equal(b!.top);
      expect(Math.abs(a!.width - b!.width)).to.be.lessThan(1);
      expect(Math.abs(a!.height - b!.height), 'same height').to.be.lessThan(1);

      await setViewport({ width: 320, height: 800 });
      await el.updateComplete;
      [a, b] = parts(el, 'position').map((p) => p.getBoundingClientRect());
      expect(b!.top).to.be.greaterThan(a!.bottom - 1);
      expect(a!.left).to.equal(b!.left);
      expect(el.scrollWidth).to.be.at.most(320);
    });

    it('shows holders with their roles', async () => {
      const el = await fixture<ControversySummary>(html`<rc-controversy-summary .data=${small()}></rc-controversy-summary>`);
      const heldBy = parts(el, 'held-by')[0]!;
      expect(text(heldBy)).to.equal('Held by: Heritage Society, Ann Lee');
      const holders = parts(el, 'position')[0]!.querySelector('[part~="details"] .holders')!;
      expect([...holders.querySelectorAll('li')].map(text)).to.deep.equal(['Heritage Society', 'Ann Lee, Historian']);
      expect(getComputedStyle(holders.querySelector('li')!, '::after').content).to.equal('"; "');
    });
  });

  describe('data channels', () => {
    it('renders from a child <script type="application/json">', async () => {
      const json = JSON.stringify(small());
      const el = await fixture<ControversySummary>(
        html`<rc-controversy-summary><script type="application/json">${json}</script></rc-controversy-summary>`,
        { csrOnly: true }, // the server cannot read child scripts (nor can Lit bind inside <script>)
      );
      await waitFor(() => part(el, 'heading') !== null, 'the controversy from the child script');
      expect(parts(el, 'position')).to.have.length(2);
    });

    it('renders from src', async () => {
      const el = await fixture<ControversySummary>(html`<rc-controversy-summary src="/data/${controversyFiles[0]!}"></rc-controversy-summary>`);
      await waitFor(() => part(el, 'heading') !== null, 'the fetched controversy');
      expect(parts(el, 'position').length).to.be.at.least(2);
    });

    it('lets the data property win over src', async () => {
      const el = await fixture<ControversySummary>(
        html`<rc-controversy-summary src="/data/${controversyFiles[0]!}" .data=${small()}></rc-controversy-summary>`,
      );
      expect(text(part(el, 'heading'))).to.equal('Whether the bridge should be rebuilt');
    });

    it('reserves space with an accessible placeholder before data arrives', async () => {
      const el = await fixture<ControversySummary>(html`<rc-controversy-summary></rc-controversy-summary>`);
      const placeholder = part(el, 'placeholder')!;
      expect(placeholder.getAttribute('aria-busy')).to.equal('true');
      expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(200);
      await expectAccessibleLightAndDark(el);
    });
  });

  describe('invalid data', () => {
    const cases: Array<[string, () => unknown, string]> = [
      ['a single position', () => ({ ...small(), positions: [small().positions[0]] }), 'positions'],
      ['a timeline event without sources', () => {
        const c = small();
        c.timeline![1] = { ...c.timeline![1]!, sources: [] };
        return c;
      }, 'timeline.1.sources'],
      ['a statement without verification', () => {
        const c = small();
        const { verification: _drop, ...rest } = c.statements![0]!;
        return { ...c, statements: [rest] };
      }, 'statements.0.verification'],
      ['an unknown verdict status in a position claim', () => {
        const c = small();
        c.positions[0]!.claims![0]!.verification.verdict!.status = 'pants-on-fire' as never;
        return c;
      }, 'positions.0.claims.0.verification.verdict.status'],
    ];
    for (const [what, make, path] of cases) {
      it(`shows the error state with the path for ${what}, fires rc-error and warns once`, async () => {
        const warn = spyOnWarn();
        try {
          const el = document.createElement('rc-controversy-summary') as ControversySummary;
          el.data = make() as Controversy;
          const fired = oneEvent(el, 'rc-error') as Promise<RcErrorEvent>;
          attach(el);
          const event = await fired;
          await el.updateComplete;
          expect(event.detail.channel).to.equal('property');
          expect(event.detail.issues.map((i) => i.path.join('.'))).to.include(path);
          const shownPath = path.replace(/\.(\d+)/g, '[$1]');
          expect(text(part(el, 'error'))).to.contain(shownPath);
          expect(part(el, 'positions')).to.equal(null);
          expect(warn.calls).to.have.length(1);
          await expectAccessibleLightAndDark(el);
        } finally {
          warn.restore();
        }
      });
    }
  });

  describe('long text', () => {
    it('clamps a long summary behind Show more, operable from the keyboard', async () => {
      const el = await fixture<ControversySummary>(html`<rc-controversy-summary .data=${{ ...small(), summary: LONG }}></rc-controversy-summary>`);
      const toggle = () => root(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
      expect(toggle().getAttribute('aria-controls')).to.equal(part(el, 'summary')!.id);
      expect(toggle().getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'summary')!.classList.contains('clamped')).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(toggle());
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle().getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle())).to.equal('Show less');
      expect(part(el, 'summary')!.classList.contains('clamped')).to.equal(false);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle().getAttribute('aria-expanded')).to.equal('false');
    });

    it('folds statements after the first few behind a button that shows them all', async () => {
      const many = Array.from({ length: STATEMENTS_SHOWN + 3 }, (_, i) => statement(`Speaker ${i}`, `Statement number ${i}.`));
      const el = await fixture<ControversySummary>(html`<rc-controversy-summary .data=${{ ...small(), statements: many }}></rc-controversy-summary>`);
      const visible = () => [...part(el, 'statements')!.querySelectorAll('li')].filter((li) => li.parentElement?.classList.contains('claim-list') && getComputedStyle(li).display !== 'none').length;
      expect(visible()).to.equal(STATEMENTS_SHOWN);
      const toggle = part(el, 'statements')!.querySelector<HTMLButtonElement>(':scope > [part="toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(text(toggle)).to.equal(`Show all ${many.length} statements`);
      toggle.click();
      await el.updateComplete;
      expect(visible()).to.equal(many.length);
      expect(part(el, 'statements')!.querySelector(':scope > [part="toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('expands one clamped text without expanding the others', async () => {
      const c = small();
      c.summary = LONG;
      c.positions[1]!.summary = LONG;
      const el = await fixture<ControversySummary>(html`<rc-controversy-summary .data=${c}></rc-controversy-summary>`);
      const [first, second] = parts(el, 'toggle');
      second!.click();
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('false');
      expect(parts(el, 'toggle')[1]!.getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('languages and scripts', () => {
    it('mirrors in a right-to-left page: the first position on the right', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await fixtureIn<ControversySummary>({ dir: 'rtl', lang: 'ar' }, html`<rc-controversy-summary .data=${small()}></rc-controversy-summary>`);
      const [a, b] = parts(el, 'position').map((p) => p.getBoundingClientRect());
      expect(a!.left).to.be.greaterThan(b!.left);
      const event = getComputedStyle(parts(el, 'event')[0]!);
      expect(event.borderRightWidth).to.equal('2px');
      expect(event.borderLeftWidth).to.equal('0px');
      await expectAccessibleLightAndDark(el);
    });

    it('renders Cyrillic subjects, labels and names', async () => {
      const c = small();
      c.subject = 'Фильм «Русские на войне»';
      c.positions[0]!.label = 'Пропаганда';
      c.positions[0]!.heldBy = [{ name: 'Виталий Манский', role: 'документалист' }];
      const el = await fixture<ControversySummary>(html`<rc-controversy-summary .data=${c}></rc-controversy-summary>`);
      expect(text(part(el, 'heading'))).to.equal('Фильм «Русские на войне»');
      expect(text(part(el, 'position-label'))).to.equal('Пропаганда');
      expect(text(part(el, 'held-by'))).to.contain('Виталий Манский');
      expect(text(parts(el, 'position')[0]!.querySelector('.holders'))).to.contain('Виталий Манский, документалист');
    });
  });

  describe('untrusted text and URLs', () => {
    it('renders markup in text as text', async () => {
      const c = small();
      c.subject = '<script>window.__pwned = 1</script>';
      c.positions[0]!.label = '<img src=x onerror="window.__pwned = 2">';
      c.timeline![0]!.title = '<iframe src="javascript:alert(3)"></iframe>';
      const el = await fixture<ControversySummary>(html`<rc-controversy-summary .data=${c}></rc-controversy-summary>`);
      expect(text(part(el, 'heading'))).to.equal('<script>window.__pwned = 1</script>');
      expect(text(part(el, 'position-label'))).to.equal('<img src=x onerror="window.__pwned = 2">');
      expect(text(parts(el, 'event')[0])).to.contain('<iframe src="javascript:alert(3)"></iframe>');
      expect(root(el).querySelector('script, img, iframe')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('refuses a javascript: source URL in data with the error state, rendering no link', async () => {
      const warn = spyOnWarn();
      try {
        const c = small();
        c.timeline![1]!.sources = [{ url: 'javascript:alert(1)', title: 'Vote record' }];
        const el = await fixture<ControversySummary>(html`<rc-controversy-summary .data=${c}></rc-controversy-summary>`);
        await waitFor(() => part(el, 'error') !== null, 'the error state');
        expect(text(part(el, 'error'))).to.contain('timeline[1].sources[0].url');
        expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
        expect(warn.calls).to.have.length(1);
      } finally {
        warn.restore();
      }
    });

    it('renders no link for a javascript: URL even when the template gets unvalidated data', () => {
      const c = small();
      c.about = { name: 'The Old Bridge', kind: 'other', url: 'javascript:alert(1)' };
      c.positions[0]!.heldBy = [{ name: 'Ann Lee', url: 'javascript:alert(2)' }];
      c.timeline![1]!.sources = [{ url: ' javascript:alert(3)', title: 'Vote record' }];
      const container = document.createElement('div');
      render(renderControversy(c, { locale: 'en', strings: ENGLISH, headingLevel: 2, expanded: new Set() }), container);
      expect(container.querySelector('a[href*="javascript" i]')).to.equal(null);
      expect(text(container)).to.contain('The Old Bridge');
      expect(text(container)).to.contain('Ann Lee');
      expect(text(container)).to.contain('Vote record');
    });
  });
});
