/**
 * The HTML report's page script, plain browser JavaScript inlined into the
 * page and allowed by hash in its CSP. Built from page/ (TypeScript for the
 * browser) by scripts/build-page.ts during `npm run build`, which writes
 * page-script.js beside the compiled index.js.
 */
export declare const PAGE_SCRIPT: string;
