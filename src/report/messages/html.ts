/**
 * The English of the HTML report's page. The page script imports it when it
 * is built (scripts/build-page.ts), so it runs in the browser: plain strings
 * and functions of numbers already formatted, nothing from Node.
 */
export const PAGE_TEXT = {
  search: { placeholder: 'Search (press /)', label: 'Search findings' },
  filters: {
    kind: 'Filter by kind',
    cause: 'Filter by cause',
    verification: 'Filter by verification status',
    pkg: 'Filter by package',
    allKinds: 'All kinds',
    heapAndLeaks: 'Heap + leaks',
    heap: 'Heap escapes',
    leaks: 'Leaking params',
    stack: 'Stack',
    allCauses: 'All causes',
    noCauses: 'No causes in data',
    anyVerification: 'Any verification',
    noVerification: 'No verification in data',
    notVerified: 'not verified',
    allPackages: 'All packages',
    /** An option of a filter: the value's title and how many findings have it. */
    option: (title: string, count: string) => `${title} (${count})`,
    shown: (shown: string, total: string) => `${shown} of ${total} findings shown`,
  },
  nav: {
    label: 'Navigation',
    content: 'Content',
    details: 'Finding details',
    files: 'Files',
    findings: 'Findings',
    noMatch: 'No findings match the filters.',
    heapEscapes: 'heap escapes',
    findingsShown: 'findings shown',
  },
  /** The line and badge marks, by mark. */
  marks: {
    heap: 'allocates on the heap',
    alloc: 'allocates, no escape finding (machine code)',
    noalloc: 'escapes without allocating',
    leak: 'leaking parameter',
    stack: 'stays on the stack',
    inl: 'inlined',
    error: 'compiler error',
  },
  overview: {
    title: (module: string | null) => `goescape report${module !== null ? ` — ${module}` : ''}`,
    cards: {
      heap: 'heap escapes',
      moved: 'moved to heap',
      escapes: 'escape to heap',
      leaks: 'leaking params',
      stack: 'do not escape',
      findings: 'findings',
      packages: (failed: number) => `packages${failed ? ` (${failed} failed)` : ''}`,
      inlined: 'inlined copies folded',
    },
    toolchain: 'Toolchain and command',
    perPackage: 'Heap escapes per package',
    morePackages: (n: number) => `and ${n} more packages with heap escapes (see the Files tree)`,
    noHeap: 'No heap escapes.',
    byKind: 'Findings by kind',
    byKindColumns: ['Kind', 'id', 'Count', 'Category'],
    byCause: 'Heap escapes by cause',
    byCauseColumns: ['Cause', 'id', 'Heap escapes'],
    noCauses: 'No cause classification in this result.',
    topWeights: 'Top heap sites by profile weight',
    profile: 'Profile',
    verification: 'Verification',
    verificationColumns: ['Status', 'Findings'],
    diff: 'Diff',
    frames: (n: string) => `Stack frames recorded: ${n}`,
    failed: 'Packages that failed to compile',
    unrecognized: (n: string) => `${n} compiler lines were not recognised (kept in the JSON result).`,
    keyboard: 'Keyboard',
    keys: '/ search · j / k next / previous finding · Esc close details · Tab through the tree and lists',
  },
  source: {
    head: (lines: string, heap: number, findings: number) => `${lines} lines · ${heap} heap · ${findings} findings`,
    notEmbedded: 'Source not embedded (only files with heap or leak findings are, and only when readable at render time). Findings in this file:',
  },
  detail: {
    close: 'Close (Esc)',
    closeLabel: 'Close details',
    where: 'Where',
    func: 'Function',
    pkg: 'Package',
    kind: 'Kind',
    cause: 'Cause',
    inlinedFrom: 'Inlined from',
    verified: 'Verified',
    allocates: 'Allocates',
    allocationClass: 'Class',
    reason: 'Reason',
    profile: 'Profile',
    noPosition: '(no position)',
    chain: (derived: boolean) => `Why: the chain, step by step${derived ? ' (from the compiler explanation)' : ''}`,
    noChain: 'The compiler gave no explanation for this finding.',
    advice: 'Advice',
    inlinedCopies: (n: number) => `Inlined copies (${n})`,
    stackCopies: (n: number) => `${n} inlined ${n === 1 ? 'copy does' : 'copies do'} not escape (no allocation there).`,
    inFunc: (func: string) => ` in ${func}`,
    key: 'Key: ',
    link: 'link',
  },
  /** What advice templates say for a missing function or callee (as report/advice.ts does). */
  advice: { func: 'the function', callee: 'the callee' },
} as const;

/** The page's title when none is given: the module, or the patterns. */
export function pageTitle(module: string | undefined, patterns: readonly string[]): string {
  return `goescape report — ${module || patterns.join(' ')}`;
}

export const NOSCRIPT = 'This report needs JavaScript to display the data embedded in it.';
