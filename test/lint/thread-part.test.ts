// Which numbered part of a thread a reply is (src/lint/thread-part.ts). Our own wording.
import { describe, expect, it } from "vitest";
import { isThreadPart, threadPartOf, type ThreadPart } from "../../src/lint/thread-part.js";

describe("threadPartOf", () => {
  const cases: Array<[string, string, ThreadPart | undefined]> = [
    // [why, reply, part]
    ["a mark at the start", "1/2 Hi Sam, sorry about the wait.", { part: 1, of: 2 }],
    ["at the start after @mentions", "@sam @shop 1/2 Hi Sam, sorry about the wait.", { part: 1, of: 2 }],
    ["in brackets at the start", "(1/3) Hi Sam, here is what happened.", { part: 1, of: 3 }],
    ["at the end after the signature", "I'll get back to you tomorrow. ^Julie 2/2", { part: 2, of: 2 }],
    ["at the end before the signature", "I'll get back to you tomorrow. 2/2 ^JB", { part: 2, of: 2 }],
    ["in brackets after the signature", "Thanks for waiting. ^Marie (2/2)", { part: 2, of: 2 }],
    ["stuck to the initials", "Thanks for waiting. ^SG(2/2)", { part: 2, of: 2 }],
    ["spaces around the slash", "Thanks for waiting. ^SG 2 / 2", { part: 2, of: 2 }],
    ["before a trailing link", "More here: 2/2 https://t.co/abc123", { part: 2, of: 2 }],
    ["a date is no mark", "Your flight on 12/25 is confirmed. ^JB", undefined],
    ["a one-digit date inside the text is no mark", "We spoke on 3/4 and the refund went through the same week, Sam. ^JB", undefined],
    ["a part above its total is no mark", "3/2 Hi Sam.", undefined],
    ["a total of one is no mark", "1/1 Hi Sam.", undefined],
    ["a fraction in a link is no mark", "See https://example.com/a/1/2", undefined],
    ["no slash at all", "Hi Sam, sorry about the wait. ^JB", undefined],
    ["a mark in the middle is not read", "Hi Sam, the 1/2 price offer ends today and we can't extend it, sorry. ^JB", undefined],
    ["italiano, in fondo", "La richiamo entro 24 ore. ^GR 2/2", { part: 2, of: 2 }],
  ];
  it.each(cases)("%s: %j", (_why, text, part) => {
    expect(threadPartOf(text)).toEqual(part);
  });
});

describe("isThreadPart", () => {
  const cases: Array<[string, string, { final: boolean } | undefined, boolean]> = [
    // [why, reply, thread context, is a part]
    ["a marked part", "1/2 Hi Sam, sorry about the wait.", undefined, true],
    ["the last marked part is still a part", "I'll call you tomorrow. ^JB 2/2", undefined, true],
    ["a reply said to be followed by more", "Hi Sam, sorry about the wait.", { final: false }, true],
    ["a whole reply", "Hi Sam, sorry about the wait. ^JB", undefined, false],
    ["a final reply", "Hi Sam, sorry about the wait. ^JB", { final: true }, false],
  ];
  it.each(cases)("%s", (_why, text, thread, part) => {
    expect(isThreadPart(text, thread)).toBe(part);
  });
});
