// Tag and property types for JSX, generated from the Custom Elements Manifest (`npm run analyze`
// writes them to dist/jsx/jsx.d.ts; the package exports them as `review-cards/jsx`).
import type { CustomElements } from 'review-cards/jsx';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
