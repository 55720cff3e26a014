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
    { context: x, name: "an emoji weighs 2 on X, whatever its UTF-16 units", text: "😀".repeat(140) },
    { context: x, name: "the @mentions that open a reply are free on X", text: `@laura_b @shipping_help ${"a".repeat(280)}` },
    { context: x, name: "a bare domain is a link: 23 on X", text: `Laura, see ourshop.example.com/returns/${"x".repeat(300)} ${"a".repeat(200)}` },
    { context: x, name: "una menzione iniziale non conta su X", text: `@giulia_r ${"mi dispiace ".repeat(23)}^DR` },
  ],
  invalid: [
    { context: x, name: "141 emoji weigh 282 on X", text: "😀".repeat(141), errors: [{ ruleId: id, start: 280, end: 282, messageId: "tooLong" }] },
    { context: x, name: "CJK characters weigh 2 on X", text: "谢".repeat(141), errors: [{ ruleId: id, start: 140, end: 141, messageId: "tooLong" }] },
    { context: x, name: "a mention inside the text counts", text: `${"a".repeat(270)} @someone_else`, errors: [{ ruleId: id, start: 280, end: 284, messageId: "tooLong" }] },
    { context: x, text: long, errors: [{ ruleId: id, start: 280, end: long.length, messageId: "tooLong", severity: "error" }] },
    { context: x, text: longIt, errors: [{ ruleId: id, start: 280, end: longIt.length, messageId: "tooLong" }] },
    { context: { channel: "twitter" }, text: long, errors: [{ ruleId: id, start: 280, end: long.length }] },
    { context: x, name: "the second part of a thread is too long", text: thread, errors: [{ ruleId: id, start: thread.indexOf("2/2") + 280, end: thread.length, messageId: "partTooLong" }] },
    { context: x, name: "thread numbers at the end of each part", text: trailing, errors: [{ ruleId: id, start: trailing.indexOf("1/2") + 4 + 280, end: trailing.length, messageId: "partTooLong" }] },
  ],
});
