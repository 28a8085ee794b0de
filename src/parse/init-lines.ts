/**
 * The lines of a Go file's package-level `var` declarations: the code of
 * the package's initialisation (`init`). Pure. The profile join uses it to
 * place a line of `init`, which pprof records under one file for the whole
 * package, in the file that has a variable declared at that line.
 *
 * @module
 */
import { tokenizeGo } from './go-decls.js';

const DECL = new Set(['var', 'const', 'type', 'func', 'import']);

/** `[first, last]` line of each package-level `var` declaration (a group counts as one), in order. */
export function packageVarLines(src: Uint8Array): [number, number][] {
  const t = tokenizeGo(src);
  const out: [number, number][] = [];
  let depth = 0;
  let open: number | undefined;
  let last = 0;
  const close = () => {
    if (open !== undefined) out.push([open, last]);
    open = undefined;
  };
  for (const tok of t) {
    if (depth === 0 && tok.kind === 'i' && DECL.has(tok.text)) {
      close();
      if (tok.text === 'var') open = tok.line;
    }
    if (tok.kind === 'p') {
      if (tok.text === '{' || tok.text === '(' || tok.text === '[') depth++;
      else if (tok.text === '}' || tok.text === ')' || tok.text === ']') depth--;
    }
    last = tok.line;
  }
  close();
  return out;
}
