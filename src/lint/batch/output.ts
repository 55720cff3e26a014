import type { Writable } from "node:stream";

/**
 * A batch's output events written to a stream: whole lines, in large chunks; push() returns a
 * promise to wait on when the stream is full (the reader is slower than the batch). A reader
 * that went away (`| head`) ends the output quietly, not the run with a stack trace.
 */
export class OutputBuffer {
  private chunks: string[] = [];
  private size = 0;
  private closed = false;
  constructor(private readonly stream: Writable) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") this.closed = true;
    });
  }

  push(data: string | Uint8Array, written?: () => void): Promise<void> | undefined {
    if (this.closed || data.length === 0) return undefined;
    if (typeof data !== "string") {
      // A block, already encoded: written as it is.
      const wait = this.write();
      return this.send(data, written) ?? wait;
    }
    this.chunks.push(data);
    this.size += data.length;
    // Joined strings stay under V8's large-object size, so they die young.
    if (this.size < 1 << 15) return undefined;
    return this.write();
  }

  async flush(): Promise<void> {
    await this.write();
  }

  private write(): Promise<void> | undefined {
    const chunks = this.chunks;
    this.chunks = [];
    this.size = 0;
    if (chunks.length === 0 || this.closed) return undefined;
    return this.send(chunks.join(""));
  }

  private send(data: string | Uint8Array, written?: () => void): Promise<void> | undefined {
    if (this.closed) return undefined;
    if (this.stream.write(data, written && (() => written()))) return undefined;
    return new Promise((resolve) => {
      const done = () => {
        this.stream.removeListener("drain", done);
        this.stream.removeListener("close", done);
        resolve();
      };
      this.stream.once("drain", done);
      this.stream.once("close", done);
    });
  }
}
