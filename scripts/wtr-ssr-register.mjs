// Loaded in each @lit-labs/testing SSR worker so it can import src/**/*.ts in Node.
// `import 'tsx/esm'` does nothing inside a worker thread on Node 20; register() does.
import { register } from 'tsx/esm/api';

register();
