import { useState } from 'react';
// Registers the four tags; `import 'review-cards/review-card.js'` would register just one.
import 'review-cards/all.js';
import type { RcErrorEvent } from 'review-cards';
import { reviews, type ReviewKey } from '../../shared/documents.js';

/**
 * React 19 sets `data` as a property (the element has a `data` property, so React does not stringify
 * it into an attribute) and listens for `rc-error` through `onrc-error`: the part after `on` is the
 * event's name, as written. Both are typed by `review-cards/jsx` (see jsx.d.ts beside this file).
 */
export function App() {
  const [key, setKey] = useState<ReviewKey>('faces');
  const [errors, setErrors] = useState<string[]>([]);
  const onError = (event: RcErrorEvent) => setErrors((list) => [...list, event.detail.message]);

  return (
    <main>
      <h1>review-cards in React 19</h1>
      <nav>
        {(Object.keys(reviews) as ReviewKey[]).map((k) => (
          <button key={k} id={`show-${k}`} type="button" aria-pressed={k === key} onClick={() => setKey(k)}>
            {k}
          </button>
        ))}
      </nav>
      <rc-review-card id="card" data={reviews[key]} theme="light" onrc-error={onError} />
      <h2>rc-error events</h2>
      <ol id="errors">
        {errors.map((message, i) => (
          <li key={i}>{message}</li>
        ))}
      </ol>
    </main>
  );
}
