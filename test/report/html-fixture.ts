/** A small AnalysisResult for the HTML report tests: causes, a chain, advice, verification and profile weights. */
import type { AnalysisResult } from '../../src/model/result.js';
import type { Finding } from '../../src/model/finding.js';

export const HOSTILE_SRC = `package p\n// </script><img src=x onerror="window.__pwned=1">\nfunc F() *int { x := 1; return &x }\n`;

/** A small result with causes, a chain, verification and profile weights. */
export function smallResult(): AnalysisResult {
  const f = (over: Partial<Finding> & Pick<Finding, 'kind' | 'subject' | 'message'>): Finding =>
    ({
      key: '',
      pkg: 'example.com/p',
      pos: { file: 'p.go', line: 3, column: 17 },
      func: 'F',
      details: {},
      explanations: [],
      ...over,
    }) as Finding;
  const findings: Finding[] = [
    f({
      kind: 'moved-to-heap',
      subject: 'x',
      message: 'moved to heap: x',
      cause: 'returned-address',
      chain: [
        { op: 'address-of', where: '&x', pos: { file: 'p.go', line: 3, column: 31 }, into: '~r0' },
        { op: 'return', where: 'return &x', pos: { file: 'p.go', line: 3, column: 24 }, into: '~r0' },
      ],
    }),
    f({
      kind: 'escapes-to-heap',
      subject: '"<b>"',
      message: '"<b>" escapes to heap',
      pos: { file: 'q.go', line: 1, column: 1 },
      cause: 'interface-conversion',
    }),
    f({ kind: 'escapes-to-heap', subject: 'y', message: 'y escapes to heap', pos: { file: 'q.go', line: 2, column: 1 }, cause: 'interface-conversion' }),
    f({ kind: 'leaking-param', subject: 's', message: 'leaking param: s', pos: { file: 'q.go', line: 3, column: 1 }, cause: 'heap-store' }),
    f({ kind: 'does-not-escape', subject: 'z', message: 'z does not escape', pos: { file: 'r.go', line: 1, column: 1 } }),
    f({ kind: 'inlining-call', subject: '', message: 'inlining call to F', pos: { file: 'p.go', line: 2, column: 1 } }),
    f({ kind: 'can-inline', subject: '', message: 'can inline F', pos: { file: 'p.go', line: 3, column: 6 } }),
  ];
  findings.forEach((x, i) => (x.key = `example.com/p|F|${x.kind}|${x.subject}` + (i === 2 ? '|1' : '')));
  Object.assign(findings[0]!, {
    verification: { status: 'allocates', runtimeFunc: 'runtime.newobject', type: 'int' },
    profile: { bytes: 4096, objects: 512, share: 0.98 },
  });
  Object.assign(findings[1]!, { verification: { status: 'no-allocation', reason: 'static data' }, profile: { bytes: 64, objects: 1, share: 0.02 } });
  const byKind: Record<string, number> = {};
  for (const x of findings) byKind[x.kind] = (byKind[x.kind] ?? 0) + 1;
  return {
    schemaVersion: 1,
    tool: { name: 'goescape', version: '0.0.0-test' },
    toolchain: {
      goVersion: 'go1.26.0',
      goos: 'linux',
      goarch: 'amd64',
      goexperiment: '',
      compilerFlags: ['-m=2'],
      command: ['go', 'build', '-gcflags=-m=2', './...'],
    },
    module: { path: 'example.com/p', root: '/nonexistent' },
    patterns: ['./...'],
    packages: [{ path: 'example.com/p', desc: 'example.com/p', status: 'ok', errors: [], lines: 10, findings: findings.length, heapEscapes: 3 }],
    findings,
    summary: {
      lines: 10,
      linesInFindings: 7,
      headerLines: 1,
      findings: findings.length,
      byKind,
      heapEscapes: 3,
      byCause: { 'returned-address': 1, 'interface-conversion': 2 },
      leaks: 1,
      inlinedCopies: 0,
      packages: { total: 1, ok: 1, failed: 0 },
      unrecognized: [],
      goMessages: [],
      goExitCode: 0,
    } as AnalysisResult['summary'],
  };
}

export const SMALL_SOURCES: Record<string, string> = {
  'p.go': HOSTILE_SRC,
  'q.go': 'package p\nvar a any = "<b>"\nvar b any = y\nfunc G(s *string) { g = s }\n',
  'r.go': 'package p\n',
};
