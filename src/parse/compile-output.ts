/** The compile's stderr, line by line: go's own messages apart, the rest parsed into package blocks. */
import type { UnrecognizedLine } from '../model/finding.js';
import type { BytesHandler } from '../util/bytes.js';
import { linesOfSpans, MOutputParser, type PackageOutput } from './m-output.js';

/**
 * Reads the compile's stderr, line by line: go's own messages apart, the
 * rest parsed into package blocks (handed to `onBlock` as each ends, with
 * the number of blocks so far). Every line given to the parser is counted
 * in `lineCount` once, when its block ends, whatever happens to the block
 * later. Lines before the first `# pkg` header are go's messages, except
 * those that parse as findings: they belong to no package, and are kept as
 * unrecognized lines (`orphans`). Exported for tests.
 */
export class CompilerOutput {
  readonly outputs: PackageOutput[] = [];
  readonly goMessages: string[] = [];
  readonly orphans: UnrecognizedLine[] = [];
  lineCount = 0;
  private lineNo = 0;
  /** The lines before the first header, verbatim (undefined once a header was seen). */
  private beforeHeaders: string[] | undefined = [];
  private linesBeforeHeaders: string[] = [];
  private readonly parser: MOutputParser;

  constructor(onBlock: (out: PackageOutput, blocks: number) => void, joinsName?: (partial: string, next: string) => boolean) {
    this.parser = new MOutputParser((p) => {
      if (p.pkg === '' && p.headers.length === 0) {
        for (const u of p.unrecognized) this.goMessages.push(u.text);
        const before = this.beforeHeaders ?? this.linesBeforeHeaders;
        for (const f of p.findings) {
          for (const n of linesOfSpans(f.spans)) {
            this.orphans.push({ pkg: '', line: n, text: before[n - 1] ?? '', reason: ORPHAN_REASON });
            this.lineCount++;
          }
        }
        return;
      }
      this.lineCount += p.lineCount;
      this.outputs.push(p);
      onBlock(p, this.outputs.length);
    }, joinsName);
  }

  readonly onLine: BytesHandler = (buf, start, end) => {
    // go's own messages (`go: downloading …`, `go: …` errors) can come
    // between or after package blocks; they are not compiler output.
    if (buf[start] === 103 && buf[start + 1] === 111 && (buf[start + 2] === 58 || buf[start + 2] === 32)) {
      const line = buf.toString('utf8', start, end);
      if ((line.startsWith('go: ') || line.startsWith('go build')) && !this.parser.continuesHeld(line)) {
        this.goMessages.push(line);
        return;
      }
    }
    const before = this.beforeHeaders;
    if (before !== undefined) {
      if (end - start >= 2 && buf[start] === 35 && buf[start + 1] === 32 && !this.parser.holding) {
        this.linesBeforeHeaders = before;
        this.beforeHeaders = undefined;
      } else before.push(buf.toString('utf8', start, end));
    }
    this.parser.lineBytes(buf, start, end, ++this.lineNo);
  };

  end(): void {
    this.parser.end();
  }
}

const ORPHAN_REASON = 'compiler output before any package header';
