// The HTML drill report opened in a real headless browser (Debian's chromium): the charts are
// in the DOM after load (the page's script marks itself rendered), nothing went to the console,
// and a screenshot is taken. CI installs chromium (.ci/run); a developer without it
// sees the test skipped with a message, CI sees it fail.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import type { DrillResult } from "../../src/drill/types.js";
import { cleanEnv, replybook, tempDir } from "../helpers/cli.js";

function findChromium(): string | undefined {
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      const path = execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
      if (path) return path;
    } catch {
      // not on PATH
    }
  }
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

const CHROMIUM = findChromium();
const SKIP = !CHROMIUM && !process.env.CI;
if (SKIP) console.warn("drill-report-browser: chromium is not installed, so the HTML report is not opened in a browser here (.ci/run installs it)");

function chromiumArgs(profile: string): string[] {
  return ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars", `--user-data-dir=${profile}`, "--enable-logging=stderr", "--v=0"];
}

/** Console messages (console.*, uncaught errors, CSP refusals) as chromium logs them. */
function consoleProblems(stderr: string): string[] {
  return stderr.split("\n").filter((line) => /:CONSOLE[:(]|Uncaught|Refused to/.test(line));
}

function result(trainee: string, day: number, score: number, losses: Array<[string, number, string]>): DrillResult {
  return {
    version: 1,
    kind: "drill",
    trainee,
    at: new Date(Date.UTC(2025, 4, day, 9, 30)).toISOString(),
    locale: "en",
    scenario: day % 2 ? "smashed-box-facebook" : "wet-parcel-x",
    expectedPlaybook: "parcel-damaged",
    chosenPlaybook: "parcel-damaged",
    seconds: 180 + day * 10,
    hints: false,
    score,
    max: 100,
    breakdown: [{ item: "lint", points: 0, max: 25, why: "", principle: "P14", losses: losses.map(([key, points, principle]) => ({ key, points, principle, why: `${key}: an example of what was lost` })) }],
  };
}

describe.skipIf(SKIP)("the HTML drill report in headless chromium", () => {
  it("renders both charts with no console errors, and screenshots", async () => {
    if (!CHROMIUM) throw new Error("chromium is not installed: CI must install it (.ci/run does)");
    const dir = tempDir("replybook-html-");
    const results = join(dir, "results.jsonl");
    const rows = [
      result("Anna Verdi", 1, 52, [["no-canned-phrase", 6, "P3"], ["commitments/courier-collection", 10, "P4"], ["signed-by-person", 6, "P3"]]),
      result("Anna Verdi", 4, 71, [["no-canned-phrase", 6, "P3"], ["checklist/screenshot", 3, "P11"]]),
      result("Anna Verdi", 9, 88, [["calm-tone", 2, "P8"]]),
      result("Ben Cole", 2, 64, [["commitments/courier-collection", 10, "P4"], ["time", 4, "P1"]]),
      result("Ben Cole", 6, 60, [["no-over-promise", 6, "P4"], ["no-canned-phrase", 6, "P3"]]),
      result("Ben Cole", 11, 93, []),
      result("Chiara <b>Neri</b>", 3, 45, [["no-blame", 6, "P5"], ["address-customer", 2, "P3"], ["commitments/no-next-step", 8, "P6"]]),
      result("Chiara <b>Neri</b>", 8, 77, [["no-canned-phrase", 6, "P3"]]),
    ];
    writeFileSync(results, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const html = join(dir, "report.html");
    const made = await replybook(["drill", "report", results, "--html", html, "--title", "Care team drills, May"], { cwd: dir, env: cleanEnv() });
    expect(made.exitCode).toBe(0);
    expect(made.stderr).toContain("HTML report written to");

    const url = pathToFileURL(html).href;
    const dom = await execa(CHROMIUM, [...chromiumArgs(tempDir("replybook-chromium-")), "--dump-dom", url], { reject: false, timeout: 90_000 });
    expect(dom.exitCode).toBe(0);
    expect(consoleProblems(String(dom.stderr))).toEqual([]);
    const after = String(dom.stdout);
    expect(after).toMatch(/<html[^>]*data-rendered="true"/);
    expect(after).toMatch(/<html[^>]*data-charts="2"/);
    expect(after).toContain('id="scores-chart"');
    expect(after).toContain('id="mistakes-chart"');
    expect((after.match(/<polyline /g) ?? []).length).toBe(3); // one line per trainee
    expect((after.match(/<g class="bar">/g) ?? []).length).toBe(10); // the ten most frequent mistakes
    expect(after).toContain("Chiara &lt;b&gt;Neri&lt;/b&gt;");
    expect(after).not.toContain("<b>Neri</b>");

    const png = join(dir, "report.png");
    const shot = await execa(CHROMIUM, [...chromiumArgs(tempDir("replybook-chromium-")), `--screenshot=${png}`, "--window-size=1200,1600", url], { reject: false, timeout: 90_000 });
    expect(shot.exitCode).toBe(0);
    expect(consoleProblems(String(shot.stderr))).toEqual([]);
    expect(readFileSync(png).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(statSync(png).size).toBeGreaterThan(20_000);
    if (process.env.REPLYBOOK_SCREENSHOT_DIR) copyFileSync(png, join(process.env.REPLYBOOK_SCREENSHOT_DIR, "drill-report.png"));
  });

  it("catches a page that logs to the console (the check itself works)", async () => {
    if (!CHROMIUM) throw new Error("chromium is not installed: CI must install it (.ci/run does)");
    const dir = tempDir("replybook-html-");
    const bad = join(dir, "bad.html");
    writeFileSync(bad, "<!doctype html><html><body><script>missingFunction();</script></body></html>");
    const out = await execa(CHROMIUM, [...chromiumArgs(tempDir("replybook-chromium-")), "--dump-dom", pathToFileURL(bad).href], { reject: false, timeout: 90_000 });
    expect(consoleProblems(String(out.stderr)).join("\n")).toContain("Uncaught ReferenceError");
  });
});
