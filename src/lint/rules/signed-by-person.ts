/**
 * Signed by a named person (P3): "I'm Dario" / "sono Dario", a sign-off ("— Dario", "Dario",
 * "Kind regards, Dario", "Un saluto, Giulia"), or initials the way teams sign on X ("^DR",
 * "-DR", "*DR"). A team ("The Customer Care Team", "Il Servizio Clienti") is not a person.
 * When the agent is known (config or --agent), the signature must be theirs.
 */
import { initialsOf, signatureFor, splitName } from "../../reply/context.js";
import { foldText } from "../../text/tokens.js";
import { foldedName, foldedWords, sameNameWord } from "../names.js";
import type { AnalyzedReply } from "../analysis.js";
import { isSpaceCode, trimmedEnd } from "../../text/spaces.js";
import { excerpt } from "../phrase-findings.js";
import type { Rule, RuleFinding } from "../rule.js";
import { threadPartOf } from "../thread-part.js";

interface Options {
  teamNames: string[];
}

interface Signature {
  kind: "person" | "initials" | "team";
  name: string;
  start: number;
  end: number;
}

const TEAM_WORDS = new Set([
  "team", "staff", "servizio", "assistenza", "customer", "customers", "care", "support", "service", "services", "supporto", "ufficio", "helpdesk", "help", "desk",
  "redazione", "social", "crew", "department", "reparto", "clienti", "centre", "center", "shop", "store", "negozio",
  // Greek, folded: ομάδα, εξυπηρέτηση (πελατών), υποστήριξη, τμήμα, κατάστημα
  "ομαδα", "εξυπηρετηση", "εξυπηρετησησ", "πελατων", "υποστηριξη", "υποστηριξησ", "τμημα", "καταστημα", "γραφειο",
]);
const NOT_NAMES = new Set([
  "sorry", "so", "here", "happy", "glad", "afraid", "really", "very", "the", "a", "an", "on", "in", "not", "still", "just", "now", "also", "spiacente",
  "spiacenti", "dispiaciuto", "dispiaciuta", "davvero", "molto", "qui", "io", "contento", "contenta", "felice", "certo", "sicuro", "thanks", "thank",
  "grazie", "hi", "hello", "ciao", "buongiorno", "buonasera", "yes", "no", "ok", "okay", "sure", "going", "looking", "checking", "personally", "dear",
  "gentile", "this", "that", "it", "we", "i", "you", "please", "per", "from", "da", "with", "con", "your", "my", "our", "il", "la", "lo", "le", "un", "una",
  "sono", "mi", "io", "m", "am", "ho", "le", "ci", "vi",
  // Sign-offs and openers with no name after them ("Cheers.", "Again, we're sorry", "Click here:").
  "cheers", "regards", "rgds", "best", "love", "thx", "ta", "again", "also", "click", "tap", "visit", "see", "let", "enjoy", "safe", "take", "have",
  "saluti", "cordiali", "distinti", "buona", "ancora", "inoltre",
  // A closing apology, and a brand signing as itself ("Apologies.", "Love, American.").
  "apologies", "apology", "scuse", "american",
  // Greek, folded
  "ευχαριστω", "ευχαριστουμε", "γεια", "καλημερα", "καλησπερα", "λυπαμαι", "εγω", "ειμαι", "ο", "η", "με", "σασ", "θα", "ειλικρινα",
  "πολυ", "ναι", "οχι", "εδω", "φιλικα", "χαιρετισμουσ", "καλη", "αγαπητε", "αγαπητη", "στειλτε", "παρακαλω", "το", "την", "τη", "και",
]);
/**
 * Greek written with or without its accents ("Φιλικά" and "Φιλικα", "Ονομάζομαι" and
 * "Ονομαζομαι"): each Greek vowel of a source matches its accented and plain forms, and σ the
 * final ς too (classes already written, "[Εε]", are left as they are).
 */
