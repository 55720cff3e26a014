import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyInputs, coerceAnswer, emptyInputs, exampleInputs, mergeInputs, parseAssignments, readAnswersFile } from "../../src/draft/inputs.js";
import { resolveWithoutPrompts } from "../../src/draft/resolve.js";
import { applyAnswer } from "../../src/draft/flow.js";
import { flowContext, freshState, NOW, shippedPlaybooks, tempDir } from "./helpers.js";

const playbooks = await shippedPlaybooks();
const damaged = playbooks.find((p) => p.id === "parcel-damaged" && p.locale === "en")!;
const step = (id: string) => damaged.steps.find((s) => s.id === id)!;

function withPlaybook(state = freshState()) {
  return applyAnswer(state, { kind: "playbook", key: "playbook", suggestions: [], options: [] }, "en/parcel-damaged", { playbooks, now: NOW });
}

describe("answers files", () => {
  it("reads the structured form and the flat form", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), "customer: { name: Laura Bianchi }\nanswers:\n  damage: contents\ncommitments:\n  callback: 48h\n  courier-collection: none\n");
    writeFileSync(join(dir, "b.json"), JSON.stringify({ damage: "box", "photo-received": "yes" }));
    const a = await readAnswersFile(join(dir, "a.yaml"));
    expect(a.ok && a.value).toMatchObject({ customer: { name: "Laura Bianchi" }, answers: { damage: "contents" }, commitments: { callback: "48h", "courier-collection": "none" } });
    const b = await readAnswersFile(join(dir, "b.json"));
    expect(b.ok && b.value.answers).toEqual({ damage: "box", "photo-received": "yes" });
  });

  it("reports an unknown step with its position and a did-you-mean", async () => {
    const dir = tempDir();
    const file = join(dir, "answers.yaml");
    writeFileSync(file, "answers:\n  order-number: A-1\n  damaged: box\n");
    const read = await readAnswersFile(file);
    if (!read.ok) throw new Error("expected a read");
    const applied = applyInputs(withPlaybook(), read.value, damaged, NOW, { settle: true });
    expect(applied.ok).toBe(false);
    if (applied.ok) return;
    expect(applied.errors[0]!.format()).toBe(`${file}:3:12 answers.damaged: no step "damaged" in the playbook parcel-damaged (did you mean "damage"?); its steps are: order-number, photo-received, damage, contact-email`);
  });

  it("reports an unknown top-level key and a YAML error with positions", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), "answers: {}\ncustomr: Laura\n");
    const a = await readAnswersFile(join(dir, "a.yaml"));
    expect(!a.ok && a.errors[0]!.format()).toMatch(/a\.yaml:2:1 customr: unknown key "customr" \(did you mean "customer"\?\)/);
    writeFileSync(join(dir, "b.yaml"), "answers:\n  damage: [box\n");
    const b = await readAnswersFile(join(dir, "b.yaml"));
    expect(!b.ok && b.errors[0]!.format()).toMatch(/b\.yaml:\d+:\d+ /);
  });
});

