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
    /** A cause's option: how many heap escapes and leaking parameters have it (what the filter then lists). */
    causeOption: (title: string, heap: string, leaks: string, other: string) =>
      `${title} (${[heap !== '0' ? `${heap} heap` : '', leaks !== '0' ? `${leaks} ${leaks === '1' ? 'leak' : 'leaks'}` : '', other !== '0' ? `${other} other` : ''].filter(Boolean).join(', ')})`,
    allocations: 'Allocations with no escape finding',
    shown: (shown: string, total: string) => `${shown} of ${total} listed findings shown`,
    shownTitle:
      'Listed findings: heap escapes, leaking parameters, stack decisions, compiler errors and allocations with no escape finding. The other findings (inlining and details) are counted under Findings by kind.',
  },
  nav: {
    label: 'Navigation',
    content: 'Content',
    details: 'Finding details',
    files: 'Files',
    findings: 'Findings',
    noMatch: 'No findings match the filters.',
    heapEscapes: 'heap escapes',
    findingsShown: 'listed findings',
    /** The tree's total line, of the findings that pass the filters. */
    total: (heap: string, listed: string, files: string) => `${heap} heap escapes · ${listed} listed findings · ${files} files`,
    groups: {
      module: (module: string | null) => `Module${module ? ` ${module}` : ''}`,
      goroot: 'Standard library ($GOROOT)',
      other: 'Module cache and other files',
    },
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
      heap: 'heap escapes (origins: where a fix goes)',
      sites: 'heap allocation sites (origins and their inlined copies on the heap)',
      moved: 'moved to heap',
      escapes: 'escape to heap',
      leaks: 'leaking params',
      stack: 'do not escape',
      listed: 'findings listed (in the Files tree and Findings list)',
      findings: 'compiler findings in all (inlining and details counted by kind)',
      packages: (failed: number) => `packages${failed ? ` (${failed} failed)` : ''}`,
      inlined: 'inlined copies folded',
    },
    fixFirst: 'Fix first',
    fixFirstBy: {
      bytes: 'Heap escapes ranked by the bytes the joined profile saw them allocate, then by the sites the assembly shows allocating.',
      verified: 'Heap escapes ranked by their allocation sites that --verify found allocating (certain first, then may allocate).',
      sites: 'Heap escapes ranked by allocation sites (run with --verify to rank by what the machine code allocates).',
    },
    /** A fix-first row of an allocation the profile saw where no heap finding is: what allocated there. */
    observed: (note: string) => `observed allocation, no heap finding: ${note}`,
    fixFirstColumns: ['Heap escape', 'Where', 'Sites', 'Allocating', 'May allocate', 'In callee', 'Bytes'],
    frames: 'Largest stack frames',
    framesColumns: ['Function', 'Package', 'Frame bytes', 'Args bytes', 'Flags', 'Where'],
    framesMore: (shown: string, total: string) => `The ${shown} largest of ${total} functions.`,
    toolchain: 'Toolchain and command',
    perPackage: 'Heap escapes per package',
    morePackages: (n: number) => `and ${n} more packages with heap escapes (see the Files tree)`,
    noHeap: 'No heap escapes.',
    byKind: 'Findings by kind',
    byKindColumns: ['Kind', 'id', 'Count', 'Category'],
    byCause: 'By cause',
    byCauseColumns: ['Cause', 'id', 'Heap escapes', 'Allocation sites', 'Leaking params'],
    noCauses: 'No cause classification in this result.',
    topWeights: 'Top heap sites by profile weight',
    profile: 'Profile',
    verification: 'Verification against the machine code',
    verificationColumns: ['Status', 'Heap escapes'],
    withoutEscape: "allocations with no escape finding (the line's own code)",
    inCallee: 'calls of a function that allocates (no escape finding)',
    diff: 'Diff',
    failed: 'Packages that failed to compile',
    unrecognized: (n: string) => `${n} compiler lines were not recognised (kept in the JSON result).`,
    keyboard: 'Keyboard',
    keys: '/ search · j / k next / previous finding · Esc close details · Tab through the tree and lists',
  },
  source: {
    head: (lines: string, heap: number, sites: number, findings: number) =>
      `${lines} lines · ${heap} heap escapes · ${sites} inlined allocation sites · ${findings} listed findings`,
    /** A line where the joined profile saw an allocation no heap finding predicts. */
    observed: (bytes: string, note: string) => `${bytes} B observed: ${note}`,
    observedTitle: (objects: string) => `${objects} objects in the joined heap profile, on a line no heap finding predicts`,
    /** A finding that --verify found allocating inside the function it calls on that line. */
    inCallee: ' (allocates in the callee)',
    /** A call line's allocation site of an inlined copy. */
    calleeSite: (message: string, func: string) => `${message} (inlined here${func ? ` into ${func}` : ''})`,
    calleeSiteTitle: (status: string) => `An allocation site of inlined code at this call${status ? `; --verify: ${status}` : ''}. Opens its origin.`,
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
    sites: 'Sites',
    sitesText: (sites: number, allocating: string) => `${sites} allocation site${sites === 1 ? '' : 's'}${allocating}`,
    allocating: (a: number, m: number, c: number) =>
      `; verified: ${[`${a} allocate`, m ? `${m} may allocate` : '', c ? `${c} allocate in a callee` : ''].filter(Boolean).join(', ')}`,
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