function looseGreek(source: string): string {
  const forms: Record<string, string> = { α: "αά", ά: "αά", ε: "εέ", έ: "εέ", η: "ηή", ή: "ηή", ι: "ιίϊΐ", ί: "ιίϊΐ", ο: "οό", ό: "οό", υ: "υύϋΰ", ύ: "υύϋΰ", ω: "ωώ", ώ: "ωώ", σ: "σς", ς: "σς" };
  let out = "";
  let inClass = false;
  for (const ch of source) {
    if (ch === "[") inClass = true;
    else if (ch === "]") inClass = false;
    out += !inClass && forms[ch] ? `[${forms[ch]}]` : ch;
  }
  return out;
}
const SIGNOFF =
  String.raw`(?:kind|best|warm|warmest|many)\s+regards|regards|rgds|best wishes|best|thanks(?: again)?|thank you|many thanks|thx|cheers|love|take care|all the best|speak soon|talk soon|cordiali saluti|distinti saluti|un (?:caro |cordiale )?saluto|saluti|grazie(?: ancora)?|a presto|buona giornata|buona serata|` +
  looseGreek(String.raw`με (?:εκτίμηση|τιμή|φιλικούς χαιρετισμούς|θερμούς χαιρετισμούς|εκτίμηση και ευχαριστίες)|φιλικά|χαιρετισμούς|(?:σας )?ευχαριστώ(?: πολύ)?|καλή (?:συνέχεια|σας μέρα|μέρα|σας συνέχεια)|καλό (?:απόγευμα|βράδυ)`);
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;

const INTRO_SOURCES: Record<string, string> = {
  // "Sam here, ..." counts; "Click here:" does not (a name then a comma, dash or stop).
  en: String.raw`\b(?:I['’]m|I am|[Mm]y name is|[Tt]his is|[Ii]t['’]s|[Aa]sk for|[Hh]ere['’]s)\s+(${NAME})|(?:^|[.!?]\s+|^(?:@\w+\s+)+)(\p{Lu}[\p{Ll}'’-]+) here(?=\s*[,!.—–-])`,
  it: String.raw`\b(?:[Ss]ono|[Mm]i chiamo|[Qq]ui è|[Ll]e scrive|[Tt]i scrive|[Vv]i scrive|[Cc]hieda di|[Cc]hiedi di|io,)\s+(${NAME})`,
  el: looseGreek(String.raw`(?:[Εε]ίμαι|[Οο]νομάζομαι|[Λλ]έγομαι|[Μμ]ε λένε|[Σσ]ας γράφει|[Ζζ]ητήστε|[Ρρ]ωτήστε για)\s+(?:(?:ο|η|τον|την|τη|εμένα,)\s+)?`) + `(${NAME})`,
};
const INTRO = new Map<string, RegExp>();
/** Built on first use: most replies are settled by their sign-off and never need it. */
function introFor(locale: string): RegExp {
  let re = INTRO.get(locale);
  if (!re) {
    re = new RegExp(INTRO_SOURCES[locale] ?? INTRO_SOURCES.en!, "gmu");
    INTRO.set(locale, re);
  }
  return re;
}
const SIGNOFF_START = new RegExp(String.raw`^(?:${SIGNOFF})[,!.:]?(?=\s)`, "iu");
const SIGNOFF_DASH = new RegExp(String.raw`^(?:${SIGNOFF})\s*[-–—]\s*(?=\p{Lu})`, "iu");
const NAME_LINE = new RegExp(String.raw`^(${NAME})(?:\s*(?:[,|(/–—-]|\bfrom\b|\bda\b|\bdi\b|\sαπό\s)\s*[^\n]{0,50})?$`, "u");
const THREAD_MARK = /(?:\s|(?<=\p{L}))\(?(\d{1,2})\s*\/\s*(\d{1,2})\)?$/u;
/** Links and thread numbering after a signature ("^RK https://t.co/x", "^SG(2/2)"). */
const TRAILER = /(?:\s+https?:\/\/\S+|\s*\(?\d{1,2}\s*\/\s*\d{1,2}\)?)+$/;
/**
 * A name after a mark the way teams sign on X: "^Lisa", "*AshleyNelson", "~ Ellen", "^Alex C",
 * "^JulieR", "^Beth S.", "^OG.", "^kl", "...0525.^LP". "^" needs nothing before it; "*" and "~"
 * stand after a space, a bracket or the start.
 */
const MARKED_NAME = /(?:\^|(?:^|(?<=[\s(]))[*~])\s?(\p{L}[\p{L}'’]{0,20}(?:[ .-]\p{Lu}[\p{L}'’]{0,15})?)\.?$/u;

