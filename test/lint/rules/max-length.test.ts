import { ruleTester } from "../helpers.js";

const id = "max-length";
const x = { channel: "x" };
const words = (n: number, word = "sorry") => Array.from({ length: n }, () => word).join(" ");
const long = `Laura, ${words(50)}.`; // 7 + 50*6 - 1 + 1 = 307 characters
const longIt = `Laura, ${"mi dispiace davvero per il pacco, ".repeat(9)}la richiamo entro 24 ore.`;
const thread = `1/2 Laura, ${words(40)}.\n\n2/2 ${words(50)}.`;
const trailing = `Laura, ${words(40)}. 1/2\n${words(50)}. 2/2`;

ruleTester(id, {
  valid: [
    { context: x, text: "Laura, I'm so sorry. DM me. ^DR" },
    { context: x, text: "Laura, mi dispiace davvero. Mi scriva in privato il numero d'ordine e la richiamo entro 24 ore. ^GR" },
    { context: x, text: `${"a".repeat(280)}` },
    { name: "no channel, no limit", text: long },
    { context: { channel: "facebook" }, name: "no limit configured for the channel", text: long },
    { context: x, name: "each numbered part of a thread on its own", text: `1/2 Laura, ${words(40)}.\n\n2/2 ${words(40)}.` },
    { context: x, name: "a link counts as 23 characters on X", text: `Laura, the tracking is at https://example.com/${"t".repeat(300)} — ^DR` },
    { context: x, name: "characters, not UTF-16 units", text: "😀".repeat(280) },
  ],
  invalid: [
    { context: x, text: long, errors: [{ ruleId: id, start: 280, end: long.length, messageId: "tooLong", severity: "error" }] },
    { context: x, text: longIt, errors: [{ ruleId: id, start: 280, end: longIt.length, messageId: "tooLong" }] },
    { context: { channel: "twitter" }, text: long, errors: [{ ruleId: id, start: 280, end: long.length }] },
    { context: x, name: "the second part of a thread is too long", text: thread, errors: [{ ruleId: id, start: thread.indexOf("2/2") + 280, end: thread.length, messageId: "partTooLong" }] },
    { context: x, name: "thread numbers at the end of each part", text: trailing, errors: [{ ruleId: id, start: trailing.indexOf("1/2") + 4 + 280, end: trailing.length, messageId: "partTooLong" }] },
  ],
});
