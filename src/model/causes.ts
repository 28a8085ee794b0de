/**
 * Root causes of heap escapes: a closed set a Go developer recognises. Each
 * has a page in docs/causes/<id>.md with a before/after example.
 */
export const CAUSES = {
  'returned-address': { title: 'Address returned to the caller' },
  'closure-capture': { title: 'Captured by a closure that outlives the frame' },
  'interface-conversion': { title: 'Converted to an interface (boxing)' },
  'opaque-call': { title: 'Passed to a callee the compiler cannot see' },
  'leaking-callee': { title: 'Passed to a function that leaks its parameter' },
  'channel-send': { title: 'Sent on a channel' },
  'heap-store': { title: 'Stored into the heap or a global' },
  'non-constant-size': { title: 'Size not known at compile time' },
  'too-large': { title: 'Too large for the stack' },
  'go-statement': { title: 'Used by a goroutine (go statement)' },
  'method-value': { title: 'Method value' },
  'append-growth': { title: 'append growth' },
  other: { title: 'Other (raw chain kept)' },
} as const satisfies Record<string, { title: string }>;

export type Cause = keyof typeof CAUSES;

export const ALL_CAUSES = Object.keys(CAUSES) as Cause[];
