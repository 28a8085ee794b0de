/**
 * The JSON documents goescape writes, version 1, declared field by field
 * (docs/json-schema.md describes each field). The renderers in this folder
 * build these from the model, so a change inside goescape cannot change
 * what a consumer reads; a change here is a change of the schema, and an
 * incompatible one bumps the document's version field.
 *
 * Self-contained on purpose: nothing here refers to the model's types.
 * Key order in the written JSON is the order of the fields below.
 * `kind` and `cause` are strings, as consumers must take values they do
 * not know (docs/json-schema.md, version policy).
 */

// ---- shared --------------------------------------------------------------

export interface SourcePos {
  file: string;
  line: number;
  column?: number;
}

export interface Tool {
  name: 'goescape';
  version: string;
}

// ---- goescape analyze --format json, goescape report --format json ----------

export interface AnalysisDocument {
  schemaVersion: 1;
  tool: Tool;
  toolchain: Toolchain;
  patterns: string[];
  packages: PackageResult[];
  findings: Finding[];
  summary: Summary;
  module?: ModuleInfo;
  frames?: FrameInfo[];
  verification?: VerificationSummary;
  diff?: DiffSummary;
  profile?: ProfileSummary;
}

export interface Toolchain {
  goVersion: string;
  goos: string;
  goarch: string;
  goexperiment: string;
  compilerFlags: string[];
  command: string[];
}

export interface ModuleInfo {
  path: string;
  root: string;
}

export interface PackageResult {
  path: string;
  desc: string;
  status: 'ok' | 'failed' | 'not-built';
  errors: string[];
  lines: number;
  findings: number;
  heapEscapes: number;
  variant?: 'test' | 'testmain';
  dir?: string;
}

export interface Summary {
  lines: number;
  linesInFindings: number;
  headerLines: number;
  findings: number;
  byKind: Record<string, number>;
  heapEscapes: number;
  heapSites?: number;
  byCause: Record<string, number>;
  sitesByCause?: Record<string, number>;
  leaks: number;
  inlinedCopies: number;
  packages: PackageCounts;
  unrecognized: UnrecognizedLine[];
  goMessages: string[];
  goExitCode: number;
}

export interface PackageCounts {
  total: number;
  ok: number;
  failed: number;
  notBuilt?: number;
}

export interface UnrecognizedLine {
  pkg: string;
  line: number;
  text: string;
  reason: string;
}

export interface Finding {
  key: string;
  kind: string;
  pkg: string;
  pos: SourcePos;
  func: string;
  subject: string;
  message: string;
  details: FindingDetails;
  explanations: Explanation[];
  outputLines?: number;
  inlinedFrom?: string;
  wraps?: string;
  inlinedSites?: InlinedSite[];
  chain?: ChainStep[];
  /** Several explanations: the indexes of each one's steps in `chain`. */
  chainPaths?: number[][];
  cause?: string;
  verification?: Verification;
  profile?: FindingProfile;
}

export interface FindingDetails {
  fromExplanation?: true;
  result?: string;
  level?: number;
  callee?: string;
  caller?: string;
  reason?: string;
  cost?: number;
  budget?: number;
  signature?: string;
  body?: string;
  score?: number;
  concrete?: string;
  capture?: 'value' | 'ref';
  addr?: boolean;
  assign?: boolean;
  width?: number;
  runtimeFunc?: string;
  why?: string;
  type?: string;
  /** `allocates`, `may-allocate`, `allocates-in-callee`. */
  class?: string;
  /** may-allocate: `append-growth`, `map-growth`, … */
  condition?: string;
  /** allocates-in-callee: the callee, its callees down to the runtime entry point. */
  calleePath?: string[];
  /** allocates-in-callee: the callee allocates on every path through the call. */
  unconditional?: boolean;
  inline?: InlineStep[];
}

export interface InlineStep {
  callee: string;
  pos: SourcePos;
}

export interface Explanation {
  header: 'escapes' | 'leaks';
  sink?: string;
  derefs?: number;
  flows: Flow[];
  func?: string;
  truncated?: true;
}

export interface Flow {
  dst: string;
  src: string;
  derefs: number;
  notes: FlowNote[];
}

export interface FlowNote {
  where: string;
  why: string;
  pos?: SourcePos;
}

export interface ChainStep {
  op: string;
  where: string;
  into: string;
  pos?: SourcePos;
  /** A step placed in inlined code: the inlined calls from the finding's function down to it, outermost first. */
  inline?: InlineStep[];
}

export interface InlinedSite {
  pos: SourcePos;
  pkg: string;
  kind: string;
  raw: string;
  func?: string;
  key?: string;
  inline?: InlineStep[];
  verification?: Verification;
  wraps?: string;
}

export interface Verification {
  status: 'allocates' | 'no-allocation' | 'unverified' | 'ambiguous';
  runtimeFunc?: string;
  type?: string;
  size?: number;
  reason?: string;
  class?: string;
  condition?: string;
}

