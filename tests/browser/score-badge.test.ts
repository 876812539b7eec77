// Wrappers use fixtureSync: fixture() waits a frame for non-Lit elements, and a background page gets no frames.
// First import: `fixture` runs these tests twice, in the browser and server-rendered then hydrated.
import { fixture } from './helpers/fixture.js';
import { expect, fixtureSync, html } from '@open-wc/testing';
import { itIn, preferColorScheme } from './helpers/engine.js';
import '../../src/components/score-badge/score-badge.define.js';
import { ScoreBadge } from '../../src/components/score-badge/score-badge.js';
import type { Score } from '../../src/schemas/score.js';
import { spyOnWarn } from './helpers/spies.js';

const badgeOf = (el: ScoreBadge) => el.shadowRoot!.querySelector<HTMLElement>('[part="badge"]')!;
const nameOf = (el: ScoreBadge) => badgeOf(el).getAttribute('aria-label');
const partText = (el: ScoreBadge, part: string) => el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.trim();
const errorText = (el: ScoreBadge) => el.shadowRoot!.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Everything inside the badge except its role="img" box is hidden, so the score is announced once. */
function expectAnnouncedOnce(el: ScoreBadge) {
  const badge = badgeOf(el);
  expect(badge.getAttribute('role')).to.equal('img');
  for (const child of badge.children) expect(child.getAttribute('aria-hidden'), child.className).to.equal('true');
}

async function expectAccessibleInBothSchemes(el: ScoreBadge) {
  await expect(el).to.be.accessible();
  el.theme = 'dark';
  await el.updateComplete;
  await expect(el).to.be.accessible();
  el.theme = 'auto';
  // Where the driver cannot emulate the preference, theme="dark" above covered the colours, and the test
  // 'follows prefers-color-scheme: dark …' below is listed as not run in that engine.
  if (!(await preferColorScheme('dark'))) return;
  try {
    await expect(el).to.be.accessible();
  } finally {
    await preferColorScheme('light');
  }
}

