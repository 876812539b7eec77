import type { ValidationIssue } from '../schemas/validate.js';

/** Where the data came from. */
export type DataChannel = 'property' | 'src' | 'json' | 'json-ld' | 'attributes';

export interface RcErrorDetail {
  /** What is wrong, each with its path and a plain-language reason. */
  issues: ValidationIssue[];
  /** The channel the bad data came through. */
  channel: DataChannel;
  /** One-line summary, as logged to the console. */
  message: string;
}

/** Fired when an element's data fails validation or cannot be loaded. Bubbles and crosses shadow roots. */
export class RcErrorEvent extends CustomEvent<RcErrorDetail> {
  static readonly eventName = 'rc-error';
  constructor(detail: RcErrorDetail) {
    super(RcErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'rc-error': RcErrorEvent;
  }
}
