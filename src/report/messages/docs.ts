/**
 * Where the documentation pages live, for links in SARIF, Markdown and
 * explain. Relative paths (`docs/kinds.md`) are appended to the base.
 */
import type { GateRule } from '../../gate/evaluate.js';
import type { FindingKind } from '../../model/kinds.js';

export const DOCS_BASE_URL = 'https://github.com/goescape/goescape/blob/main/';

export function kindDocsPath(kind: FindingKind): string {
  return `docs/kinds.md#${kind}`;
}

export function causeDocsPath(cause: string): string {
  return `docs/causes/${cause}.md`;
}

/** Where a gate rule is documented. */
export function gateRuleDocsPath(rule: GateRule): string {
  if (rule === 'forbidden-class') return 'docs/config.md#classes';
  return rule === 'bad-directive' || rule === 'noescape' || rule === 'noescape-alloc' || rule === 'unmatched-directive'
    ? 'docs/config.md#source-directives'
    : `docs/config.md#${rule}`;
}

export function docsUrl(path: string): string {
  return DOCS_BASE_URL + path;
}