export const rule: Rule<Options> = {
  id: "signed-by-person",
  meta: {
    description: "Signed by a named person (a name, a sign-off or X-style initials), not by a team; by the agent when the agent is known.",
    principle: "P3",
    defaultSeverity: "error",
    options: {
      teamNames: { type: "string[]", default: [], description: "Extra names that are a team or brand, not a person (\"Acme Care\")." },
    },
    messages: {
      missing: "Not signed by a person: end with your name or initials",
      team: "Signed by a team (\"{{text}}\"), not a person",
      wrongAgent: "Signed by {{name}}, but the agent is {{agent}}",
    },
    fixable: true,
  },
  check(reply, context) {
    // Only the last part of a thread must carry the signature.
    if (context.lint.thread?.final === false) return [];
    const part = threadPartOf(reply.text);
    if (part && part.part < part.of) return [];
    const teamNames = context.options.teamNames.length ? context.options.teamNames.map((n) => foldText(n)).filter(Boolean) : NO_TEAMS;
    const agent = context.lint.agent?.trim();
    const facts = agent ? agentFacts(agent, context.lint.agentInitials) : undefined;
    const initials = facts?.initials ?? "";
    const agentFull = facts?.full ?? "";
    const agentFirst = facts?.first ?? "";
    const isAgent = (s: Signature) =>
      s.kind === "initials" ? s.name.toUpperCase() === initials : foldedName(s.name) === agentFull || foldedWords(s.name).some((w) => sameNameWord(w, agentFirst));
    // The sign-off first: most replies end with one, and then the intro scan is not needed.
    const tail = tailSignature(reply, teamNames);
    if (tail && tail.kind !== "team" && (!agent || isAgent(tail))) return [];
    const persons = findIntros(reply, context.lint.locale, teamNames);
    if (tail && tail.kind !== "team") persons.push(tail);
    if (persons.length) {
      if (!agent || persons.some(isAgent)) return [];
      const last = persons[persons.length - 1]!;
      return [{ messageId: "wrongAgent", start: last.start, end: last.end, data: { name: last.name, agent } }];
    }
    const signature = agent ? signatureFor({ name: agent, ...(context.lint.agentInitials && { initials: context.lint.agentInitials }) }, context.lint.channel) : undefined;
    if (tail) {
      const finding: RuleFinding = { messageId: "team", start: tail.start, end: tail.end, data: { text: excerpt(tail.name) } };
      if (signature) finding.suggestion = signature;
      return [finding];
    }
    const end = trimmedEnd(reply.text);
    const finding: RuleFinding = { messageId: "missing", start: end, end };
    if (signature) {
      finding.suggestion = signature;
      const text = signature.startsWith("^") ? ` ${signature}` : `\n${signature}`;
      // Fix only with a signature this rule will then recognise as the agent's ("— 😀" is not
      // a name): a fix that does not settle the finding would be applied again and again.
      const signed = reply.text.slice(0, end) + text;
      const found = tailSignature({ text: signed } as AnalyzedReply, teamNames);
      if (found && found.kind !== "team" && isAgent(found)) finding.fix = { start: end, end, text };
    } else {
      finding.suggestion = SIGNATURE_EXAMPLE[context.lint.locale] ?? SIGNATURE_EXAMPLE.en!;
    }
    return [finding];
  },
};

const NO_TEAMS: string[] = [];
const SIGNATURE_EXAMPLE: Record<string, string> = { en: "— Dario (or ^DR on X)", it: "— Giulia (oppure ^GR su X)", el: "— Νίκος (ή ^ΝΠ στο X)" };

const agentCache = new Map<string, { initials: string; full: string; first: string }>();
/** An agent's initials and folded names, remembered: a batch names the same few agents again and again. */
function agentFacts(agent: string, initials: string | undefined): { initials: string; full: string; first: string } {
  const key = `${agent}\u0000${initials ?? ""}`;
  let facts = agentCache.get(key);
  if (!facts) {
    facts = { initials: (initials || initialsOf(agent)).toUpperCase(), full: foldedName(agent), first: foldedName(splitName(agent).first) };
    if (agentCache.size > 1000) agentCache.clear();
    agentCache.set(key, facts);
  }
  return facts;
}
/** The sign-off is looked for in the last characters only, whatever the length of the reply. */
const TAIL = 160;

/** "I'm Dario", "sono Giulia", "ask for Dario": a person named anywhere in the reply. */
export function findIntros(reply: AnalyzedReply, locale: string, teamNames: string[]): Signature[] {
  const text = reply.text;
  const out: Signature[] = [];
  const intro = introFor(locale);
  intro.lastIndex = 0;
  for (let m = intro.exec(text); m !== null; m = intro.exec(text)) {
    const name = (m[1] ?? m[2])!;
    const start = m.index + m[0].lastIndexOf(name);
    if (reply.quoted(start)) continue;
    const kind = classify(name, teamNames);
    if (kind) out.push({ kind, name: trimName(name), start, end: start + trimName(name).length });
  }
  return out;
}

