// src/cli/stdio.ts: lint's stdout and stderr, written to the descriptor until a stream is needed.
import { closeSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { isTerminal, lazyOutput } from "../../src/cli/stdio.js";
import { BIN, cleanEnv, tempDir } from "../helpers/cli.js";

function fakeStream(chunks: string[]): NodeJS.WriteStream {
  return Object.assign(new Writable({ write: (c, _e, cb) => (chunks.push(String(c)), cb()) }), { isTTY: false, columns: 80 }) as unknown as NodeJS.WriteStream;
}

describe("lazyOutput", () => {
  it("writes straight to the descriptor, in order, until the real stream is needed", async () => {
    const file = join(tempDir(), "out.txt");
    const fd = openSync(file, "w");
    const streamed: string[] = [];
    let made = 0;
    const out = lazyOutput(fd, () => (made++, fakeStream(streamed)));
    expect(out.write("one ")).toBe(true);
    await new Promise<void>((resolve) => out.write(Buffer.from("two "), () => resolve()));
    expect(out.isTTY).toBe(false);
    expect(made).toBe(0);
    // An event listener needs the real stream: from then on, everything goes through it.
    out.once("finish", () => undefined);
    expect(made).toBe(1);
    out.write("three");
    closeSync(fd);
    expect(readFileSync(file, "utf8")).toBe("one two ");
    expect(streamed).toEqual(["three"]);
    expect(out.columns).toBe(80);
    expect(made).toBe(1);
  });

  it("knows files, pipes and /dev/null are not terminals", () => {
    const fd = openSync(join(tempDir(), "x.txt"), "w");
    expect(isTerminal(fd)).toBe(false);
    closeSync(fd);
    const nul = openSync("/dev/null", "w");
    expect(isTerminal(nul)).toBe(false);
    closeSync(nul);
    expect(isTerminal(9999)).toBe(false);
  });

  it("ends quietly when the reader goes away (| head), with the output so far", async () => {
    const child = execa("node", [BIN, "lint", "-", "--format", "json"], { cwd: tempDir(), env: cleanEnv(), extendEnv: false, reject: false, input: "Dear customer, calm down!!! ".repeat(20000) });
    child.stdout!.once("data", () => child.stdout!.destroy());
    const r = await child;
    expect([0, 1]).toContain(r.exitCode);
    expect(String(r.stderr ?? "")).not.toMatch(/EPIPE|at .+:\d+:\d+/);
  });
});
