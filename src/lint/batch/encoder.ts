/**
 * A block's output lines, straight to UTF-8 in one growing buffer: no string outlives its
 * line, and the result is a buffer of its own, safe to transfer between threads.
 */
export class BlockEncoder {
  private readonly encoder = new TextEncoder();
  private buf = new Uint8Array(1 << 20);
  private at = 0;
  readonly sink = (line: string): void => {
    let done = this.encoder.encodeInto(line, this.buf.subarray(this.at));
    while (done.read < line.length) {
      const bigger = new Uint8Array(this.buf.length * 2 + line.length * 3);
      bigger.set(this.buf.subarray(0, this.at));
      this.buf = bigger;
      done = this.encoder.encodeInto(line, this.buf.subarray(this.at));
    }
    this.at += done.written;
  };

  /**
   * The bytes written since the last take, copied out into a buffer of their own (to transfer
   * to another thread): `spare` when it is big enough, else a new one of at least `minCapacity`
   * bytes (so that it can be a spare later), not zeroed first (every byte is copied over).
   */
  take(spare?: ArrayBuffer, minCapacity = 0): Uint8Array {
    const out =
      spare && spare.byteLength >= this.at
        ? new Uint8Array(spare, 0, this.at)
        : this.at >= minCapacity
          ? Buffer.allocUnsafeSlow(this.at)
          : new Uint8Array(Buffer.allocUnsafeSlow(minCapacity).buffer, 0, this.at);
    out.set(this.buf.subarray(0, this.at));
    this.at = 0;
    return out;
  }
}
