// The supervisor's view: report (table, JSON) and report --html with the queue by urgency,
// workload, response times and SLA per agent, satisfaction and VIPs waiting; the page opened in
// headless chromium and screenshotted (as the drill report is); report --watch rewrites it
// when the log changes.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { execa } from "execa";
import { expect, it } from "vitest";
import { BIN, cleanEnv, replybook, ROOT, tempDir } from "../helpers/cli.js";
import { describeEachStore, freshDatabaseUrl } from "../helpers/pg.js";

const CHROMIUM = ["chromium", "chromium-browser"].map((n) => {
  try {
    return execFileSync("sh", ["-c", `command -v ${n}`], { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}).find(Boolean) || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const TEAM = `agents:
  - { name: Anna Pace, initials: AP, signature: initials, languages: [en, it] }
  - { name: Dario Russo, signature: name, languages: [en] }
vip:
  customers: ["@giuliaf"]
`;

describeEachStore("the team in the report", (kind) => {
  it("shows the queue, workload, SLA, satisfaction and VIPs, as text, JSON and a page a browser renders", async () => {
    const env = cleanEnv();
    if (kind === "postgres") env.REPLYBOOK_DATABASE_URL = await freshDatabaseUrl();
    const cwd = tempDir("replybook-board-");
    writeFileSync(join(cwd, ".replybookrc.yaml"), TEAM);
    const run = (args: string[]) => replybook(args, { env, cwd });
    expect((await run(["inbox", "import", join(ROOT, "test", "fixtures", "inbox", "complaints-50.csv")])).exitCode).toBe(0);
    for (const agent of ["Anna", "Dario"]) {
      const claimed = JSON.parse((await run(["next", "--agent", agent, "--json"])).stdout) as { id: number };
      const drafted = await run(["draft", "--case", String(claimed.id), "--agent", agent, "--no-interactive", "--example"]);
      expect(drafted.exitCode, drafted.stderr).toBeLessThan(2);
      expect((await run(["case", "update", String(claimed.id), "--csat", agent === "Anna" ? "5" : "3", "--reaction", agent === "Anna" ? "thanked" : "silent"])).exitCode).toBe(0);
    }
    await run(["next", "--agent", "Anna"]);

    const json = JSON.parse((await run(["report", "--format", "json"])).stdout) as { team: { queue: { waiting: number; vipWaiting: number; claimed: number }; satisfaction: { csat: number; rated: number }; agents: Array<{ agent: string; holding: number; csat: number; cases: number }> } };
    expect(json.team.queue).toMatchObject({ waiting: 48, vipWaiting: 5, claimed: 1 });
    expect(json.team.satisfaction).toEqual({ csat: 4, rated: 2, reactions: { thanked: 1, angry: 0, silent: 1, escalated: 0 } });
    expect(json.team.agents.find((a) => a.agent === "Anna Pace")).toMatchObject({ holding: 1, cases: 1, csat: 5 });
    const table = await run(["report"]);
    expect(table.stdout).toMatch(/Queue by urgency \(P1\)\n48 waiting: \d+ overdue, 5 VIP, 1 held/);
    expect(table.stdout).toMatch(/Anna Pace\s+1\s+1\s+1\s+\S+( \S+)?\s+\d+%\s+5 \(1\)/);
    expect(table.stdout).toMatch(/VIPs waiting \(P15\)/);
    const csv = await run(["report", "--format", "csv"]);
    expect(csv.stdout).toMatch(/^queue,,waiting,48$/m);
    expect(csv.stdout).toMatch(/^team-agent,Anna Pace,csat,5$/m);

    const html = join(cwd, "board.html");
    expect((await run(["report", "--html", html])).exitCode).toBe(0);
    const page = readFileSync(html, "utf8");
    expect(page).toContain("<h2>Queue by urgency</h2>");
    expect(page).toContain("<h2>Team: workload, response times, satisfaction</h2>");
    expect(page).toContain("<h2>VIPs waiting</h2>");
    expect(page).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    if (!CHROMIUM) {
      if (process.env.CI) throw new Error("chromium is not installed: CI must install it (.ci/run does)");
      return;
    }
    const profile = tempDir("replybook-chromium-");
    const png = join(cwd, "board.png");
    const args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars", `--user-data-dir=${profile}`, "--enable-logging=stderr", "--v=0"];
    const dom = await execa(CHROMIUM, [...args, "--dump-dom", pathToFileURL(html).href], { reject: false, timeout: 120_000 });
    expect(dom.exitCode).toBe(0);
    expect(String(dom.stderr).split("\n").filter((l) => /:CONSOLE[:(]|Uncaught|Refused to/.test(l))).toEqual([]);
    expect(String(dom.stdout)).toMatch(/<svg[^>]*aria-label="Workload per agent"/);
    const shot = await execa(CHROMIUM, [...args, `--screenshot=${png}`, "--window-size=1200,1800", pathToFileURL(html).href], { reject: false, timeout: 120_000 });
    expect(shot.exitCode).toBe(0);
    expect(readFileSync(png).subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(statSync(png).size).toBeGreaterThan(20_000);
    if (process.env.REPLYBOOK_SCREENSHOT_DIR) copyFileSync(png, join(process.env.REPLYBOOK_SCREENSHOT_DIR, `team-report-${kind}.png`));
  });

  it("report --html --watch rewrites the page when the log changes, and stops on a signal", async () => {
    const env = cleanEnv();
    if (kind === "postgres") env.REPLYBOOK_DATABASE_URL = await freshDatabaseUrl();
    const cwd = tempDir("replybook-watch-");
    writeFileSync(join(cwd, ".replybookrc.yaml"), TEAM);
    const html = join(cwd, "board.html");
    const child = spawn("node", [BIN, "report", "--html", "--watch", html, "--interval", "1s"], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    const until = async (what: () => boolean) => {
      // Bounded by the test's own timeout; no timing is asserted.
      while (!what()) await new Promise((r) => setTimeout(r, 200));
    };
    try {
      await until(() => existsSync(html) && readFileSync(html, "utf8").includes("0 cases"));
      expect(readFileSync(html, "utf8")).toMatch(/<meta http-equiv="refresh" content="2">/);
      expect((await replybook(["inbox", "import", join(ROOT, "test", "fixtures", "inbox", "complaints-50.csv")], { env, cwd })).exitCode).toBe(0);
      await until(() => readFileSync(html, "utf8").includes("<h2>Queue by urgency</h2>"));
      expect(readFileSync(html, "utf8")).toMatch(/<b>50<\/b><span>waiting<\/span>/);
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/Watching the case log/);
    expect(stderr).toMatch(/50 waiting/);
  });
});
