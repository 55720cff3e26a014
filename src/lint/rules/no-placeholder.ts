/**
 * Leftovers from a template or a copied reply: `xxx`, `[CUSTOMER NAME]`, `{{name}}`,
 * `<customer>`, "Sig. xxx", `TODO`, `____`. A reply with one of these must never be posted.
 * Placeholders count even inside quotation marks.
 */
import { excerpt } from "../phrase-findings.js";
import type { Rule, RuleFinding } from "../rule.js";
import { sortSmall } from "../sort.js";

interface Options {
  words: string[];
}

const HTML = new Set(["b", "i", "u", "p", "a", "br", "em", "strong", "div", "span", "li", "ul", "ol", "hr", "small", "sup", "sub"]);
// xxx / XXXX, [ANYTHING] not followed by "(" (a Markdown link), {{...}}, {name}, ${name},
// %name%, <name> (not an HTML tag), TODO/TBD/FIXME, ___ blanks.
// A run of x after a digit and a dash is a reference format ("1-xxxxx"), not a blank; "TK" is
// left out: in replies it is far more often a customer's initials than a placeholder.
const PLACEHOLDER = /(?<![\p{L}\d]|\d-)[xX]{3,}(?![\p{L}\d])|\[[^\]\n]{1,40}\](?!\()|\{\{[^}\n]{0,40}\}\}|\$?\{\s*[\p{L}_][\p{L}\d_.\- ]{0,30}\}|%[A-Za-z_]{2,30}%|<\s*[\p{L}_][\p{L}\d_ .-]{0,30}>|\b(?:TODO|TBD|FIXME)\b|(?<![\p{L}\d_@])_{3,}(?![\p{L}\d])/gu;

/** What every PLACEHOLDER match contains: a quick test, no Unicode classes. */
const MAY_HOLD_PLACEHOLDER = /xxx|[[{%<]|TODO|TBD|FIXME|___/i;

export const rule: Rule<Options> = {
  id: "no-placeholder",
  meta: {
    description: "No template leftovers: xxx, [CUSTOMER NAME], {{name}}, <customer>, TODO.",
    principle: "P3",
    defaultSeverity: "error",
    options: {
      words: { type: "string[]", default: [], description: "More literal placeholders your templates use (\"NOME\", \"ORDER#\")." },
    },
    messages: { placeholder: "Leftover placeholder \"{{text}}\": fill it in before posting" },
  },
  check(reply, context) {
    const text = reply.text;
    const out: RuleFinding[] = [];
    PLACEHOLDER.lastIndex = 0;
    // Most replies hold none of the characters a placeholder needs: the Unicode regex (costly
    // to compile, the first time, for a one-reply lint) runs only on those that do.
    const candidates = MAY_HOLD_PLACEHOLDER.test(text);
    for (let m = candidates ? PLACEHOLDER.exec(text) : null; m !== null; m = PLACEHOLDER.exec(text)) {
      const found = m[0];
      if (found.startsWith("[")) {
        const inner = found.slice(1, -1).trim();
        if (!/\p{L}/u.test(inner) || /^(sic|…|\.\.\.)$/i.test(inner)) continue;
      }
      if (found.startsWith("<")) {
        const tag = found.slice(1, -1).trim().toLowerCase();
        if (HTML.has(tag)) continue;
      }
      out.push({ messageId: "placeholder", start: m.index, end: m.index + found.length, data: { text: excerpt(found, 40) } });
    }
    for (const word of context.options.words) {
      if (!word) continue;
      for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) {
        if (!out.some((f) => f.start <= i && i < f.end)) out.push({ messageId: "placeholder", start: i, end: i + word.length, data: { text: excerpt(word, 40) } });
      }
    }
    return out.length > 1 ? sortSmall(out, (a, b) => a.start - b.start) : out;
  },
};