describe("values from flags", () => {
  it("coerces by step type and checks like a typed answer", () => {
    expect(coerceAnswer(step("photo-received"), "sì")).toEqual({ value: true });
    expect(coerceAnswer(step("photo-received"), "no")).toEqual({ value: false });
    expect(coerceAnswer(step("damage"), "The contents")).toEqual({ value: "contents" });
    expect(coerceAnswer(step("damage"), "boxx")).toEqual({ problem: 'expected one of: box, contents, unknown (did you mean "box"?)' });
    expect(coerceAnswer(step("contact-email"), "nope")).toEqual({ problem: "expected an e-mail address such as care@example.com" });
  });

  it("parses --set and --commit, and names the flag in errors", () => {
    expect(parseAssignments(["damage=box", "order-number=A=1"], "--set")).toEqual([
      { key: "damage", value: "box", text: "damage=box" },
      { key: "order-number", value: "A=1", text: "order-number=A=1" },
    ]);
    expect(() => parseAssignments(["damage"], "--set")).toThrow(/--set damage: expected key=value/);
    const inputs = { ...emptyInputs(), commitments: { callback: "2h" }, where: { "commitment:callback": { flag: "--commit callback=2h" } } };
    const applied = applyInputs(withPlaybook(), inputs, damaged, NOW, { settle: true });
    expect(!applied.ok && applied.errors[0]!.message).toBe('--commit callback=2h: callback: "2h" is sooner than this playbook allows: never promise it in less than 24h (P4)');
  });

  it("refuses a remedy that needs approval", () => {
    const applied = applyInputs(withPlaybook(), { ...emptyInputs(), remedies: ["refund"], where: { "remedy:refund": { flag: "--remedy refund" } } }, damaged, NOW, { settle: true });
    expect(!applied.ok && applied.errors[0]!.message).toMatch(/--remedy refund: the remedy "refund" \(Refund\) needs a manager's approval/);
  });

  it("lets flags override the example", () => {
    const merged = mergeInputs(exampleInputs(damaged), { ...emptyInputs(), answers: { damage: "box" }, customer: { name: "Marco Rossi" } });
    expect(merged.answers.damage).toBe("box");
    expect(merged.answers["order-number"]).toBe(damaged.example.answers["order-number"]);
    expect(merged.customer?.name).toBe("Marco Rossi");
  });
});

describe("resolveWithoutPrompts", () => {
  it("names every missing answer", async () => {
    const ctx = await flowContext();
    const { missing } = resolveWithoutPrompts(withPlaybook(), ctx);
    expect(missing.map((m) => m.key)).toEqual(["customer", "agent"]);
    expect(missing[0]!.how).toBe("--customer <name> or --handle <@handle>");
  });

  it("routes the complaint when no playbook was given, and says when it cannot", async () => {
    const ctx = await flowContext();
    const state = { ...freshState(), complaint: "my parcel arrived smashed", customer: { name: "Laura" }, agent: "Dario" };
    const done = resolveWithoutPrompts(state, ctx);
    expect(done.routed?.id).toBe("parcel-damaged");
    expect(done.missing).toEqual([]);
    // Praise gets no playbook: a person chooses one.
    const none = resolveWithoutPrompts({ ...state, complaint: "Thank you so much, lovely service" }, ctx);
    expect(none.missing.map((m) => m.key)).toEqual(["playbook"]);
  });

  it("takes a handle alone without prompts, but leaves the name to ask for with them", async () => {
    const ctx = await flowContext();
    const inputs = { ...emptyInputs(), customer: { handle: "laurab" }, agent: "Dario" };
    const applied = applyInputs(withPlaybook(), inputs, damaged, NOW, { settle: true });
    if (!applied.ok) throw applied.errors[0];
    expect(applied.value.customer).toEqual({ handle: "@laurab" });
    expect(applied.value.settled).not.toContain("customer");
    expect(resolveWithoutPrompts(applied.value, ctx).missing).toEqual([]);
  });

  it("replaces the example's whole identity with a customer the person names", () => {
    const example = applyInputs(withPlaybook(), exampleInputs(damaged), damaged, NOW, { settle: false });
    if (!example.ok) throw example.errors[0];
    expect(example.value.customer).toMatchObject({ name: "Laura Bianchi", handle: "@laurab" });
    const named = applyInputs(example.value, { ...emptyInputs(), customer: { name: "Marco Neri" } }, damaged, NOW, { settle: true });
    if (!named.ok) throw named.errors[0];
    expect(named.value.customer).toEqual({ name: "Marco Neri" });
    const handled = applyInputs(example.value, { ...emptyInputs(), customer: { handle: "mneri" } }, damaged, NOW, { settle: true });
    if (!handled.ok) throw handled.errors[0];
    expect(handled.value.customer).toEqual({ handle: "@mneri" });
  });

  it("records unconfirmed checklist items as skipped and fills defaults", async () => {
    const ctx = await flowContext();
    const { state } = resolveWithoutPrompts({ ...withPlaybook(), customer: { name: "Laura" }, agent: "Dario" }, ctx);
    expect(Object.values(state.checklist).every((v) => v === false)).toBe(true);
    expect(state.answers.damage).toBe("unknown");
    expect(state.commitments).toEqual({ callback: "24h", "courier-collection": "48h" });
  });
});
