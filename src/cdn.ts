// The self-contained CDN bundle: registers every element and re-exports the public API.
export * from './all.js';
