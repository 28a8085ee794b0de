/** go's own messages (`go: …`, `go build …`) in a stream of compiler output. */

/**
 * Notices go's own messages (`go: …`, `go build …` lines) in a stream that
 * is not split into lines, with native searches per chunk.
 */
export class GoMessageSpotter {
  seen = false;
  /** The last bytes of the stream so far (a newline at first: the stream starts a line). */
  private carry = Buffer.from('\n');

  write(chunk: Buffer): void {
    if (this.seen) return;
    if (hasGoLine(Buffer.concat([this.carry, chunk.subarray(0, 4)])) || hasGoLine(chunk)) {
      this.seen = true;
      return;
    }
    // The last three bytes of the stream so far (a chunk may be shorter than that).
    const tail = Buffer.concat([this.carry, chunk.subarray(Math.max(0, chunk.length - 3))]);
    this.carry = tail.subarray(Math.max(0, tail.length - 3));
  }
}

function hasGoLine(b: Buffer): boolean {
  for (let i = b.indexOf(NL_GO); i >= 0; i = b.indexOf(NL_GO, i + 1)) {
    const next = b[i + 3];
    if (next === 58 || next === 32) return true;
  }
  return false;
}

const NL_GO = Buffer.from('\ngo');
