/**
 * SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers): one
 * result per gate violation and per accepted finding (as a suppressed
 * result). Rules come from the finding kinds and causes (help: docs/kinds.md,
 * docs/causes/<cause>.md) and, for findings-free rules such as budgets, from
 * the gate rules (docs/config.md). Deterministic: no timestamps, no absolute
 * paths, sorted rules and results.
 */
import type { Accepted, GateFinding, GateResult, Violation } from '../gate/evaluate.js';
import { CAUSES, type Cause } from '../model/causes.js';
import { VERSION } from '../version.js';
import { causeDocsPath, DOCS_BASE_URL, docsUrl, gateRuleDocsPath, kindDocsPath } from './messages/docs.js';
import { kindTitle } from './messages/findings.js';
import { formatPos, isModulePos, type SourcePos } from '../model/position.js';
import { acceptedMessage, GATE_RULE_TITLES, SRCROOT_DESCRIPTION, violationMessage } from './messages/gate.js';
import { jsonSafe } from './escape.js';
import type { FindingKind } from '../model/kinds.js';
import type { GateRule } from '../gate/evaluate.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  /** Prefix for artifact URIs: the module's directory relative to the repository root (`` or `sub/dir/`). */
  uriPrefix?: string;
  /**
   * The configuration file, relative to the module root, when it is in the
   * module: where a result without a position (a budget) points. A result
   * at a position outside the module (generated code, a dependency) points
   * at go.mod. Code scanning drops results without a location.
   */
  configFile?: string;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
}

function ruleFor(finding: GateFinding | undefined, rule: GateRule): SarifRule {
  if (finding?.cause) return causeRule(finding.cause);
  if (finding) return kindRule(finding.kind);
  return {
    id: `goescape/${rule}`,
    name: pascal(rule),
    shortDescription: { text: GATE_RULE_TITLES[rule] },
    helpUri: docsUrl(gateRuleDocsPath(rule)),
    defaultConfiguration: { level: 'error' },
  };
}

function causeRule(cause: Cause): SarifRule {
  return {
    id: `cause/${cause}`,
    name: pascal(cause),
    shortDescription: { text: CAUSES[cause].title },
    helpUri: docsUrl(causeDocsPath(cause)),
    defaultConfiguration: { level: 'error' },
  };
}

function kindRule(kind: FindingKind): SarifRule {
  return {
    id: kind,
    name: pascal(kind),
    shortDescription: { text: kindTitle(kind) },
    helpUri: docsUrl(kindDocsPath(kind)),
    defaultConfiguration: { level: 'error' },
  };
}

function pascal(s: string): string {
  return s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** Every result gets a location: its line in the module, else line 1 of the configuration (no position) or of go.mod (a position outside the module). */
export function fallbackFile(pos: SourcePos | undefined, configFile: string | undefined): string {
  return pos === undefined && configFile !== undefined ? configFile : 'go.mod';
}

function location(pos: SourcePos | undefined, prefix: string, configFile: string | undefined): object[] {
  const at = isModulePos(pos) ? pos : { file: fallbackFile(pos, configFile), line: 1 };
  const region: Record<string, number> = { startLine: at.line };
  if (at.column !== undefined && at.column >= 1) region.startColumn = at.column;
  return [{ physicalLocation: { artifactLocation: { uri: relativeUri(prefix + at.file), uriBaseId: '%SRCROOT%' }, region } }];
}

/**
 * A relative path as a URI reference: each segment percent-encoded whole,
 * so `#`, `?` and `:` in a file name stay part of it (encodeURI would read
 * them as a fragment, a query or a scheme).
 */
function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function renderSarif(gate: GateResult, opts: SarifOptions = {}): string {
  const prefix = opts.uriPrefix ?? '';
  const rules = new Map<string, SarifRule>();
  const results: Record<string, unknown>[] = [];
  const add = (rule: SarifRule, text: string, pos: SourcePos | undefined, props: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    rules.set(rule.id, rule);
    // A position outside the module stays in the message.
    const shown = pos && !isModulePos(pos) ? `${formatPos(pos)}: ${text}` : text;
    const r: Record<string, unknown> = { ruleId: rule.id, level: 'error', message: { text: shown } };
    r.locations = location(pos, prefix, opts.configFile);
    Object.assign(r, extra);
    r.properties = props;
    results.push(r);
  };
  for (const v of gate.violations) {
    // An allocation that happens only under a condition is a warning, not an error.
    const level = (v.class ?? v.finding?.site?.class) === 'may-allocate' ? { level: 'warning' } : {};
    add(ruleFor(v.finding, v.rule), violationMessage(v), v.pos, properties(v), {
      ...fingerprints(v.finding?.site?.key ?? v.finding?.key ?? `${v.rule}|${v.pkg}|${v.func ?? ''}`),
      ...level,
    });
  }
  for (const a of gate.accepted) {
    add(ruleFor(a.finding, 'new-heap-escape'), acceptedMessage(a), a.finding.site?.pos ?? a.finding.pos, acceptedProperties(a), {
      ...fingerprints(a.finding.site?.key ?? a.finding.key),
      suppressions: [{ kind: a.by === 'directive' ? 'inSource' : 'external', justification: a.reason }],
    });
  }
  const ruleList = [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  for (const r of results) {
    // ruleIndex right after ruleId, for readers that look it up by position.
    const { ruleId, ...rest } = r;
    for (const k of Object.keys(r)) delete r[k];
    Object.assign(r, { ruleId, ruleIndex: index.get(ruleId as string)! }, rest);
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'goescape', version: VERSION, semanticVersion: VERSION, informationUri: DOCS_BASE_URL, rules: ruleList } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: SRCROOT_DESCRIPTION } } },
        results,
        properties: { counts: gate.counts, removed: gate.removed.map((e) => e.key) },
      },
    ],
  };
  return jsonSafe(JSON.stringify(log, null, 2)) + '\n';
}

function fingerprints(key: string): Record<string, unknown> {
  return { partialFingerprints: { 'goescapeKey/v1': key } };
}

function properties(v: Violation): Record<string, unknown> {
  const p: Record<string, unknown> = { gateRule: v.rule, package: v.pkg };
  if (v.func) p.func = v.func;
  if (v.finding) {
    p.key = v.finding.key;
    p.kind = v.finding.kind;
    if (v.finding.cause) p.cause = v.finding.cause;
    if (v.finding.site) p.site = v.finding.site.key;
  }
  const cls = v.class ?? v.finding?.site?.class;
  const condition = v.condition ?? v.finding?.site?.condition;
  if (cls !== undefined) p.allocationClass = cls;
  if (condition !== undefined) p.allocationCondition = condition;
  if (v.limit !== undefined) p.limit = v.limit;
  if (v.actual !== undefined) p.actual = v.actual;
  return p;
}

function acceptedProperties(a: Accepted): Record<string, unknown> {
  const p: Record<string, unknown> = { package: a.finding.pkg, key: a.finding.key, kind: a.finding.kind };
  if (a.finding.cause) p.cause = a.finding.cause;
  if (a.finding.site) p.site = a.finding.site.key;
  return p;
}
