import type { AnalysisResult } from '../model/result.js';

/**
 * The JSON report is the AnalysisResult itself (schema: docs/json-schema.md,
 * `schemaVersion` bumps on incompatible change). Key order is fixed by
 * construction and findings are sorted, so equal input gives equal bytes.
 */
export function renderJson(result: AnalysisResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