/**
 * How the reply ends: initials (^DR), or the last segment (after the last line break and the
 * last sentence on that line) as a dash and a name, a sign-off and a name, a name line or a
 * team. Read with string searches on the end of the text, whatever the length of the reply.
 */
export function tailSignature(reply: AnalyzedReply, teamNames: string[]): Signature | undefined {
  const text = reply.text;
  let end = trimmedEnd(text);
  // X thread numbering ("1/2") after the signature.
  if (end > 0 && isDigit(text.charCodeAt(end - 1))) {
    const from = Math.max(0, end - 12);
    const mark = THREAD_MARK.exec(text.slice(from, end));
    if (mark) end = trimmedEnd(text.slice(0, from + mark.index));
  }
  if (end === 0) return undefined;
  const trailer = TRAILER.exec(text.slice(Math.max(0, end - 200), end));
  if (trailer) end = trimmedEnd(text, end - trailer[0].length);
  // A stray full stop after the signature, on its line or the next: "^sp ."
  if (end > 2 && text[end - 1] === "." && isSpaceCode(text.charCodeAt(end - 2))) end = trimmedEnd(text, end - 1);
  if (end === 0) return undefined;
  const initials = initialsAtEnd(text, end) ?? markedName(text, end, teamNames);
  if (initials) return initials;
  const lineStart = text.lastIndexOf("\n", end - 1) + 1;
  let segStart = lineStart;
  for (const stop of [". ", "! ", "? "]) {
    const i = text.lastIndexOf(stop, end - 1);
    if (i + 2 > segStart && i + 2 <= end) segStart = i + 2;
  }
  while (segStart < end && isSpaceCode(text.charCodeAt(segStart))) segStart++;
  const seg = text.slice(segStart, end);
  if (seg.length === 0) return undefined;
  const at = (offset: number, name: string, kind: Signature["kind"]): Signature => ({ kind, name, start: segStart + offset, end: segStart + offset + name.length });

  // "— Dario", "... within 24 hours — Dario", "Dario - Customer Care".
  const dash = firstDash(seg);
  if (dash) {
    const before = seg.slice(0, dash.start).trim();
    if (before && before.length <= 40 && NAME_LINE.test(before) && roleTail(before.slice(NAME_LINE.exec(before)![1]!.length)) && classify(before, teamNames) === "person") return at(0, trimName(before), "person");
    const after = seg.slice(dash.end).trim();
    const offset = seg.indexOf(after, dash.end);
    const kind = after.length <= 60 ? classify(after, teamNames) : undefined;
    if (kind) return at(offset, kind === "team" ? after : trimName(after), kind);
  }
  // "Kind regards, Dario", "Un saluto, Giulia", "Cordiali saluti, Il Servizio Clienti", "Thanks-Sha".
  const signoff = SIGNOFF_START.exec(seg) ?? SIGNOFF_DASH.exec(seg);
  if (signoff) {
    const rest = seg.slice(signoff[0].length).trim();
    const kind = rest && rest.length <= 60 ? classify(rest, teamNames) : undefined;
    if (kind) return at(seg.indexOf(rest, signoff[0].length), kind === "team" ? rest : trimName(rest), kind);
  }
  // A name on its own ("Dario", "Dario Rossi, Customer Care") or a team ("Il Servizio Clienti").
  if (seg.length <= 60) {
    const nameLine = NAME_LINE.exec(seg);
    if (nameLine && !roleTail(seg.slice(nameLine[1]!.length))) return undefined;
    const kind = nameLine ? classify(seg, teamNames) : isTeamLine(seg, teamNames) && looksLikeSignature(seg) ? "team" : undefined;
    if (kind === "team") return at(0, seg, "team");
    if (kind && nameLine) return at(0, trimName(nameLine[1]!), kind);
  }
  return undefined;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const INITIAL_MARKS = "^*/~-";

/** "^DR", "-DR", "*DR", "^ DR" at the end, after a space, a bracket or nothing: read by hand, it runs on every reply. */
function initialsAtEnd(text: string, end: number): Signature | undefined {
  let start = end;
  while (start > 0 && end - start < 4 && isUpper(text[start - 1]!)) start--;
  const length = end - start;
  if (length < 2 || length > 3) return undefined;
  let mark = start - 1;
  if (text[mark] === " ") mark--;
  if (mark < 0 || !INITIAL_MARKS.includes(text[mark]!)) return undefined;
  // "--JV": a double dash is one mark.
  if (text[mark] === "-" && text[mark - 1] === "-") mark--;
  const before = text[mark - 1];
  // After a space, a bracket, or the end of a sentence with no space: "...for you.--JV", "assist you.-DD".
  if (before !== undefined && before !== " " && before !== "\n" && before !== "\t" && before !== "(" && !(text[mark] === "-" && (before === "." || before === "!" || before === "?"))) return undefined;
  return { kind: "initials", name: text.slice(start, end), start, end };
}
const isUpper = (ch: string) => ch !== ch.toLowerCase();

/** The first dash that opens a signature: at the start, or after a space. */
function firstDash(seg: string): { start: number; end: number } | undefined {
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i]!;
    if ((ch === "—" || ch === "–" || ch === "-") && (i === 0 || seg[i - 1] === " ")) {
      let j = i + 1;
      while (j < seg.length && (seg[j] === "-" || seg[j] === "—")) j++;
      if (j === seg.length || seg[j] === " " || /\p{Lu}/u.test(seg[j]!)) return { start: i, end: j };
    }
  }
  return undefined;
}

