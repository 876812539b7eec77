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

/**
 * The compact error state: what could not be shown, and each problem's path and reason. Not an alert.
 * Its default slot shows the author's light-DOM fallback (a plain `<blockquote>` or link written for
 * readers before the element upgrades), so that content stays readable when the data is bad. The
 * other states have no slot: on upgrade the fallback gives way to the card.
 */
export function renderError(issues: readonly ValidationIssue[], strings: BadgeStrings): TemplateResult {
  const shown = issues.slice(0, SHOWN_ISSUES);
  return html`<div part="error" class="error">
    <p class="error-title">${strings.errorTitle}</p>
    <ul class="error-issues">
      ${shown.map(
        (issue) => html`<li>${issue.path.length ? html`<code>${formatPath(issue.path)}</code>: ` : nothing}${issue.message}</li>`,
      )}
      ${issues.length > SHOWN_ISSUES ? html`<li>${fill(strings.moreIssues, { count: issues.length - SHOWN_ISSUES })}</li>` : nothing}
    </ul>
    <slot></slot>
  </div>`;
}
