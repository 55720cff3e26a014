/**
 * Text from outside (a complaint, a reply, a CSV cell, a YAML value) printed to a terminal is
 * shown, never obeyed: an ESC in a customer's post must not move the cursor, recolour the
 * screen, set the window title or hide what follows.
 *
 * @example
 *   safeForTerminal("ok\u001b[2J\u0007done")   // "ok␛[2J␇done"
 *   safeForTerminal("line 1\nline 2\tend")     // unchanged: newlines and tabs are layout
 */

/**
 * C0 controls (except tab and newline), DEL, C1 controls, and the bidirectional overrides and
 * isolates that reorder what is on screen (a "Trojan Source" reply that reads differently
 * from what it says).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Replaces control characters with visible stand-ins: the Control Pictures (␛ ␇ ␍) or `\x9b`,
 * `\u202e`. CRLF line ends become plain newlines; a lone carriage return (which would let the
 * rest of a line overwrite its start) is shown.
 */
export function safeForTerminal(text: string): string {
  return text.replace(/\r\n/g, "\n").replace(UNSAFE, visible);
}

/** Whether a text would reach the terminal as something other than characters. */
export function hasTerminalControls(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  // U+2400..U+241F picture the C0 controls one to one; U+2421 pictures DEL.
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  if (code <= 0x9f) return `\\x${code.toString(16)}`;
  return `\\u${code.toString(16)}`;
}
