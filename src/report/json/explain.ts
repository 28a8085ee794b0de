/** The explain document (schema-v1.ts ExplainDocument): the findings with their advice, and the nearest ones when none matched. */
import type { ExplainTarget } from '../explain.js';
import { adviceFor } from '../messages/advice.js';
import { finding, pos } from './analysis.js';
import type * as V1 from './schema-v1.js';
import { jsonText } from './serialize.js';

export function explainDocument(t: ExplainTarget): V1.ExplainDocument {
  return {
    explainVersion: 1,
    query: t.query,
    findings: t.findings.map((f) => {
      const out: V1.ExplainedFinding = finding(f);
      const advice = adviceFor(f);
      if (advice) out.advice = advice;
      return out;
    }),
    nearest: t.nearest.map((f) => ({ key: f.key, kind: f.kind, pos: pos(f.pos), func: f.func, subject: f.subject, message: f.message })),
  };
}

/** `explain --format json`. */
export function renderExplainJson(t: ExplainTarget): string {
  return jsonText(explainDocument(t));
}
