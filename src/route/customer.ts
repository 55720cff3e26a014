/**
 * Who wrote a complaint, read from how they signed it: a default for the draft's name question,
 * and the customer a linted reply must address when no --customer is given (P3).
 *
 * @example
 *   guessCustomer("The box was crushed.\n— Laura");           // { name: "Laura", from: "— Laura" }
 *   guessCustomer("Pacco distrutto, vergogna!\nGrazie, Laura"); // { name: "Laura", from: "Grazie, Laura" }
 *   guessCustomer("Nothing at my door. - Marco Rossi");         // { name: "Marco Rossi", from: "- Marco Rossi" }
 *   guessCustomer("tracking stuck for days\n@laurab");          // { handle: "@laurab", from: "@laurab" }
 *   guessCustomer("tracking stuck for days\n@laurab", { strict: true }); // undefined
 */

export interface CustomerGuess {
  name?: string;
  handle?: string;
  /** The words it was read from, to show the person. */
  from: string;
}

export interface GuessOptions {
  /**
   * Only signatures nobody would read otherwise, for a guess no person confirms (`lint`): a
   * closing and a name with a comma between ("Thanks, Laura", not "Thanks Delta", which thanks
   * the brand), a bare name only after a closing line, and a handle only after a dash ("—
   * @laurab"): a post on X ends as often with the brand's handle as with the author's.
   */
  strict?: boolean;
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
// Signed at the end of the last sentence's line ("... the 2nd time. - Marco Rossi"): a sentence
// must end before the dash, or "waited 3 hours - Unacceptable" would be read as a name.
const DASH_AFTER_SENTENCE = new RegExp(String.raw`[.!?…]\s+([—–~-]{1,2}\s*(${NAME}|${HANDLE}))\s*$`, "u");
const CLOSING_AND_NAME = new RegExp(String.raw`(?:^|[.!?…]\s+)(?:${closing})([,!.]?)\s+(${NAME}|${HANDLE})[.!]?\s*$`, "iu");
const CLOSING_ALONE = new RegExp(String.raw`^(?:${closing})[,!.]?\s*$`, "iu");
const BARE = new RegExp(String.raw`^(${NAME}|${HANDLE})\s*$`, "u");
const WHOLE_NAME = new RegExp(`^${NAME}$`, "u");

/** Reads a signature or handle from the end of a complaint; undefined when there is none. */
export function guessCustomer(complaint: string | undefined, options: GuessOptions = {}): CustomerGuess | undefined {
  if (!complaint) return undefined;
  const strict = options.strict ?? false;
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
  const dashAfter = dash ? null : DASH_AFTER_SENTENCE.exec(last);
  const closed = CLOSING_AND_NAME.exec(last);
  // The closing words match in any case ("grazie, Laura"); the name itself must be capitalised.
  const closedName = closed && (closed[2]!.startsWith("@") ? !strict : WHOLE_NAME.test(closed[2]!) && (!strict || closed[1] === ","));
  if (dash) who = dash[1];
  else if (dashAfter) {
    who = dashAfter[2];
    from = dashAfter[1]!;
  }  else if (closed && closedName) {
    who = closed[2];
    from = closed[0].replace(/^[.!?…]\s+/, "").trim();
  } else if (lines.length > 1) {
    // A bare name on the last line counts after a closing ("Grazie,") or when the line is short.
    const bare = BARE.exec(last);
    const afterClosing = CLOSING_ALONE.test(before ?? "");
    if (bare && (afterClosing || (!strict && last.length <= 30)) && !(strict && bare[1]!.startsWith("@"))) {
      who = bare[1];
      if (afterClosing) from = `${before} ${last}`;
    }
  }
  if (!who) return undefined;
  return who.startsWith("@") ? { handle: who, from } : { name: who, from };
}
