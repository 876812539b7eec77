// @web/test-runner-visual-regression 0.10 declares its browser entry as `export * from './browser/commands.mjs'`,
// whose types sit in commands.d.ts, which TypeScript does not find for an .mjs path; this adds the one
// function that entry has.
export {};
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
