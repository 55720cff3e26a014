import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlaybookFile, checkAnswer, isAsked } from "../../src/playbook/load.js";
import { ROOT, tempDir } from "../helpers/cli.js";

const SHIPPED = join(ROOT, "playbooks", "en", "parcel-damaged.yaml");
const original = readFileSync(SHIPPED, "utf8");

/** Writes a variant of the shipped playbook (same file name, so the id still matches). */
function variant(edit: (text: string) => string): string {
  const dir = join(tempDir(), "en");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "parcel-damaged.yaml");
  writeFileSync(file, edit(original));
  return file;
}

async function errorsOf(file: string): Promise<string[]> {
  const r = await loadPlaybookFile(file);
  return r.ok ? [] : r.errors.map((e) => e.format());
}

describe("loadPlaybookFile", () => {
  it("loads the shipped parcel-damaged playbook with the P2 bounds", async () => {
    const r = await loadPlaybookFile(SHIPPED);
    if (!r.ok) throw new Error(r.errors.map((e) => e.format()).join("\n"));
    const pb = r.value;
    expect(pb.respondWithin.minutes).toBe(360);
    expect(pb.commitments.find((c) => c.id === "callback")?.earliest.minutes).toBe(1440);
    expect(pb.commitments.find((c) => c.id === "courier-collection")?.earliest.minutes).toBe(2880);
    expect(pb.remedies.find((r) => r.id === "refund")?.requiresApproval).toBe(true);
    expect(pb.templates.public.length).toBeGreaterThan(0);
  });

  it.each([
    ["an unknown key, with a did-you-mean", (t: string) => t.replace(/^title:/m, "titel:"), /parcel-damaged\.yaml:\d+:1 titel: unknown key "titel" \(did you mean "title"\?\)/],
    ["a wrong type", (t: string) => t.replace(/^respond-within: 6h$/m, "respond-within: [6h]"), /:\d+:\d+ respond-within: expected a string, got a list/],
    ["a list where a map belongs", (t: string) => t.replace(/^channel:\n  private: true\n  via: \[dm, email\]$/m, "channel:\n  - private"), /:\d+:\d+ channel: expected a map, got a list/],
    ["a bad step type", (t: string) => t.replace("type: yes-no", "type: yesno"), /steps\[1\]\.type: expected one of: text, choice, yes-no, number, date \(did you mean "yes-no"\?\)/],
    ["a bad duration", (t: string) => t.replace("earliest: 24h", "earliest: soonish"), /commitments\[0\]\.earliest: "soonish" is not a duration/],
    ["an offer sooner than earliest", (t: string) => t.replace("offer: [24h, 48h]", "offer: [2h, 48h]"), /commitments\[0\]\.offer\[0\]: offers "2h", sooner than the earliest allowed \(24h\)/],
    ["a when on a later step", (t: string) => t.replace("    default: unknown\n", "    default: unknown\n    when: { contact-email: x }\n"), /steps\[2\]\.when\.contact-email: "contact-email" is not an earlier step/],
    ["a duplicate step id", (t: string) => t.replace("id: damage", "id: photo-received"), /steps\[2\]\.id: duplicate step id "photo-received"/],
    ["a broken trigger pattern", (t: string) => t.replace("  - smashed\n", "  - (smashed\n"), /triggers\[\d+\]: pattern "\(smashed": "\(" is not closed \(column 1\)/],
    ["an id that is not the file name", (t: string) => t.replace("id: parcel-damaged", "id: parcel-broken"), /:1:5 id: id "parcel-broken" does not match the file name "parcel-damaged\.yaml"|:\d+:5 id: id "parcel-broken"/],
    ["an example answer for no step", (t: string) => t.replace("    order-number: A-10293\n", "    order-numbr: A-10293\n"), /example\.answers\.order-numbr: no step "order-numbr" in this playbook/],
    ["a missing required key", (t: string) => t.replace(/^respond-within: 6h\n/m, ""), /:\d+:1 missing required key "respond-within"/],
  ])("reports %s", async (_name, edit, message) => {
    const errors = await errorsOf(variant(edit));
    expect(errors.join("\n")).toMatch(message);
    for (const e of errors) expect(e.split("\n")).toHaveLength(1);
  });
});

describe("answers", () => {
  const step = { id: "n", ask: "?", type: "number" as const, required: true, validate: { min: 1, max: 5 } };
  it.each([
    [3, undefined],
    [0, "expected at least 1"],
    ["abc", "expected a number"],
  ])("number %j -> %j", (answer, problem) => expect(checkAnswer(step, answer)).toBe(problem));
  it("checks `when`", () => {
    const s = { id: "b", ask: "?", type: "text" as const, required: true, when: { a: ["x", "y"] } };
    expect(isAsked(s, { a: "y" })).toBe(true);
    expect(isAsked(s, { a: "z" })).toBe(false);
    expect(isAsked(s, {})).toBe(false);
  });
});