export interface FindingProfile {
  bytes: number;
  objects: number;
  share: number;
}

export interface FrameInfo {
  func: string;
  pkg: string;
  symbol: string;
  frameBytes: number;
  argBytes: number;
  flags: string[];
  pos?: SourcePos;
}

export interface VerificationSummary {
  heapEscapes: number;
  allocates: number;
  noAllocation: number;
  unverified: number;
  ambiguous?: number;
  allocatesWithoutEscape: number;
  byClass?: Record<string, number>;
  byCondition?: Record<string, number>;
  allocCalls: number;
  functions: number;
  framesOverLimit: number;
  frameLimit: number;
  command: string[];
  callees?: CalleeVerification;
}

export interface CalleeVerification {
  staticCalls: number;
  allocating: number;
  unconditional: number;
  unknown: number;
  unknownCalls: UnknownCall[];
  summarized: number;
  packagesCached: number;
  packagesCompiled: number;
  command?: string[];
}

export interface UnknownCall {
  pkg: string;
  func: string;
  pos: SourcePos;
  inline?: InlineStep[];
}

export interface DiffSummary {
  baseRev: string;
  headRev: string;
  baseFindings: number;
  headFindings: number;
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

export interface ProfileSummary {
  profiles: string[];
  totalBytes: number;
  inPackagesBytes: number;
  predictedBytes: number;
  unpredictedBytes: number;
  predictedBytesShare: number;
}

// ---- goescape check --format json -------------------------------------------

export interface CheckDocument {
  checkVersion: 2;
  tool: Tool;
  toolchain: BaselineToolchain;
  gate: GateResult;
  baseline?: BaselineInfo;
}

export interface BaselineToolchain {
  goVersion: string;
  goos: string;
  goarch: string;
  goexperiment: string;
  compilerFlags: string[];
}

export interface BaselineInfo {
  file: string;
  toolchain: BaselineToolchain;
}

export interface GateResult {
  violations: Violation[];
  accepted: Accepted[];
  removed: BaselineSite[];
  /** Source directives that applied to nothing (warnings; violations too under `--strict`). */
  unmatched: UnmatchedDirective[];
  counts: GateCounts;
  exitCode: 0 | 1;
}

export interface Violation {
  rule:
    | 'new-heap-escape'
    | 'noescape'
    | 'noescape-alloc'
    | 'bce'
    | 'inline'
    | 'budget'
    | 'frame-size'
    | 'forbidden-cause'
    | 'forbidden-class'
    | 'bad-directive'
    | 'unmatched-directive';
  pkg: string;
  finding?: GateFinding;
  pos?: SourcePos;
  func?: string;
  limit?: number;
  actual?: number;
  cause?: string;
  /** forbidden-class: the allocation's class and condition. */
  class?: string;
  condition?: string;
  detail?: string;
  /** noescape and noescape-alloc of a line's `//goescape:noescape`, bce: the line asserted about. */
  line?: number;
  /** bce: the bounds check left, `index` (IsInBounds) or `slice` (IsSliceInBounds). */
  check?: 'index' | 'slice';
  /** inline: the function called and not inlined (a linker symbol); absent for a call through a register. */
  callee?: string;
  /** inline of a function marked in its doc comment: the function whose code calls it. */
  caller?: string;
  /** unmatched-directive: the directive. */
  unmatched?: UnmatchedDirective;
  /** new-heap-escape against a version 2 baseline: how many sites of the class are new, and every site of the class (goescape cannot tell which are new). */
  unsure?: UnsureSites;
}

/** Sites of one class (package, function, kind, subject) of which some are new, against a version 2 baseline. */
export interface UnsureSites {
  /** How many of them are new. */
  fresh: number;
  /** Where every site of the class is. */
  candidates: SourcePos[];
}

/** A `//goescape:` directive that matched nothing. */
export interface UnmatchedDirective {
  directive: 'allow' | 'noescape' | 'inline';
  /** The directive's own line. */
  pos: SourcePos;
  /** allow: the line it accepts findings on. */
  line?: number;
  /** noescape: the function it marks. */
  func?: string;
}

export interface GateFinding {
  key: string;
  kind: string;
  pkg: string;
  func: string;
  subject: string;
  pos: SourcePos;
  message: string;
  cause?: string;
  /** For a heap escape: the allocation site this result is about. */
  site?: GateSite;
}

/** Where a heap escape's value is allocated: its own code, or a copy inlined into another function. */
export interface GateSite {
  key: string;
  /** Package and function whose machine code allocates. */
  pkg: string;
  func: string;
  /** The line to blame: the site's own line (for a copy, the call that inlined it). */
  pos: SourcePos;
  copy: boolean;
  /** For a copy: the inlined calls from `func` down to the escape's function, outermost first. */
  inline?: InlineStep[];
  /** Under --verify, when the site allocates: its allocation class and condition. */
  class?: string;
  condition?: string;
}

export interface Accepted {
  finding: GateFinding;
  by: 'directive' | 'config';
  reason: string;
  /** by directive: where the `//goescape:allow` comment is. */
  directive?: SourcePos;
}

/** A baseline site (baseline version 2). */
export interface BaselineSite {
  key: string;
  /** The key of the heap escape whose value is allocated here. */
  origin: string;
  kind: string;
  /** Package and function whose machine code allocates. */
  pkg: string;
  func: string;
  subject: string;
  cause?: string;
  /** Where it was when recorded (never matched on). */
  at?: SourcePos;
}

export interface GateCounts {
  /** Heap escapes (origins, where fixes go). */
  heapEscapes: number;
  /** Their allocation sites; the other counts are of sites. */
  sites: number;
  baseline: number;
  new: number;
  removed: number;
  accepted: number;
}

// ---- goescape diff --format json -------------------------------------------

export interface DiffDocument {
  diffVersion: 2;
  base: DiffSide;
  head: DiffSide;
  added: GateFinding[];
  removed: GateFinding[];
  changed: DiffChange[];
  counts: DiffCounts;
}

export interface DiffSide {
  rev: string;
  toolchain: DiffToolchain;
}

export interface DiffToolchain {
  goVersion: string;
  goos: string;
  goarch: string;
}

export interface DiffChange {
  base: GateFinding;
  head: GateFinding;
  changes: string[];
}

export interface DiffCounts {
  base: number;
  head: number;
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

// ---- goescape bench --format json ------------------------------------------

export interface BenchDocument {
  benchVersion: 2;
  tool: 'goescape bench';
  mode: 'single' | 'base' | 'pair';
  head: BenchSide;
  config: Record<string, string>;
  alpha: number;
  benchmarks: BenchComparison[];
  gates: string[];
  regressions: Regression[];
  notes: string[];
  base?: BenchSide;
  count?: number;
  benchtime?: string;
  profile?: ProfileJoin;
  order?: BenchRun[];
}

export interface BenchRun {
  round: number;
  side: 'base' | 'head';
  pkg: string;
}

export interface BenchSide {
  label: string;
  commit?: string;
  input?: string;
}

export interface BenchComparison {
  pkg: string;
  name: string;
  procs: number;
  metrics: MetricComparison[];
}

export interface MetricComparison {
  unit: string;
  head?: MetricSummary;
  base?: MetricSummary;
  delta?: MetricDelta;
}

export interface MetricSummary {
  unit: string;
  values: number[];
  median: number | null;
  lo: number | null;
  hi: number | null;
  range: string;
  n: number;
  warning?: string;
}

export interface MetricDelta {
  percent: number | null;
  text: string;
  p: number;
  significant: boolean;
  verdict: 'change' | 'no-change' | 'cannot-tell';
  spreadPercent: number | null;
  note?: string;
}

export interface Regression {
  pkg: string;
  name: string;
  unit: string;
  percent: number | null;
  p: number;
  gate: string;
}

// ---- goescape profile --format json (and bench --profile) -------------------

export interface ProfileDocument {
  profileVersion: 1;
  tool: 'goescape profile';
  profiles: string[];
  packages: string[];
  join: ProfileJoin;
}

export interface ProfileJoin {
  total: ProfileTotal;
  inPackages: Amount;
  predicted: Amount;
  unpredicted: Amount;
  outside: Amount;
  accountedBytesShare: number | null;
  predictedBytesShare: number | null;
  ranking: ObservedSite[];
  unpredictedSites: ObservedSite[];
  unexercised: FindingRef[];
}

export interface Amount {
  bytes: number;
  objects: number;
}

export interface ProfileTotal {
  bytes: number;
  objects: number;
  samples: number;
}

export interface ObservedSite {
  pkg: string;
  func: string;
  file: string;
  line: number;
  bytes: number;
  objects: number;
  share: number | null;
  samples: number;
  via: string[];
  runtimeFuncs: string[];
  inlined: string[];
  inlinedAt: InlinedAtLine[];
  findings: FindingRef[];
  reason: string;
  initFile?: 'resolved' | 'unresolved';
}

export interface InlinedAtLine {
  pkg: string;
  func: string;
  file: string;
  line: number;
  findings: FindingRef[];
}

export interface FindingRef {
  key: string;
  kind: string;
  pkg: string;
  func: string;
  pos: SourcePos;
  message: string;
  cause?: string;
}

// ---- goescape explain --format json ----------------------------------------

export interface ExplainDocument {
  explainVersion: 1;
  query: string;
  findings: ExplainedFinding[];
  nearest: NearestFinding[];
}

export interface ExplainedFinding extends Finding {
  advice?: string;
}

export interface NearestFinding {
  key: string;
  kind: string;
  pos: SourcePos;
  func: string;
  subject: string;
  message: string;
}
