import type { CliIO } from "./io.js";

/**
 * A batch's progress events drawn as a bar on stderr (the shell makes one only on a terminal
 * and for a large input), redrawn at most four times a second.
 */
export class Progress {
  private last = 0;
  private readonly started = Date.now();
  private drawn = false;
  constructor(
    private readonly io: CliIO,
    private readonly total: number | undefined,
  ) {}

  /** `count` records read so far, `bytes` of the input handled. */
  tick(count: number, bytes: number): void {
    // Input of unknown size (stdin) shows a counter once it is clearly a big one.
    if (this.total === undefined && count < 10_000) return;
    const now = Date.now();
    if (now - this.last < 250) return;
    this.last = now;
    const rate = Math.round(count / Math.max(0.001, (now - this.started) / 1000));
    const width = 24;
    let bar = "";
    if (this.total) {
      const share = Math.min(1, bytes / this.total);
      const full = Math.round(share * width);
      bar = `${"█".repeat(full)}${"░".repeat(width - full)} ${(share * 100).toFixed(0).padStart(3)}%  `;
    }
    this.io.stderr.write(`\r${bar}${count.toLocaleString("en")} replies  ${rate.toLocaleString("en")}/s\u001b[K`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.io.stderr.write("\r\u001b[K");
    this.drawn = false;
  }
}
