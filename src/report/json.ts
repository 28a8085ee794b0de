import type { AnalysisResult } from '../model/result.js';
import { jsonSafe } from './escape.js';

/**
 * The JSON report is the AnalysisResult itself (schema: docs/json-schema.md,
 * `schemaVersion` bumps on incompatible change). Key order is fixed by
 * construction and findings are sorted, so equal input gives equal bytes.
 * Characters a terminal acts on are written as `\u` escapes (jsonSafe).
 */
export function renderJson(result: AnalysisResult): string {
  return jsonSafe(JSON.stringify(result, null, 2)) + '\n';
}
