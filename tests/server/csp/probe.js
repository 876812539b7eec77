// Loaded first, as a classic script: records CSP violations, uncaught errors, unhandled rejections and
// console errors from the moment the page starts, before the library's bundle runs.
window.__probe = { violations: [], problems: [], warnings: [] };
document.addEventListener('securitypolicyviolation', (e) => {
  window.__probe.violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample || ''}`.trim());
});
window.addEventListener('error', (e) => window.__probe.problems.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => window.__probe.problems.push(`unhandledrejection: ${e.reason && (e.reason.stack || e.reason)}`));
const consoleError = console.error;
console.error = (...args) => {
  window.__probe.problems.push(`console.error: ${args.map(String).join(' ')}`);
  consoleError.apply(console, args);
};
const consoleWarn = console.warn;
console.warn = (...args) => {
  window.__probe.warnings.push(args.map(String).join(' '));
  consoleWarn.apply(console, args);
};
