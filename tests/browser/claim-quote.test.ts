// First import: `fixture` runs these tests twice, in the browser and server-rendered then hydrated.
import { fixture } from './helpers/fixture.js';
import { expect, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import { itIn, press, resetPageSize, sizePage } from './helpers/engine.js';
import '../../src/components/claim-quote/claim-quote.define.js';
import type { ClaimQuote } from '../../src/components/claim-quote/claim-quote.js';
import { renderClaim } from '../../src/components/claim-quote/claim-quote.template.js';
import { ENGLISH } from '../../src/format/english.js';
import type { Claim } from '../../src/schemas/claim.js';
import type { RcErrorEvent } from '../../src/internal/events.js';
import { spyOnWarn } from './helpers/spies.js';

interface IndexEntry { file: string; type: string; title: string }

// The seed documents, listed by data/index.json (a unit test keeps it equal to the files on disk).
const index = (await (await fetch('/data/index.json')).json()) as IndexEntry[];
const claimFiles = index.filter((e) => e.type === 'claim').map((e) => e.file);
const loadDoc = async <T>(file: string): Promise<T> => (await (await fetch(`/data/${file}`)).json()) as T;

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

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

async function expectAccessibleLightAndDark(el: ClaimQuote) {
  el.theme = 'light';
  await el.updateComplete;
  await expect(el).to.be.accessible();
  el.theme = 'dark';
  await el.updateComplete;
  await expect(el).to.be.accessible();
  el.theme = 'auto';
  await el.updateComplete;
}

/** A claim with every verification axis, a publisher label and a rating. */
const factChecked = (): Claim => ({
  type: 'claim',
  text: 'Crime has tripled since last year.',
  inLanguage: 'en',
  speaker: { name: 'Jane Roe', role: 'Senator', affiliation: 'State Senate' },
  dateSaid: '2024-05-02',
  location: 'Springfield',
  setting: 'Campaign rally',
  media: { kind: 'video', url: 'https://example.com/rally', description: 'Rally recording' },
  sources: [{ url: 'https://example.com/transcript', title: 'Rally transcript' }],
  verification: {
    attribution: { status: 'confirmed', by: { name: 'Example Fact Check' }, asOf: '2024-05-03', reason: 'On the recording.' },
    mediaAuthenticity: { status: 'edited-or-cropped', asOf: '2024-05-03', reason: 'The clip cuts the next sentence.' },
    verdict: {
      status: 'false',
      by: { name: 'Example Fact Check', type: 'organization', url: 'https://factcheck.example.org/' },
      asOf: '2024-05-04',
      publisherLabel: 'Pants on Fire',
      rating: { kind: 'named', value: 'Pants on Fire', scale: ['True', 'Mostly True', 'Half True', 'Mostly False', 'False', 'Pants on Fire'] },
      reason: 'Police figures show a 4 % fall.',
      evidence: [{ url: 'https://example.com/police', title: 'Police statistics 2024' }],
    },
  },
});

const LONG = 'The words go on and on, as long testimony does. '.repeat(20).trim();

describe('rc-claim-quote', function () {
  // axe runs twice per state (light and dark); leave room for a busy machine.
  this.timeout(30_000);

  describe('the seed claims in data/claims', () => {
    it('lists at least the six seed claims', () => {
      expect(claimFiles.length).to.be.at.least(6);
    });

    for (const file of claimFiles) {
      it(`renders ${file} with its words, speaker, sources and every verification statement`, async () => {
        const claim = await loadDoc<Claim>(file);
        const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim}></rc-claim-quote>`);
        expect(part(el, 'error'), text(part(el, 'error'))).to.equal(null);
        expect(text(part(el, 'text'))).to.equal(claim.text.replace(/\s+/g, ' ').trim());
        // Direct speech in a <blockquote> with its language; reported speech as the account's own paragraph.
        const words = part(el, 'text')!.closest('blockquote') ?? part(el, 'text')!;
        expect(words.localName).to.equal((claim.speech ?? 'direct') === 'direct' ? 'blockquote' : 'p');
        if (claim.inLanguage) expect(words.getAttribute('lang')).to.equal(claim.inLanguage);
        expect(text(part(el, 'speaker'))).to.contain(claim.speaker.name);
        expect(part(el, 'speaker')!.localName).to.equal('figcaption');
        expect(part(el, 'speaker')!.querySelector('cite')).to.not.equal(null);
        if (claim.dateSaid) expect(part(el, 'context')!.querySelector(`time[datetime="${claim.dateSaid}"]`)).to.not.equal(null);

        const v = claim.verification;
        // At a glance: the verdict in the judge's own word, or "Not fact-checked"; never a blank.
        const chip = part(el, 'check-status')!;
        if (v.verdict) expect(text(chip)).to.contain(v.verdict.publisherLabel ?? ENGLISH.status_verdict[v.verdict.status]!);
        else expect(text(chip)).to.contain(ENGLISH.notFactChecked);
        if (!v.verdict && v.caveat) expect(text(part(el, 'caveat'))).to.contain(v.caveat.replace(/\s+/g, ' ').trim());
        // One disclosure away: every axis someone judged, each with its judge and date.
        const checks: Array<[string, { status: string; asOf?: string | undefined; by?: { name: string } | undefined } | undefined, Record<string, string>]> = [
          ['verdict', v.verdict, ENGLISH.status_verdict],
          ['attribution', v.attribution, ENGLISH.status_attribution],
          ['media-authenticity', v.mediaAuthenticity, ENGLISH.status_media],
        ];
        for (const [axis, assessment, labels] of checks) {
          const statement = part(el, axis);
          if (!assessment) {
            expect(statement, `${axis} is not in the data`).to.equal(null);
            continue;
          }
          expect(statement, axis).to.not.equal(null);
          expect(statement!.closest('[part~="details"]'), `${axis} is behind the disclosure`).to.not.equal(null);
          expect(text(statement!.querySelector('.status'))).to.contain(labels[assessment.status]!);
          if (assessment.asOf) expect(statement!.querySelector(`time[datetime="${assessment.asOf}"]`), `${axis} as of`).to.not.equal(null);
          if (assessment.by) expect(text(statement)).to.contain(assessment.by.name);
        }
        const sources = root(el).querySelector('[part="details"] > [part="sources"]');
        expect(sources!.querySelectorAll('li')).to.have.length(claim.sources.length);
      });
    }

    // One test per claim, as above: each fixture is a server render and a hydration in the SSR twin pass,
    // and seven of them in one test took longer than its 30 s at a load average of 15 (in all three engines).
    for (const file of claimFiles) {
      it(`reads no editor's note and no "data editors" judge to the reader: ${file}`, async () => {
        const claim = await loadDoc<Claim>(file);
        const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim} density="full"></rc-claim-quote>`);
        const shown = text(root(el).querySelector('article'));
        expect(shown, file).to.not.match(/Seed 00\d|data editors|review-cards/);
        for (const s of claim.sources) if (s.editorNote) expect(shown, file).to.not.contain(s.editorNote);
      });
    }

    for (const file of claimFiles) {
      it(`quotes only direct speech, and shows reported speech as reported: ${file}`, async () => {
        const claim = await loadDoc<Claim>(file);
        const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim}></rc-claim-quote>`);
        const direct = (claim.speech ?? 'direct') === 'direct';
        expect(part(el, 'quote') !== null, `${file} quoted`).to.equal(direct);
        expect(part(el, 'reported') !== null, `${file} reported`).to.equal(!direct);
        if (!direct) {
          const lead = text(root(el).querySelector('.reported-lead'));
          expect(lead, file).to.equal(claim.reportedBy ? `According to ${claim.reportedBy.name}:` : ENGLISH.reportedSpeech);
          expect(text(part(el, 'speaker')), file).to.match(/^Speaker:/);
        }
      });
    }

    it('says "Not fact-checked" with the source\'s own caveat where no named party judged the claim (seed 002)', async () => {
      const claim = await loadDoc<Claim>('claims/alexei-smirnov-video-message.json');
      expect(claim.verification.verdict, 'the seed names no one who judged it').to.equal(undefined);
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim}></rc-claim-quote>`);
      expect(part(el, 'check-status')!.dataset.status).to.equal('not-fact-checked');
      expect(text(part(el, 'check-status'))).to.contain('Not fact-checked');
      expect(part(el, 'verdict')).to.equal(null);
      if (claim.verification.caveat) expect(text(part(el, 'caveat'))).to.contain("The source's caveat");
    });

    it('shows "Purported: not confirmed who said it" for the texts read at the UN (seed 004), judged by the article that says "purportedly"', async () => {
      const claim = await loadDoc<Claim>('claims/un-reading-soldier-texts-to-mother.json');
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim}></rc-claim-quote>`);
      const attribution = part(el, 'attribution')!;
      expect(attribution.dataset.status).to.equal('purported');
      expect(text(attribution)).to.contain('Purported: not confirmed who said it');
      expect(text(part(el, 'check'))).to.contain('Purported: not confirmed who said it');
    });

    it('is accessible in light and dark for a seed claim', async () => {
      const claim = await loadDoc<Claim>('claims/alexei-smirnov-video-message.json');
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim}></rc-claim-quote>`);
      await expectAccessibleLightAndDark(el);
    });
  });

  describe('verification', () => {
    it('shows attribution, media authenticity and verdict as three separate statements, verdict first', async () => {
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${factChecked()}></rc-claim-quote>`);
      const items = [...root(el).querySelectorAll('.assessments > li')];
      expect(items.map((li) => li.getAttribute('part'))).to.deep.equal(['verdict', 'attribution', 'media-authenticity']);
      expect(text(items[0]!.querySelector('.status'))).to.contain('Pants on Fire');
      expect(text(items[1]!.querySelector('.status'))).to.contain('Attribution confirmed');
      expect(text(items[2]!.querySelector('.status'))).to.contain('Media edited or cropped');
      expect(text(items[2])).to.contain('The clip cuts the next sentence.');
      expect(items[2]!.querySelector('time[datetime="2024-05-03"]')).to.not.equal(null);
      expect(text(items[2])).to.contain('As of');
    });

    it("shows the judge's own label as the status word, at a glance and in full, and its rating as a badge", async () => {
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${factChecked()}></rc-claim-quote>`);
      expect(text(part(el, 'check-status'))).to.equal('✕Verdict: Pants on Fire');
      expect(text(part(el, 'check'))).to.contain('Judged by Example Fact Check, May 4, 2024');
      const verdict = part(el, 'verdict')!;
      const head = verdict.querySelector('.assessment-head')!;
      expect(text(head.querySelector('[part="verdict-status"]'))).to.equal('✕Pants on Fire');
      const badge = head.querySelector('[part="badge"]')!;
      expect(badge.getAttribute('role')).to.equal('img');
      expect(badge.getAttribute('aria-label')).to.contain('Pants on Fire');
      expect(text(verdict)).to.contain('Judged by Example Fact Check, as of May 4, 2024');
      expect(verdict.querySelector('a[href="https://factcheck.example.org/"]')).to.not.equal(null);
      expect(text(part(el, 'evidence'))).to.contain('Police statistics 2024');
      await expectAccessibleLightAndDark(el);
    });

    type Status = NonNullable<Claim['verification']['verdict']>['status'];
    const tones: Array<[Status, string, string, string]> = [
      ['documented', 'positive', 'Documented', '✓'],
      ['true', 'positive', 'True', '✓'],
      ['unverified', 'neutral', 'Unverified', '?'],
      ['disputed', 'mixed', 'Disputed', '⇄'],
      ['opinion', 'opinion', 'Opinion', '◇'],
      ['satire', 'opinion', 'Satire', '≈'],
      ['misleading', 'negative', 'Misleading', '!'],
      ['false', 'negative', 'False', '✕'],
    ];
    // One test per verdict: eight server renders and hydrations in one test took longer than its 30 s at a
    // load average of 15 in the SSR twin pass (in all three engines).
    for (const [status, tone, label, glyph] of tones) {
      it(`conveys the verdict "${status}" by its word, a distinct glyph and a tone, never by colour alone`, async () => {
        const claim = factChecked();
        claim.verification.verdict = { status };
        const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim}></rc-claim-quote>`);
        const chip = part(el, 'check-status')!;
        expect(chip.dataset.tone, status).to.equal(tone);
        expect(part(el, 'verdict')!.dataset.tone, status).to.equal(tone);
        expect(text(chip)).to.contain(label);
        expect(chip.querySelector('.glyph')!.getAttribute('aria-hidden')).to.equal('true');
        expect(text(chip.querySelector('.glyph')), status).to.equal(glyph);
      });
    }

    it('keeps the three axes, reasons and evidence behind one disclosure that opens in place and keeps focus', async () => {
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${factChecked()}></rc-claim-quote>`);
      const details = part(el, 'details')!;
      expect(details.offsetHeight, 'folded').to.equal(0);
      const button = root(el).querySelector<HTMLButtonElement>('button.more-toggle')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(details.id);
      expect(text(button)).to.equal('Details and sources (1)');
      button.focus();
      button.click();
      await el.updateComplete;
      const after = root(el).querySelector<HTMLButtonElement>('button.more-toggle')!;
      expect(after.getAttribute('aria-expanded')).to.equal('true');
      expect(part(el, 'details')!.offsetHeight).to.be.greaterThan(0);
      expect(root(el).activeElement).to.equal(after);
    });

    it('opens everything with density="full", with no disclosure button', async () => {
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote density="full" .data=${factChecked()}></rc-claim-quote>`);
      expect(part(el, 'details')!.offsetHeight).to.be.greaterThan(0);
      expect(root(el).querySelector('button.more-toggle')).to.equal(null);
    });
  });

  describe('data channels', () => {
    it('renders from the data property', async () => {
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${factChecked()}></rc-claim-quote>`);
      expect(text(part(el, 'text'))).to.equal('Crime has tripled since last year.');
    });

    it('renders from a child <script type="application/json">', async () => {
      const json = JSON.stringify(factChecked());
      // CSR only: the server cannot read child scripts (nor can Lit bind inside <script>).
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote><script type="application/json">${json}</script></rc-claim-quote>`, { csrOnly: true });
      await waitFor(() => part(el, 'text') !== null, 'the claim from the child script');
      expect(text(part(el, 'speaker'))).to.contain('Jane Roe');
    });

    it('renders from src', async () => {
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote src="/data/claims/alexei-smirnov-video-message.json"></rc-claim-quote>`);
      await waitFor(() => part(el, 'text') !== null, 'the fetched claim');
      expect(text(part(el, 'speaker'))).to.contain('Alexei Smirnov');
    });

    it('lets the data property win over a child script', async () => {
      const child = JSON.stringify({ ...factChecked(), text: 'From the script.' });
      const el = await fixture<ClaimQuote>(
        html`<rc-claim-quote .data=${factChecked()}><script type="application/json">${child}</script></rc-claim-quote>`,
        { csrOnly: true }, // Lit cannot bind inside <script> on the server
      );
      expect(text(part(el, 'text'))).to.equal('Crime has tripled since last year.');
    });

    it('reserves space with an accessible placeholder before data arrives', async () => {
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote></rc-claim-quote>`);
      const placeholder = part(el, 'placeholder')!;
      expect(placeholder.getAttribute('aria-busy')).to.equal('true');
      expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(100);
      await expectAccessibleLightAndDark(el);
    });
  });

  describe('invalid data', () => {
    const cases: Array<[string, () => unknown, string]> = [
      ['an unknown verdict status', () => ({ ...factChecked(), verification: { verdict: { status: 'pants-on-fire' } } }), 'verification.verdict.status'],
      ['a missing verification', () => {
        const { verification: _drop, ...rest } = factChecked();
        return rest;
      }, 'verification'],
      ['a claim with no sources', () => ({ ...factChecked(), sources: [] }), 'sources'],
    ];
    for (const [what, make, path] of cases) {
      it(`shows the error state with the path for ${what}, fires rc-error and warns once`, async () => {
        const warn = spyOnWarn();
        try {
          const el = document.createElement('rc-claim-quote') as ClaimQuote;
          el.data = make() as Claim;
          const fired = oneEvent(el, 'rc-error') as Promise<RcErrorEvent>;
          attach(el);
          const event = await fired;
          await el.updateComplete;
          expect(event.detail.channel).to.equal('property');
          expect(event.detail.issues.map((i) => i.path.join('.'))).to.include(path);
          expect(event.bubbles && event.composed).to.equal(true);
          const error = part(el, 'error')!;
          expect(text(error)).to.contain(path);
          expect(part(el, 'verification')).to.equal(null);
          expect(warn.calls).to.have.length(1);
          await expectAccessibleLightAndDark(el);
        } finally {
          warn.restore();
        }
      });
    }
  });

  describe('long text', () => {
    it('clamps a long quote behind Show more, operable from the keyboard', async () => {
      // No link before the quote (the judge's), so Tab reaches the quote's button first.
      const claim: Claim = { ...factChecked(), text: LONG, media: undefined, speaker: { name: 'Jane Roe' }, verification: { verdict: { status: 'false' } } };
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim}></rc-claim-quote>`);
      const toggle = () => root(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
      expect(toggle().getAttribute('aria-expanded')).to.equal('false');
      expect(text(toggle())).to.equal('Show more');
      expect(part(el, 'text')!.classList.contains('clamped')).to.equal(true);
      expect(root(el).getElementById(toggle().getAttribute('aria-controls')!)).to.equal(part(el, 'quote'));

      await press('Tab');
      expect(root(el).activeElement).to.equal(toggle());
      await press('Enter');
      await el.updateComplete;
      expect(toggle().getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle())).to.equal('Show less');
      expect(part(el, 'text')!.classList.contains('clamped')).to.equal(false);
      expect(root(el).activeElement).to.equal(toggle());

      await press(' ');
      await el.updateComplete;
      expect(toggle().getAttribute('aria-expanded')).to.equal('false');
      await expectAccessibleLightAndDark(el);
    });

    it('keeps a short quote unclamped, with no button of its own', async () => {
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${factChecked()}></rc-claim-quote>`);
      expect(root(el).querySelector('[part="toggle"]:not(.more-toggle)')).to.equal(null);
      expect(part(el, 'text')!.classList.contains('clamped')).to.equal(false);
    });
  });

  describe('quotation marks', () => {
    const marks = (p: Element) => [getComputedStyle(p, '::before').content, getComputedStyle(p, '::after').content];

    it('puts the words in quotation marks of the page language', async () => {
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${factChecked()}></rc-claim-quote>`);
      expect(marks(part(el, 'text')!)).to.deep.equal(['open-quote', 'close-quote']);
    });

    it('adds no second pair to words that arrive already quoted, and keeps theirs', async () => {
      for (const words of ['“We were never told.”', '"We were never told".', '«Мы не уйдём»', '„Wir bleiben.“']) {
        const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${{ ...factChecked(), text: words }}></rc-claim-quote>`);
        const p = part(el, 'text')!;
        expect(marks(p), words).to.deep.equal(['no-open-quote', 'no-close-quote']);
        expect(text(p)).to.equal(words);
      }
    });

    it('still quotes words that only contain a quotation', async () => {
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${{ ...factChecked(), text: 'He called it "a lie" twice.' }}></rc-claim-quote>`);
      expect(marks(part(el, 'text')!)).to.deep.equal(['open-quote', 'close-quote']);
    });
  });

  describe('languages and scripts', () => {
    it('mirrors in a right-to-left page and marks Arabic original text with lang and dir', async () => {
      const claim: Claim = {
        ...factChecked(),
        text: 'We will not leave.',
        original: { text: 'لن نغادر', inLanguage: 'ar' },
      };
      const el = await fixtureIn<ClaimQuote>({ dir: 'rtl' }, html`<rc-claim-quote .data=${claim}></rc-claim-quote>`);
      const original = part(el, 'original')!;
      expect(original.localName).to.equal('blockquote');
      expect(original.getAttribute('lang')).to.equal('ar');
      expect(original.getAttribute('dir')).to.equal('rtl');
      expect(text(original)).to.equal('لن نغادر');
      expect(text(original.parentElement)).to.contain('Original (Arabic)');
      expect(part(el, 'quote')!.getAttribute('dir')).to.equal('ltr');
      // Logical properties: the verdict's thick edge is on the right in a right-to-left page.
      const verdict = getComputedStyle(part(el, 'verdict')!);
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
      expect(verdict.borderRightWidth).to.equal('6px');
      expect(verdict.borderLeftWidth).to.equal('1px');
      await expectAccessibleLightAndDark(el);
    });

    it('shows a translation with its language and translator', async () => {
      const claim: Claim = {
        ...factChecked(),
        text: 'Ребята, не идите сюда воевать. Это не наша война!',
        inLanguage: 'ru',
        translation: { text: "Guys, don't come here to fight. This isn't our war!", inLanguage: 'en', by: { name: 'Data editors' } },
      };
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim}></rc-claim-quote>`);
      expect(part(el, 'quote')!.getAttribute('lang')).to.equal('ru');
      const translation = part(el, 'translation')!;
      expect(translation.getAttribute('lang')).to.equal('en');
      expect(text(translation.parentElement)).to.contain('Translation (English), translated by Data editors');
    });

    it('renders Cyrillic text and names as written', async () => {
      const claim: Claim = {
        ...factChecked(),
        text: 'Наше командование забыло про нас!',
        inLanguage: 'ru',
        speaker: { name: 'Алексей Смирнов', role: 'военнослужащий', affiliation: 'ВС РФ' },
      };
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim}></rc-claim-quote>`);
      expect(text(part(el, 'text'))).to.equal('Наше командование забыло про нас!');
      expect(text(part(el, 'speaker'))).to.contain('Алексей Смирнов, военнослужащий, ВС РФ');
      expect(part(el, 'text')!.getBoundingClientRect().width).to.be.greaterThan(0);
    });

    it('formats dates for the closest lang', async () => {
      const el = await fixtureIn<ClaimQuote>({ lang: 'ru' }, html`<rc-claim-quote .data=${factChecked()}></rc-claim-quote>`);
      expect(text(part(el, 'verdict')!.querySelector('time'))).to.match(/мая 2024/);
    });
  });

  describe('layout and system settings', () => {
    it('fits a 320 px viewport without horizontal scrolling', async () => {
      await sizePage({ width: 320 });
      try {
        const claim: Claim = { ...factChecked(), context: 'https://example.com/'.padEnd(300, 'x'), inLanguage: 'en' };
        const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim}></rc-claim-quote>`);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        expect(part(el, 'base')!.scrollWidth).to.be.at.most(part(el, 'base')!.clientWidth + 1);
      } finally {
        resetPageSize();
      }
    });

    itIn(['chromium'], 'only CDP can emulate forced colours')('keeps the verdict readable and outlined under forced colours', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${factChecked()}></rc-claim-quote>`);
        expect(text(part(el, 'verdict-status'))).to.contain('Pants on Fire');
        const verdict = getComputedStyle(part(el, 'verdict')!);
        expect(verdict.borderTopStyle).to.equal('solid');
        expect(parseFloat(verdict.borderTopWidth)).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  });

  describe('headings', () => {
    it('puts a "Claim by" heading at heading-level and "Verification" one below', async () => {
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote heading-level="3" .data=${factChecked()}></rc-claim-quote>`);
      expect(text(root(el).querySelector('h3'))).to.equal('Claim by Jane Roe');
      expect(text(root(el).querySelector('h4'))).to.equal('Verification');
      expect(root(el).querySelector('h2')).to.equal(null);
    });
  });

  describe('untrusted text and URLs', () => {
    it('renders markup in text as text', async () => {
      const claim: Claim = {
        ...factChecked(),
        text: '<script>window.__pwned = 1</script>',
        context: '<img src=x onerror="window.__pwned = 2">',
        speaker: { name: '<b>bold</b>' },
      };
      const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim}></rc-claim-quote>`);
      expect(text(part(el, 'text'))).to.equal('<script>window.__pwned = 1</script>');
      expect(text(part(el, 'note'))).to.equal('<img src=x onerror="window.__pwned = 2">');
      expect(text(part(el, 'speaker'))).to.contain('<b>bold</b>');
      expect(root(el).querySelector('script, img, b')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('refuses javascript: URLs in data with the error state, rendering no link', async () => {
      const warn = spyOnWarn();
      try {
        const claim = { ...factChecked(), media: { kind: 'video', url: 'javascript:alert(1)' } };
        const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim}></rc-claim-quote>`);
        await waitFor(() => part(el, 'error') !== null, 'the error state');
        expect(text(part(el, 'error'))).to.contain('media.url');
        expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
        expect(warn.calls).to.have.length(1);
      } finally {
        warn.restore();
      }
    });

    it('renders no link for a javascript: URL even when the template gets unvalidated data', () => {
      const claim = factChecked();
      claim.speaker = { name: 'Jane Roe', url: 'javascript:alert(1)' };
      claim.media = { kind: 'video', url: 'JaVaScRiPt:alert(2)', description: 'Rally recording' };
      claim.sources = [{ url: 'javascript:alert(3)', title: 'Transcript' }];
      const container = document.createElement('div');
      render(renderClaim(claim, { locale: 'en', strings: ENGLISH, expanded: new Set() }), container);
      expect(container.querySelector('a[href^="javascript" i]')).to.equal(null);
      expect(text(container)).to.contain('Jane Roe');
      expect(text(container)).to.contain('Rally recording');
      expect(text(container)).to.contain('Transcript');
    });
  });
});
