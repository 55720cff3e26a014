/**
 * Which numbered part of a thread a reply is, from the mark teams write: "1/2" or "(2/3)" at
 * the start (after the @mentions) or at the end (before or after the signature, before a
 * link): "@sam 1/2 Hi Sam, ...", "... get back to you. ^Julie 2/2", "... ^Marie (2/2)".
 *
 * A part of a thread is judged with the thread: the apology may be in part 1 and the next
 * step in part 2, so the rules that look at the whole reply (show-empathy, concrete-next-step)
 * cannot judge one part alone; and only the last part must carry the signature.
 */
export interface ThreadPart {
  part: number;
  of: number;
}

const LEADING_MENTIONS = /^(?:\s*@\w+)+\s*/;
const TRAILING_LINKS = /(?:\s*https?:\/\/\S+)+\s*$/;
// One digit each side, as teams number parts; "12/25" is a date.
const MARK = /(?:^|[\s(^*~.,:;!?\p{L}])\(?(\d)\s?\/\s?(\d)(?![\d/])(?=[)\s.,:]|$)/gu;

/** The part mark of a reply, or undefined when it has none (a whole reply). */
export function threadPartOf(text: string): ThreadPart | undefined {
  if (!text.includes("/")) return undefined;
  const lead = LEADING_MENTIONS.exec(text);
  let body = lead ? text.slice(lead[0].length) : text;
  const links = TRAILING_LINKS.exec(body);
  if (links) body = body.slice(0, links.index);
  body = body.trimEnd();
  return markIn(body.slice(0, 12)) ?? markIn(body.slice(-16));
}

function markIn(chunk: string): ThreadPart | undefined {
  let found: ThreadPart | undefined;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(chunk); m !== null; m = MARK.exec(chunk)) {
    const part = Number(m[1]);
    const of = Number(m[2]);
    if (of >= 2 && part >= 1 && part <= of) found = { part, of };
  }
  return found;
}

/** Whether the reply is a part of a thread: marked "k/n", or said to be followed by more parts. */
export function isThreadPart(text: string, thread: { final: boolean } | undefined): boolean {
  return thread?.final === false || threadPartOf(text) !== undefined;
}
