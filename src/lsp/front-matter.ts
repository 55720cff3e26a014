/**
 * A reply file may start with a small front-matter block saying where the reply stands, for
 * the language server (and anyone reading the file):
 *
 *   ---
 *   playbook: parcel-damaged
 *   customer: Laura Bianchi
 *   agent: Dario
 *   locale: en
 *   channel: x
 *   ---
 *   Laura, I'm so sorry...
 *
 * Lines are `key: value` (quotes optional); unknown keys are reported, not ignored.
 */

export const FRONT_MATTER_KEYS = ["playbook", "customer", "handle", "title", "agent", "locale", "channel"] as const;
export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

export interface FrontMatter {
  values: Partial<Record<FrontMatterKey, string>>;
  /** Offset where the reply starts (0 without front matter). */
  bodyStart: number;
  /** Problems, each with the offsets of its line. */
  problems: Array<{ message: string; start: number; end: number }>;
}

export function readFrontMatter(text: string): FrontMatter {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return { values: {}, bodyStart: 0, problems: [] };
  const values: FrontMatter["values"] = {};
  const problems: FrontMatter["problems"] = [];
  let offset = open[0].length;
  while (offset < text.length) {
    const nl = text.indexOf("\n", offset);
    const end = nl === -1 ? text.length : nl + 1;
    const line = text.slice(offset, nl === -1 ? text.length : nl).replace(/\r$/, "");
    if (/^---[ \t]*$/.test(line)) return { values, bodyStart: end, problems };
    const m = /^\s*([A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (m) {
      const key = m[1]!.toLowerCase();
      const value = m[2]!.replace(/^(["'])(.*)\1$/, "$2");
      if ((FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
        if (value) values[key as FrontMatterKey] = value;
      } else {
        problems.push({ message: `unknown front-matter key "${m[1]}": expected ${FRONT_MATTER_KEYS.join(", ")}`, start: offset, end: offset + line.length });
      }
    } else if (line.trim() && !line.trim().startsWith("#")) {
      problems.push({ message: "expected key: value", start: offset, end: offset + line.length });
    }
    offset = end;
  }
  // No closing line: not front matter after all, the whole file is the reply.
  return { values: {}, bodyStart: 0, problems: [] };
}