describe('rc-score-badge', function () {
  // axe runs several times per test; on a loaded machine that outlasts mocha's 10 s default.
  this.timeout(30_000);
  itIn(['chromium'], 'only CDP can emulate prefers-color-scheme; theme="dark" is checked in every engine')('follows prefers-color-scheme: dark with theme="auto", in the colours of theme="dark"', async () => {
    const el = await fixture<ScoreBadge>(html`<rc-score-badge value="6" best="10" theme="dark"></rc-score-badge>`);
    const colours = () => {
      const style = getComputedStyle(badgeOf(el));
      return [style.color, style.backgroundColor, style.borderColor].join(' ');
    };
    const dark = colours();
    el.theme = 'auto';
    await el.updateComplete;
    await preferColorScheme('dark');
    try {
      expect(colours()).to.equal(dark);
      await expect(el).to.be.accessible();
      await preferColorScheme('light');
      expect(colours()).not.to.equal(dark);
    } finally {
      await preferColorScheme('light');
    }
  });
  describe('attribute use', () => {
    it('shows value/best as "6/10" and is named "Score: 6 out of 10"', async () => {
      const el = await fixture<ScoreBadge>(html`<rc-score-badge value="6" best="10"></rc-score-badge>`);
      expect(partText(el, 'value')).to.equal('6');
      expect(partText(el, 'scale')).to.equal('/10');
      expect(nameOf(el)).to.match(/^Score: 6 out of 10\b/);
      expectAnnouncedOnce(el);
      await expectAccessibleInBothSchemes(el);
    });

    it('defaults best to 10 when only value is given', async () => {
      const el = await fixture<ScoreBadge>(html`<rc-score-badge value="7.5"></rc-score-badge>`);
      expect(nameOf(el)).to.match(/^Score: 7\.5 out of 10\b/);
    });

    it('reads worst, and names a scale that does not start at 0 or 1', async () => {
      const el = await fixture<ScoreBadge>(html`<rc-score-badge value="3" best="7" worst="-3"></rc-score-badge>`);
      expect(partText(el, 'scale')).to.equal('/-3–7');
      expect(nameOf(el)).to.contain('Score: 3 out of 7 (-3–7)');
    });

    it('turns a label such as "Mostly false" into a named rating', async () => {
      const el = await fixture<ScoreBadge>(html`<rc-score-badge label="Mostly false"></rc-score-badge>`);
      expect(badgeOf(el).dataset.kind).to.equal('named');
      expect(partText(el, 'value')).to.equal('Mostly false');
      expect(el.shadowRoot!.querySelector('[part="scale"]')).to.equal(null);
      expect(nameOf(el)).to.equal('Score: Mostly false');
      await expectAccessibleInBothSchemes(el);
    });

    it('turns a label such as "B+" into a letter grade ranked on the default scale', async () => {
      const el = await fixture<ScoreBadge>(html`<rc-score-badge label="B+"></rc-score-badge>`);
      expect(badgeOf(el).dataset.kind).to.equal('letter');
      expect(partText(el, 'value')).to.equal('B+');
      expect(badgeOf(el).dataset.band).to.equal('high');
      // No band word: the default letter scale has no owner who named its bands.
      expect(nameOf(el)).to.equal('Score: B+');
      await expectAccessibleInBothSchemes(el);
    });

    it('shows stars with display="stars", announced once as "4.5 out of 5 stars"', async () => {
      const el = await fixture<ScoreBadge>(html`<rc-score-badge value="4.5" best="5" display="stars"></rc-score-badge>`);
      expect(partText(el, 'stars')).to.equal('★★★★½');
      expect(nameOf(el)).to.match(/^Score: 4\.5 out of 5 stars\b/);
      expect(el.shadowRoot!.querySelector('[part="stars"]')!.closest('[aria-hidden="true"]')).to.not.equal(null);
      expectAnnouncedOnce(el);
      await expectAccessibleInBothSchemes(el);
    });

    it('shows a percentage with display="percent" and no scale suffix', async () => {
      const el = await fixture<ScoreBadge>(html`<rc-score-badge value="87" best="100" display="percent"></rc-score-badge>`);
      expect(partText(el, 'value')).to.equal('87%');
      expect(el.shadowRoot!.querySelector('[part="scale"]')).to.equal(null);
      expect(nameOf(el)).to.match(/^Score: 87%/);
    });

    it('uses the band preset named by bands="metacritic"', async () => {
      const el = await fixture<ScoreBadge>(html`<rc-score-badge value="85" best="100" bands="metacritic"></rc-score-badge>`);
      expect(badgeOf(el).dataset.band).to.equal('universal-acclaim');
      expect(partText(el, 'band')).to.equal('Universal acclaim');
    });

    it('re-renders when an attribute changes', async () => {
      const el = await fixture<ScoreBadge>(html`<rc-score-badge value="6" best="10"></rc-score-badge>`);
      el.setAttribute('value', '9');
      await el.updateComplete;
      expect(nameOf(el)).to.match(/^Score: 9 out of 10\b/);
    });
  });

  describe('the band', () => {
    it('adds no words to a critic\'s own scale: the value as written carries the meaning, the colour only follows', async () => {
      for (const [value, tone] of [['8', 'positive'], ['5', 'mixed'], ['2', 'negative']] as const) {
        const el = await fixture<ScoreBadge>(html`<rc-score-badge value=${value} best="10"></rc-score-badge>`);
        expect(el.shadowRoot!.querySelector('[part~="band"]')).to.equal(null);
        expect(badgeOf(el).dataset.tone).to.equal(tone);
        expect(nameOf(el)).to.equal(`Score: ${value} out of 10`);
        expect(el.shadowRoot!.textContent).to.not.match(/High|Middling|Low/);
      }
    });

    it('writes out the band in the words of the scale\'s owner (Metacritic, Rotten Tomatoes)', async () => {
      for (const [value, bands, word] of [['72', 'metacritic', 'Generally favorable'], ['45', 'rotten-tomatoes', 'Rotten']] as const) {
        const el = await fixture<ScoreBadge>(html`<rc-score-badge value=${value} best="100" bands=${bands}></rc-score-badge>`);
        expect(partText(el, 'band')).to.equal(word);
        expect(nameOf(el)).to.contain(`(${word})`);
      }
    });

    it('gives each tone a different border colour than the neutral badge', async () => {
      const colours = new Set<string>();
      for (const value of ['8', '5', '2']) {
        const el = await fixture<ScoreBadge>(html`<rc-score-badge value=${value} best="10" theme="light"></rc-score-badge>`);
        colours.add(getComputedStyle(badgeOf(el)).borderTopColor);
      }
      expect(colours.size).to.equal(3);
    });

    it('is absent for a named rating with no scale to rank it on', async () => {
      const el = await fixture<ScoreBadge>(html`<rc-score-badge label="Mostly false"></rc-score-badge>`);
      expect(el.shadowRoot!.querySelector('[part="band"]')).to.equal(null);
      expect(badgeOf(el).dataset.band).to.equal('unranked');
    });
  });

  describe('data property', () => {
    it('names a rating with its author: "Rated False by Example Fact Check"', async () => {
      const score: Score = { kind: 'named', value: 'False', author: { name: 'Example Fact Check', type: 'organization' } };
      const el = await fixture<ScoreBadge>(html`<rc-score-badge .data=${score}></rc-score-badge>`);
      expect(nameOf(el)).to.equal('Rated False by Example Fact Check');
      expect(partText(el, 'value')).to.equal('False');
      await expectAccessibleInBothSchemes(el);
    });

    it('shows the score as written, with its caption', async () => {
      const score: Score = { kind: 'numeric', value: 7.5, best: 10, asWritten: '7.5/10', label: 'Movie score' };
      const el = await fixture<ScoreBadge>(html`<rc-score-badge .data=${score}></rc-score-badge>`);
      expect(partText(el, 'value')).to.equal('7.5/10');
      expect(partText(el, 'label')).to.equal('Movie score');
      expect(nameOf(el)).to.match(/^Movie score: 7\.5 out of 10\b/);
    });

    it('formats numbers for the closest lang', async () => {
      const wrapper = fixtureSync(html`<div lang="de"><rc-score-badge value="7.5" best="10"></rc-score-badge></div>`);
      const el = wrapper.querySelector('rc-score-badge')!;
      await el.updateComplete;
      expect(partText(el, 'value')).to.equal('7,5');
    });
  });

  describe('invalid scores', () => {
    let warn: ReturnType<typeof spyOnWarn>;
    beforeEach(() => {
      warn = spyOnWarn();
    });
    afterEach(() => warn.restore());

    it('shows an error naming value when it is not a number', async () => {
      const el = await fixture<ScoreBadge>(html`<rc-score-badge value="abc" best="10"></rc-score-badge>`);
      expect(errorText(el)).to.contain('value: must be a finite number');
      expect(el.shadowRoot!.querySelector('[part="badge"]')).to.equal(null);
      expect(warn.calls).to.have.length(1);
      await expectAccessibleInBothSchemes(el);
    });

    it('shows an error naming value when it is above best', async () => {
      const el = await fixture<ScoreBadge>(html`<rc-score-badge value="11" best="10"></rc-score-badge>`);
      expect(errorText(el)).to.contain('value: value 11 is above the best score 10');
      expect(warn.calls).to.have.length(1);
    });

    it('shows an error naming best when best is not above worst', async () => {
      const el = await fixture<ScoreBadge>(html`<rc-score-badge value="0" best="0" worst="0"></rc-score-badge>`);
      expect(errorText(el)).to.contain('best: best (0) must be above worst (0)');
      expect(warn.calls).to.have.length(1);
    });

    it('keeps the height of a numeric badge, so a bad score does not move the line it sits in', async () => {
      const wrap = fixtureSync(html`<p><rc-score-badge value="6" best="10"></rc-score-badge> <rc-score-badge value="11" best="10"></rc-score-badge></p>`);
      const [valid, invalid] = [...wrap.querySelectorAll<ScoreBadge>('rc-score-badge')] as [ScoreBadge, ScoreBadge];
      await Promise.all([valid.updateComplete, invalid.updateComplete]);
      expect(invalid.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
      const height = (el: ScoreBadge) => el.getBoundingClientRect().height;
      expect(Math.abs(height(invalid) - height(valid)), `${height(invalid)} vs ${height(valid)} px`).to.be.below(1);
    });

    it('recovers when the attributes are corrected', async () => {
      const el = await fixture<ScoreBadge>(html`<rc-score-badge value="11" best="10"></rc-score-badge>`);
      el.setAttribute('value', '10');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(nameOf(el)).to.match(/^Score: 10 out of 10\b/);
      expect(warn.calls).to.have.length(1);
    });
  });

  describe('define()', () => {
    it('is a no-op the second time, with no warning', () => {
      const warn = spyOnWarn();
      try {
        expect(() => ScoreBadge.define()).to.not.throw();
        expect(() => ScoreBadge.define()).to.not.throw();
        expect(customElements.get('rc-score-badge')).to.equal(ScoreBadge);
        expect(warn.calls).to.have.length(0);
      } finally {
        warn.restore();
      }
    });

    it('keeps another class that holds the name, warning once and never throwing', () => {
      class Impostor extends HTMLElement {}
      customElements.define('x-taken-badge', Impostor);
      const warn = spyOnWarn();
      try {
        expect(() => ScoreBadge.define('x-taken-badge')).to.not.throw();
        expect(() => ScoreBadge.define('x-taken-badge')).to.not.throw();
        expect(customElements.get('x-taken-badge')).to.equal(Impostor);
        expect(warn.calls).to.have.length(1);
        expect(String(warn.calls[0]![0])).to.contain('<x-taken-badge> is already registered by another class');
      } finally {
        warn.restore();
      }
    });

    it('warns instead of throwing when the class is already registered under another name', () => {
      const warn = spyOnWarn();
      try {
        expect(() => ScoreBadge.define('x-second-badge-name')).to.not.throw();
        expect(customElements.get('x-second-badge-name')).to.equal(undefined);
        expect(warn.calls).to.have.length(1);
        expect(String(warn.calls[0]![0])).to.contain('define a subclass');
      } finally {
        warn.restore();
      }
    });

    it('registers a subclass under a second name', async () => {
      class MyBadge extends ScoreBadge {}
      MyBadge.define('x-my-badge');
      const el = await fixture<ScoreBadge>(html`<x-my-badge value="6" best="10"></x-my-badge>`);
      expect(nameOf(el)).to.match(/^Score: 6 out of 10\b/);
    });
  });
});