/** A person's name, a team, or neither (a capitalised ordinary word). */
function classify(raw: string, teamNames: string[]): Signature["kind"] | undefined {
  // "Dario, Customer Care" is Dario; "The Customer Care Team" is a team.
  const text = trimName(raw) || raw;
  if (isTeamLine(text, teamNames)) return "team";
  const words = foldedWords(text);
  if (!words[0] || NOT_NAMES.has(words[0])) return undefined;
  if (!/^\p{Lu}/u.test(text.trim())) return undefined;
  return "person";
}

function isTeamLine(text: string, teamNames: string[]): boolean {
  const words = foldedWords(text);
  if (words.length === 0) return false;
  if (teamNames.length && teamNames.some((t) => words.join(" ").includes(t))) return true;
  return words.some((w) => TEAM_WORDS.has(w));
}

const SMALL_WORDS = new Set(["the", "of", "and", "il", "lo", "la", "l", "i", "gli", "le", "di", "del", "della", "dello", "dei", "e", "from", "da", "at", "η", "ο", "της", "του", "των", "και", "από"].map(foldText));

/** "The Customer Care Team", "Lo staff di Acme": short, and only capitalised, small or team words. */
function looksLikeSignature(line: string): boolean {
  const words = line.replace(/[.!]$/, "").split(/\s+/);
  if (words.length > 6 || !/^\p{Lu}/u.test(line)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.has(foldText(w)) || TEAM_WORDS.has(foldText(w)));
}

/** "Dario, Customer Care" -> "Dario"; "Dario from the shop team" -> "Dario"; "Dario R." -> "Dario R". */
function trimName(name: string): string {
  return name.split(/\s*[,(|/–—]|\s+-\s+|\s+(?:from|of|at|da|di|del|della|dello|από)\s+/)[0]!.replace(/[.\s]+$/, "").trim();
}

/** What may follow a name on its line: nothing, or a role or team ("Dario, Customer Care", "Dario from the shop team"), not a sentence. */
function roleTail(tail: string): boolean {
  const words = tail.replace(/^[\s,|(/–—-]+/, "").replace(/[).!\s]+$/, "").split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  if (words.length > 6) return false;
  return words.every((w) => /^[\p{Lu}\d@#]/u.test(w) || SMALL_WORDS.has(foldText(w)) || TEAM_WORDS.has(foldText(w)) || w === "from" || w === "da" || w === "di" || w === "από");
}

/** "^Lisa", "*AshleyNelson", "~ Ellen", "^kl": a name (or lower-case initials) after a signature mark. */
function markedName(text: string, end: number, teamNames: string[]): Signature | undefined {
  const from = Math.max(0, end - 40);
  const m = MARKED_NAME.exec(text.slice(from, end));
  if (!m) return undefined;
  const name = m[1]!;
  const start = from + m.index + m[0].indexOf(name);
  if (isTeamLine(name, teamNames)) return { kind: "team", name, start, end: start + name.length };
  const letters = name.replace(/[^\p{L}]/gu, "");
  const kind = letters.length <= 3 && (letters === letters.toUpperCase() || letters === letters.toLowerCase()) ? "initials" : "person";
  return { kind, name: kind === "initials" ? letters.toUpperCase() : name, start, end: start + name.length };
}
