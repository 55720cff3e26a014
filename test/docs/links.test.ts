// Every link in the repository stays inside it: the docs are read on the web and in the npm
// package, where a path that climbs out of the repository is a dead link. Relative links in
// Markdown must resolve to a file of the repository (and their #anchor to a heading or an id
// in it); no file of any kind may point at a path above the repository's root.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Tracked files plus new ones not yet committed (so the test also guards work in progress). */
function repositoryFiles(): string[] {
  const out = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], { cwd: ROOT, encoding: "utf8" });
  return out.split("\0").filter((f) => f && existsSync(join(ROOT, f)));
}

const TEXT = /\.(md|ts|cts|mts|js|cjs|mjs|json|ya?ml|hbs|html|txt|sh)$|(^|\/)(run|\.[a-z-]+rc)$/;

function isInside(path: string): boolean {
  const rel = relative(ROOT, path);
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[*_`[\]()]/g, "")
    .replace(/[^\p{L}\p{N} -]/gu, "")
    .replace(/ /g, "-");
}

function anchors(markdown: string): Set<string> {
  const found = new Set<string>();
  for (const m of markdown.matchAll(/^#{1,6} +(.+)$/gm)) found.add(slug(m[1]!));
  for (const m of markdown.matchAll(/\b(?:id|name)="([^"]+)"/g)) found.add(m[1]!);
  return found;
}

/** Markdown links and images, `[text](target)`, outside fenced code blocks. */
function markdownLinks(markdown: string): Array<{ target: string; line: number }> {
  const links: Array<{ target: string; line: number }> = [];
  let fenced = false;
  markdown.split("\n").forEach((text, i) => {
    if (/^\s*```/.test(text)) fenced = !fenced;
    if (fenced) return;
    const prose = text.replace(/`[^`]*`/g, "");
    for (const m of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) links.push({ target: m[1]!, line: i + 1 });
    for (const m of prose.matchAll(/\b(?:href|src)="([^"]+)"/g)) links.push({ target: m[1]!, line: i + 1 });
  });
  return links;
}

describe("links in the repository", () => {
  const files = repositoryFiles().filter((f) => TEXT.test(f));

  it("finds the files to check", () => {
    expect(files).toContain("README.md");
    expect(files).toContain("docs/principles.md");
  });

  it("Markdown links resolve to files of the repository, anchors included", () => {
    const broken: string[] = [];
    for (const file of files.filter((f) => f.endsWith(".md"))) {
      const text = readFileSync(join(ROOT, file), "utf8");
      for (const { target, line } of markdownLinks(text)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
          if (target.startsWith("file:")) broken.push(`${file}:${line} ${target}: a file: link`);
          continue; // a web address is a web address
        }
        const [path, anchor] = target.split("#") as [string, string | undefined];
        const resolved = path === "" ? join(ROOT, file) : resolve(ROOT, dirname(file), decodeURI(path));
        if (!isInside(resolved)) broken.push(`${file}:${line} ${target}: outside the repository`);
        else if (!existsSync(resolved)) broken.push(`${file}:${line} ${target}: no such file`);
        else if (anchor && resolved.endsWith(".md") && !anchors(readFileSync(resolved, "utf8")).has(anchor)) {
          broken.push(`${file}:${line} ${target}: no such anchor`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("no file names a path above the repository's root", () => {
    const escaping: string[] = [];
    for (const file of files) {
      if (file.startsWith("test/docs/")) continue; // this test names what it looks for
      const text = readFileSync(join(ROOT, file), "utf8");
      text.split("\n").forEach((line, i) => {
        for (const m of line.matchAll(/(?:\.\.\/)+[\w.-]+(?:\/[\w.-]+)*\.(?:md|html?)\b/g)) {
          if (!isInside(resolve(ROOT, dirname(file), m[0]))) escaping.push(`${file}:${i + 1} ${m[0]}`);
        }
        if (/\bDOMAIN\.md\b/.test(line)) escaping.push(`${file}:${i + 1} DOMAIN.md`);
      });
    }
    expect(escaping).toEqual([]);
  });

  it("every principle P1 to P17 has its anchor in docs/principles.md", () => {
    const found = anchors(readFileSync(join(ROOT, "docs/principles.md"), "utf8"));
    for (let n = 1; n <= 17; n++) expect(found.has(`p${n}`), `#p${n}`).toBe(true);
  });

  it("every rule page links the principle it cites", () => {
    const rules = files.filter((f) => /^docs\/rules\/[a-z-]+\.md$/.test(f));
    expect(rules.length).toBeGreaterThan(0);
    for (const page of rules) {
      const text = readFileSync(join(ROOT, page), "utf8");
      const cited = /^- Principles?: (.+)$/m.exec(text)?.[1] ?? "";
      expect(cited, page).toMatch(/\]\(\.\.\/principles\.md#p\d+\)/);
    }
  });
});
