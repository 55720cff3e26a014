// docs/security.md makes promises; these tests keep them: no module can talk to the network,
// and the page names what it promises to name.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|js|mjs|cjs)$/.test(name) ? [full] : [];
  });
}

const NETWORK = [
  /from\s+["'](node:)?(http|https|http2|net|tls|dgram|dns)["']/,
  /import\(\s*["'](node:)?(http|https|http2|net|tls|dgram|dns)["']\s*\)/,
  /require\(\s*["'](node:)?(http|https|http2|net|tls|dgram|dns)["']\s*\)/,
  /\bfetch\s*\(/,
  /\bnew\s+(WebSocket|XMLHttpRequest|EventSource)\b/,
  /from\s+["'](axios|got|node-fetch|undici|ky|superagent|request)["']/,
];

describe("replybook never sends anything anywhere", () => {
  it("no module under src/ or bin/ imports a networking module or calls fetch", () => {
    const offenders: string[] = [];
    for (const file of [...sourceFiles(join(ROOT, "src")), ...sourceFiles(join(ROOT, "bin"))]) {
      const text = readFileSync(file, "utf8");
      for (const pattern of NETWORK) if (pattern.test(text)) offenders.push(`${relative(ROOT, file)}: ${pattern}`);
    }
    expect(offenders).toEqual([]);
  });

  it("no runtime dependency is an HTTP client", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    const clients = ["axios", "got", "node-fetch", "undici", "ky", "superagent", "request", "cross-fetch", "isomorphic-fetch"];
    expect(Object.keys(pkg.dependencies ?? {}).filter((d) => clients.includes(d))).toEqual([]);
  });
});

describe("docs/security.md", () => {
  const page = readFileSync(join(ROOT, "docs/security.md"), "utf8");
  it.each([
    ["the case log", /cases\.db/],
    ["draft sessions", /drafts\/current\.json/],
    ["drill results", /drill-results\.jsonl/],
    ["the catalog cache", /XDG_CACHE_HOME\/replybook/],
    ["the data folder order", /REPLYBOOK_DATA_DIR[\s\S]*data-dir[\s\S]*XDG_DATA_HOME\/replybook[\s\S]*~\/\.local\/share\/replybook/],
    ["file and folder permissions", /0700[\s\S]*0600/],
    ["how to purge", /cases purge --older-than/],
    ["no network", /no network connections/i],
    ["clipboard only on --copy", /--copy/],
  ])("names %s", (_what, pattern) => expect(page).toMatch(pattern));
});

describe("what replybook writes is readable by its owner only", () => {
  it.each([
    ["a recorded draft", [["draft", "--no-interactive", "--example", "--playbook", "parcel-damaged", "--agent", "Dario", "--record"]], ["cases.db", "drafts/last.json"]],
    ["a graded drill (run first, so it creates the data folder)", [["drill", "grade", "--playbook", "parcel-damaged", "--reply", "reply.txt", "--trainee", "Dario"]], ["drill-results.jsonl"]],
  ] as const)("%s: files 0600, folders 0700", async (_name, runs, files) => {
    const { execa } = await import("execa");
    const { BIN, cleanEnv, fixture } = await import("./helpers.js");
    const cwd = fixture({ "reply.txt": "Hi Marco, I'm Dario: I'm so sorry. I'll call you back within 24 hours. — Dario\n" });
    const env = cleanEnv();
    for (const argv of runs) {
      const r = await execa("node", [BIN, ...argv], { reject: false, extendEnv: false, env, cwd, stdin: "ignore" });
      expect(r.exitCode, String(r.stderr)).toBeLessThan(2);
    }
    const data = env.REPLYBOOK_DATA_DIR!;
    const mode = (p: string) => (statSync(join(data, p)).mode & 0o777).toString(8);
    expect(mode(".")).toBe("700");
    for (const f of files) {
      expect(mode(f), f).toBe("600");
      if (f.includes("/")) expect(mode(f.split("/")[0]!), f).toBe("700");
    }
  }, 60_000);
});
