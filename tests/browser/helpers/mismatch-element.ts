// A test-only element whose server render differs from its browser render, to prove the ssr pass
// catches what Lit's hydration alone does not (it adopts the server's text without comparing).
import { LitElement, html, isServer, type TemplateResult } from 'lit';

export class MismatchElement extends LitElement {
  override render(): TemplateResult {
    return html`<p>${isServer ? 'rendered on the server' : 'rendered in the browser'}</p>`;
  }
}
if (!customElements.get('rc-test-mismatch')) customElements.define('rc-test-mismatch', MismatchElement);
