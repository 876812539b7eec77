// The embed builder (issue 18): an editor pastes our JSON or schema.org JSON-LD, or
// starts from a data/ document, sees the card as a page would show it, with the
// validator's errors (path and reason), and copies a snippet for a plain page.
// What is pasted is only ever data: it goes into the preview as the text of a child
// <script> (never parsed as markup), and into the snippet re-serialised with `<`,
// `>` and `&` escaped, so nothing in it can end the script element early.
import { LitElement, css, html, nothing } from 'lit';
import { createElement as h, type ReactNode } from 'react';
import '../src/all.js';
import { RcErrorEvent } from '../src/internal/events.js';
import { formatPath, type ValidationIssue } from '../src/schemas/validate.js';
import { dataSets } from './support.js';
import { RTL, TAGS, embedSnippet, parsePasted, tagFor, type Parsed, type Tag } from './embed-snippet.js';

const LANGUAGES = [
  ['en', 'English'],
  ['ru', 'Русский'],
  ['uk', 'Українська'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['ar', 'العربية'],
] as const;
const WIDTHS = [
  ['phone', 'Phone (360 px)'],
  ['column', 'Article column (640 px)'],
  ['full', 'Full width'],
] as const;
const THEMES = ['auto', 'light', 'dark'] as const;

/**
 * `<sb-embed-builder>`: the builder's page. Storybook-only, so not an `rc-` tag.
 * @fires sb-preview-rendered - The preview has settled (rendered or errored); the story check waits for it.
 */
export class EmbedBuilder extends LitElement {
  static override properties = {
    text: { state: true },
    file: { state: true },
    element: { state: true },
    language: { state: true },
    theme: { state: true },
    width: { state: true },
    issues: { state: true },
    parseError: { state: true },
    copied: { state: true },
  };

  static override styles = css`
    :host { display: block; font: 1rem/1.5 system-ui, sans-serif; color: #1b1b1f; }
    .controls { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; margin-block-end: 1rem; }
    label { display: flex; flex-direction: column; gap: 0.25rem; font-weight: 600; font-size: 0.875rem; }
    select, textarea, button { font: inherit; font-weight: 400; color: inherit; }
    select { padding: 0.25rem; }
    textarea { box-sizing: border-box; width: 100%; font: 0.8125rem/1.45 ui-monospace, monospace; padding: 0.5rem; border: 1px solid #6b6b76; border-radius: 0.25rem; background: #fff; }
    #input { min-height: 14rem; }
    #snippet { min-height: 9rem; background: #f6f6f8; }
    h2 { font-size: 1.125rem; margin: 1.5rem 0 0.5rem; }
    .stage { border: 1px dashed #6b6b76; border-radius: 0.5rem; padding: 1rem; color-scheme: light dark; background: Canvas; color: CanvasText; }
    .stage[data-theme='light'] { color-scheme: light; }
    .stage[data-theme='dark'] { color-scheme: dark; }
    .stage[data-width='phone'] { max-width: 360px; }
    .stage[data-width='column'] { max-width: 640px; }
    .problems { margin: 0.75rem 0 0; padding: 0.75rem 1rem; border-inline-start: 4px solid #b3261e; background: #fdf1f0; }
    .problems ul { margin: 0.25rem 0 0; padding-inline-start: 1.25rem; }
    .problems code { font: 0.875rem ui-monospace, monospace; }
    .ok { margin: 0.75rem 0 0; padding: 0.5rem 1rem; border-inline-start: 4px solid #1b6e3a; background: #eef7f1; }
    button { margin-block-start: 0.5rem; padding: 0.375rem 0.875rem; border: 1px solid #3d3d45; border-radius: 0.25rem; background: #fff; cursor: pointer; }
    button[disabled] { cursor: not-allowed; color: #5c5c66; }
    .copied { margin-inline-start: 0.75rem; }
  `;

  declare text: string;
  declare file: string;
  declare element: 'auto' | Tag;
  declare language: string;
  declare theme: (typeof THEMES)[number];
  declare width: string;
  declare issues: ValidationIssue[];
  declare parseError: string;
  declare copied: string;

  private readonly stage = document.createElement('div');
  private previewKey = '';

  constructor() {
    super();
    this.file = 'reviews/faces-of-the-resistance.json';
    this.text = JSON.stringify(dataSets[this.file], null, 2);
    this.element = 'auto';
    this.language = 'en';
    this.theme = 'auto';
    this.width = 'column';
    this.issues = [];
    this.parseError = '';
    this.copied = '';
    this.stage.className = 'stage';
    this.stage.setAttribute('part', 'stage');
    this.stage.addEventListener(RcErrorEvent.eventName, (event) => {
      const { detail } = event as RcErrorEvent;
      // Only the outer element's own error: a nested badge's is part of it.
      if (event.target === this.stage.firstElementChild) this.issues = detail.issues;
    });
  }

  private get parsed(): Parsed {
    return parsePasted(this.text);
  }

  private get tag(): Tag {
    if (this.element !== 'auto') return this.element;
    const parsed = this.parsed;
    return parsed.ok ? tagFor(parsed.value) : 'rc-review-card';
  }

  /** Rebuilds the preview element when the text or an option changed: the pasted text is a script's text, never markup. */
  private renderPreview(): void {
    const parsed = this.parsed;
    const key = JSON.stringify([this.text, this.tag, this.language, this.theme]);
    this.stage.dataset['theme'] = this.theme;
    this.stage.dataset['width'] = this.width;
    if (key === this.previewKey) return;
    this.previewKey = key;
    this.issues = [];
    this.parseError = parsed.ok ? '' : parsed.message;
    const el = document.createElement(this.tag);
    el.setAttribute('lang', this.language);
    if (RTL.has(this.language)) el.setAttribute('dir', 'rtl');
    if (this.theme !== 'auto') el.setAttribute('theme', this.theme);
    const script = document.createElement('script');
    script.type = parsed.ok && parsed.jsonLd ? 'application/ld+json' : 'application/json';
    script.textContent = this.text;
    el.append(script);
    this.stage.replaceChildren(el);
    void (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete.then(() =>
      this.dispatchEvent(new Event('sb-preview-rendered', { bubbles: true, composed: true })),
    );
  }

  // Before render, so that the preview's reset does not ask for a second update.
  override willUpdate(): void {
    this.renderPreview();
  }

  private pick(event: Event): void {
    this.file = (event.target as HTMLSelectElement).value;
    const doc = dataSets[this.file];
    if (doc) this.text = JSON.stringify(doc, null, 2);
    this.copied = '';
  }

  private async copy(snippet: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(snippet);
      this.copied = 'Copied to the clipboard.';
    } catch {
      // No clipboard permission (an http page, an iframe without it): select it for Ctrl+C instead.
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#snippet');
      area?.focus();
      area?.select();
      this.copied = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  }

  override render() {
    const parsed = this.parsed;
    const valid = parsed.ok && this.issues.length === 0;
    const snippet = parsed.ok ? embedSnippet(this.tag, parsed.value, { jsonLd: parsed.jsonLd, lang: this.language, theme: this.theme }) : '';
    const select = <T extends string>(id: string, label: string, value: string, options: readonly (readonly [T, string])[], on: (v: T) => void) =>
      html`<label for=${id}>${label}
        <select id=${id} @change=${(e: Event) => on((e.target as HTMLSelectElement).value as T)}>
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
        </select>
      </label>`;
    return html`
      <div class="controls">
        <label for="file">Start from a data/ document
          <select id="file" @change=${this.pick}>
            <option value="" ?selected=${this.file === ''}>(my own, pasted below)</option>
            ${Object.keys(dataSets).map((f) => html`<option value=${f} ?selected=${f === this.file}>${f}</option>`)}
          </select>
        </label>
        ${select('element', 'Element', this.element, [['auto', `Automatic (${this.tag})`], ...TAGS.map((t) => [t, t] as const)], (v) => (this.element = v))}
        ${select('lang', 'Language', this.language, LANGUAGES, (v) => (this.language = v))}
        ${select('theme', 'Theme', this.theme, THEMES.map((t) => [t, t === 'auto' ? 'Auto (reader’s setting)' : t[0]!.toUpperCase() + t.slice(1)] as const), (v) => (this.theme = v))}
        ${select('width', 'Width', this.width, WIDTHS, (v) => (this.width = v))}
      </div>
      <label for="input">Your JSON or schema.org JSON-LD</label>
      <textarea
        id="input"
        spellcheck="false"
        .value=${this.text}
        @input=${(e: Event) => {
          this.text = (e.target as HTMLTextAreaElement).value;
          this.file = '';
          this.copied = '';
        }}
      ></textarea>

      <h2>Preview</h2>
      ${this.stage}
      ${!parsed.ok
        ? html`<div class="problems" role="alert"><strong>This is not JSON:</strong> ${this.parseError}</div>`
        : this.issues.length
          ? html`<div class="problems" role="alert">
              <strong>The validator found ${this.issues.length === 1 ? 'a problem' : `${this.issues.length} problems`}:</strong>
              <ul>
                ${this.issues.map((i) => html`<li><code>${formatPath(i.path) || '(the document)'}</code>: ${i.message}</li>`)}
              </ul>
            </div>`
          : html`<p class="ok" role="status">Valid: renders as <code>&lt;${this.tag}&gt;</code>.</p>`}

      <h2>Embed snippet</h2>
      <label for="snippet">Paste this into your page’s HTML</label>
      <textarea id="snippet" readonly spellcheck="false" .value=${valid ? snippet : ''} placeholder="Fix the problems above to get a snippet."></textarea>
      <button type="button" ?disabled=${!valid} @click=${() => this.copy(snippet)}>Copy snippet</button>
      ${this.copied ? html`<span class="copied" role="status">${this.copied}</span>` : nothing}
    `;
  }
}

/**
 * The builder as a block for its docs page. It registers the tag when it renders, not on import:
 * package.json's "sideEffects" does not list stories/, so a bare `import './embed-builder'` is dropped.
 */
export function EmbedBuilderBlock(): ReactNode {
  if (!customElements.get('sb-embed-builder')) customElements.define('sb-embed-builder', EmbedBuilder);
  return h('sb-embed-builder');
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-embed-builder': EmbedBuilder;
  }
}
