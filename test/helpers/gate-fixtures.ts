/** Small hand-made analysis results for gate, diff and reporter tests. */
import type { Finding } from '../../src/model/finding.js';
import type { AnalysisResult } from '../../src/model/result.js';
import { KeyMaker } from '../../src/analyze/keys.js';

export type FindingSpec = Partial<Finding> & Pick<Finding, 'kind' | 'subject'>;

export function finding(spec: FindingSpec): Finding {
  const f: Finding = {
    key: '',
    pkg: 'example.com/m',
    pos: { file: 'a.go', line: 1, column: 2 },
    func: 'F',
    message: `${spec.subject} ${spec.kind}`,
    details: {},
    explanations: [],
    ...spec,
  };
  return f;
}

export function result(findings: Finding[], over: Partial<AnalysisResult> = {}): AnalysisResult {
  new KeyMaker().assign(findings);
  const pkgs = [...new Set(findings.map((f) => f.pkg).concat(['example.com/m']))].sort();
  return {
    schemaVersion: 1,
    tool: { name: 'goescape', version: '0.0.0' },
    toolchain: { goVersion: 'go1.26.8', goos: 'linux', goarch: 'amd64', goexperiment: '', compilerFlags: ['-m=2'], command: ['go', 'build'] },
    patterns: ['./...'],
    packages: pkgs.map((path) => ({
      path,
      desc: path,
      dir: path === 'example.com/m' ? '' : path.replace('example.com/m/', ''),
      status: 'ok' as const,
      errors: [],
      lines: 0,
      findings: 0,
      heapEscapes: 0,
    })),
    findings,
    summary: {
      lines: 0,
      linesInFindings: 0,
      headerLines: 0,
      findings: findings.length,
      byKind: {},
      heapEscapes: 0,
      byCause: {},
      leaks: 0,
      inlinedCopies: 0,
      packages: { total: pkgs.length, ok: pkgs.length, failed: 0 },
      unrecognized: [],
      goMessages: [],
      goExitCode: 0,
    },
    ...over,
  } as AnalysisResult;
}
