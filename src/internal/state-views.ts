import { html, nothing, type TemplateResult } from 'lit';
import { formatPath, type ValidationIssue } from '../schemas/validate.js';
import { fill, type BadgeStrings } from '../format/strings.js';

const SHOWN_ISSUES = 5;

/** The space-reserving placeholder shown before data arrives; busy, with an accessible name. */
export function renderPending(strings: BadgeStrings): TemplateResult {
  return html`<div part="placeholder" class="placeholder" role="status" aria-busy="true">
    <span class="visually-hidden">${strings.loading}</span>
  </div>`;
}

/** Each problem's path and reason, for the page's author; the first few, then how many more. */
function issueList(issues: readonly ValidationIssue[], strings: BadgeStrings): TemplateResult {
  const shown = issues.slice(0, SHOWN_ISSUES);
  return html`<ul class="error-issues">
    ${shown.map(
      (issue) => html`<li>${issue.path.length ? html`<code>${formatPath(issue.path)}</code>: ` : nothing}${issue.message}</li>`,
    )}
    ${issues.length > SHOWN_ISSUES ? html`<li>${fill(strings.moreIssues, { count: issues.length - SHOWN_ISSUES })}</li>` : nothing}
  </ul>`;
}

/**
 * The error state, written for readers: one plain sentence that this content could not be shown. The
 * path and reason of each problem, for the page's author, sit in a closed `<details>` (as they do in the
 * `rc-error` event and the console warning). Not an alert. Its default slot shows the author's light-DOM
 * fallback (a plain `<blockquote>` or link written for readers before the element upgrades), so that
 * content stays readable when the data is bad. The other states have no slot: on upgrade the fallback
 * gives way to the card.
 */
export function renderError(issues: readonly ValidationIssue[], strings: BadgeStrings): TemplateResult {
  return html`<div part="error" class="error">
    <p class="error-title">${strings.errorTitle}</p>
    <details class="error-details">
      <summary>${strings.errorDetails}</summary>
      ${issueList(issues, strings)}
    </details>
    <slot></slot>
  </div>`;
}

/**
 * The badge's error state keeps the size of a badge: a dash in the badge's box, named for assistive
 * technology, that opens (a `<details>`) to the problems for the page's author. The light-DOM fallback
 * (the score as text, if the page gave one) shows beside it.
 */
export function renderBadgeError(issues: readonly ValidationIssue[], strings: BadgeStrings): TemplateResult {
  return html`<span part="error" class="badge-error-box"><details class="badge badge-error">
    <summary><span aria-hidden="true">–</span><span class="visually-hidden">${strings.errorTitle}</span></summary>
    ${issueList(issues, strings)}
  </details><slot></slot></span>`;
}
