/**
 * Who the customer is, guessed from how they signed the complaint, so the name question has
 * a sensible default (P3: address the customer by name).
 *
 * @example
 *   guessCustomer("The box was crushed.\n— Laura");           // { name: "Laura", from: "— Laura" }
 *   guessCustomer("Pacco distrutto, vergogna!\nGrazie, Laura"); // { name: "Laura", from: "Grazie, Laura" }
 *   guessCustomer("tracking stuck for days\n@laurab");          // { handle: "@laurab", from: "@laurab" }
 */
import type { Customer } from "../playbook/types.js";

export interface CustomerGuess {
  name?: string;
  handle?: string;
  /** The words it was read from, to show the person. */
  from: string;
}

const CLOSINGS = [
  "thanks", "thank you", "many thanks", "cheers", "regards", "best", "best regards", "kind regards", "best wishes", "sincerely", "yours",
  "grazie", "grazie mille", "saluti", "cordiali saluti", "distinti saluti", "un saluto", "buona giornata", "ciao", "firmato",
];
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*`;
const INITIAL = String.raw`\p{Lu}\.`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${NAME_WORD}|${INITIAL})){0,2}`;
const HANDLE = String.raw`@[A-Za-z0-9_.]{2,30}`;
const closing = CLOSINGS.map((c) => c.replace(/ /g, "\\s+")).join("|");

const DASH_SIGNATURE = new RegExp(String.raw`^[—–~-]{1,2}\s*(${NAME}|${HANDLE})\s*$`, "u");
const CLOSING_AND_NAME = new RegExp(String.raw`(?:^|[.!?…]\s+)(?:${closing})[,!.]?\s+(${NAME}|${HANDLE})[.!]?\s*$`, "iu");
const CLOSING_ALONE = new RegExp(String.raw`^(?:${closing})[,!.]?\s*$`, "iu");
const BARE = new RegExp(String.raw`^(${NAME}|${HANDLE})\s*$`, "u");

/** Reads a signature or handle from the end of a complaint; undefined when there is none. */
export function guessCustomer(complaint: string | undefined): CustomerGuess | undefined {
  if (!complaint) return undefined;
  const lines = complaint
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const last = lines.at(-1);
  if (!last) return undefined;
  const before = lines.at(-2);
  let who: string | undefined;
  let from = last;
  const dash = DASH_SIGNATURE.exec(last);
  const closed = caseSensitiveName(CLOSING_AND_NAME.exec(last));
  if (dash) who = dash[1];
  else if (closed) {
    who = closed[1];
    from = closed[0].replace(/^[.!?…]\s+/, "").trim();
  } else if (lines.length > 1) {
    // A bare name on the last line counts after a closing ("Grazie,") or when the line is short.
    const bare = BARE.exec(last);
    const afterClosing = CLOSING_ALONE.test(before ?? "");
    if (bare && (afterClosing || last.length <= 30)) {
      who = bare[1];
      if (afterClosing) from = `${before} ${last}`;
    }
  }
  if (!who) return undefined;
  return who.startsWith("@") ? { handle: who, from } : { name: who, from };
}

/** The closing words match in any case ("grazie, Laura"); the name itself must be capitalised. */
function caseSensitiveName(match: RegExpExecArray | null): RegExpExecArray | null {
  if (!match) return null;
  const who = match[1]!;
  return who.startsWith("@") || new RegExp(`^${NAME}$`, "u").test(who) ? match : null;
}

/** What the person typed for the customer: a name, or an @handle. */
export function customerFromAnswer(answer: string, previous: Customer = {}): Customer {
  const text = answer.trim();
  if (!text) return { ...previous };
  if (/^@\S+$/.test(text)) {
    const { name: _name, ...rest } = previous;
    return { ...rest, handle: text };
  }
  return { ...previous, name: text };
}

/** The default offered for the name question: a known name, else the guess, else a handle. */
export function customerDefault(customer: Customer | undefined, guess: CustomerGuess | undefined): string | undefined {
  return customer?.name ?? guess?.name ?? customer?.handle ?? guess?.handle;
}
