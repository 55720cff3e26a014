// The whole interactive flow with injected answers, for every shipped playbook in every
// locale it ships in: a person pastes the complaint, confirms the route, goes through the
// checklist, answers the steps (the playbook's example answers), promises what the
// playbook allows, reviews and accepts.
import { describe, expect, it } from "vitest";
import { chosenPlaybook } from "../../src/draft/flow.js";
import { runInteractiveDraft, type InteractiveDeps } from "../../src/draft/interactive.js";
import { newDraftState, type DraftState } from "../../src/draft/state.js";
import type { Playbook, Scalar } from "../../src/playbook/types.js";
import { INTERRUPT, ScriptedPrompter, type AnyQuestion, type ScriptedAnswer } from "../../src/prompts/scripted.js";
import { isPromptInterrupted } from "../../src/prompts/types.js";
import { flowContext, NOW, shippedCatalog, shippedPlaybooks, testLinter } from "./helpers.js";

const playbooks = await shippedPlaybooks();

async function deps(prompter: ScriptedPrompter, saved: DraftState[] = [], overrides: Partial<InteractiveDeps> = {}): Promise<InteractiveDeps> {
  return {
    prompter,
    flow: await flowContext(),
    catalog: await shippedCatalog(),
    linter: await testLinter(),
    agentFor: (name) => ({ name }),
    brand: "Acme",
    save: (s) => void saved.push(structuredClone(s)),
    now: () => NOW,
    width: 80,
    plain: false,
    editorName: "vi",
    ...overrides,
  };
}

/** Answers for a playbook's steps from its example, by question key. */
function exampleAnswers(pb: Playbook): Record<string, ScriptedAnswer> {
  const out: Record<string, ScriptedAnswer> = {};
  for (const step of pb.steps) {
    const a: Scalar | undefined = pb.example.answers[step.id];
    if (a !== undefined) out[`step:${step.id}`] = a;
  }
  for (const c of pb.commitments) {
    const d = pb.example.commitments[c.id];
    out[`commitment:${c.id}`] = d ? (q: { choices?: Array<{ value: string }> }) => pickOffer(q, d.minutes, c.offer) : "none";
  }
  return out;
}

function pickOffer(q: { choices?: Array<{ value: string }> }, minutes: number, offer: Playbook["commitments"][number]["offer"]): string {
  const match = offer.find((o) => o.minutes === minutes) ?? offer[0]!;
  return q.choices!.find((c) => c.value === match.text)!.value;
}

function complaintFor(pb: Playbook): string {
  return pb.example.complaint ?? pb.drills[0]?.complaint ?? pb.title;
}

describe.each(playbooks.map((p) => [`${p.locale}/${p.id}`, p] as const))("draft %s with injected answers", (_name, pb) => {
  it("goes from the complaint to an accepted reply addressed to Laura and signed by Dario", async () => {
    const prompter = new ScriptedPrompter({
      complaint: complaintFor(pb),
      platform: "facebook",
      posted: "",
      "playbook-confirm": (q: AnyQuestion) => String(q.message).includes(pb.title),
      playbook: `${pb.locale}/${pb.id}`,
      ...Object.fromEntries(pb.checklist.map((item, i) => [`checklist:${item.id}`, i !== 1])), // the second item is skipped
      customer: "Laura Bianchi",
      agent: "Dario",
      ...exampleAnswers(pb),
      review: "accept",
    });
    const saved: DraftState[] = [];
    const result = await runInteractiveDraft(newDraftState({ locale: pb.locale, now: NOW }), await deps(prompter, saved));
    const { outcome } = result;
    expect(outcome.playbook).toBe(pb.id);
    expect(outcome.locale).toBe(pb.locale);
    expect(outcome.customer).toEqual({ name: "Laura Bianchi" });
    expect(outcome.agent).toBe("Dario");
    expect(outcome.reply).toContain("Laura");
    expect(outcome.reply).toMatch(/— Dario/);
    expect(outcome.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(outcome.override).toBeUndefined();
    // Skipped checklist items are kept and reported.
    expect(outcome.checklist.skipped).toEqual(pb.checklist.length > 1 ? [pb.checklist[1]!.id] : []);
    expect(outcome.checklist.done.length).toBe(pb.checklist.length - outcome.checklist.skipped.length);
    // Only allowed time frames, never sooner than the earliest (P4).
    for (const made of outcome.commitments) {
      const spec = pb.commitments.find((c) => c.id === made.id)!;
      expect(new Date(made.due).getTime() - NOW.getTime()).toBeGreaterThanOrEqual(spec.earliest.minutes * 60_000);
    }
    // Saved after every answer, the last save being the accepted draft.
    expect(saved.length).toBeGreaterThan(pb.checklist.length + 3);
    expect(saved.at(-1)!.acceptedAt).toBeDefined();
    // Prompts follow the playbook's locale.
    const review = prompter.transcript.find((t) => t.key === "review")!;
    expect(review.message).toBe({ it: "E ora?", el: "Και τώρα;" }[pb.locale] ?? "What now?");
    if (pb.templates.followUp.length) expect(outcome.followUp).toBeTruthy();
  });

  it("asks each step with its type, offers only the playbook's time frames and only allowed remedies", async () => {
    const prompter = new ScriptedPrompter({ complaint: "", platform: "x", posted: "", playbook: `${pb.locale}/${pb.id}`, customer: "Laura", agent: "Dario", ...exampleAnswers(pb), review: "accept" });
    await runInteractiveDraft(newDraftState({ locale: pb.locale, now: NOW }), await deps(prompter));
    const kinds = new Map(prompter.transcript.map((t) => [t.key, t.kind]));
    const asked = new Set(prompter.asked);
    for (const step of pb.steps) {
      if (!asked.has(`step:${step.id}`)) {
        expect(step.when, `${step.id} was not asked, so it must have a when condition`).toBeDefined();
        continue;
      }
      const expected = { text: "input", date: "input", choice: "select", "yes-no": "confirm", number: "number" }[step.type];
      expect(kinds.get(`step:${step.id}`)).toBe(expected);
    }
    for (const c of pb.commitments) {
      const q = prompter.transcript.find((t) => t.key === `commitment:${c.id}`);
      expect(q, c.id).toBeDefined();
    }
    const remedies = prompter.transcript.find((t) => t.key === "remedies");
    if (pb.remedies.every((r) => r.requiresApproval)) expect(remedies).toBeUndefined();
  });
});

describe("the interactive flow", () => {
  const damaged = playbooks.find((p) => p.id === "parcel-damaged" && p.locale === "en")!;

  it("routes the complaint, shows the matched words and defaults the name from the signature", async () => {
    const prompter = new ScriptedPrompter({
      complaint: "My parcel arrived completely smashed and nobody answers.\n— Laura",
      platform: "facebook",
      posted: "9h ago",
      "playbook-confirm": true,
      agent: "Dario",
      review: "accept",
    });
    const { outcome } = await runInteractiveDraft(newDraftState({ locale: "en", now: NOW }), await deps(prompter));
    expect(outcome.playbook).toBe("parcel-damaged");
    const confirm = prompter.transcript.find((t) => t.key === "playbook-confirm")!;
    expect(confirm.message).toMatch(/Parcel arrived damaged.*matched: .*smashed/);
    expect(prompter.transcript.find((t) => t.key === "customer")!.answer).toBe("Laura");
    expect(outcome.customer.name).toBe("Laura");
    expect(outcome.postedAt).toBe(new Date(NOW.getTime() - 9 * 3600_000).toISOString());
    expect(prompter.notes).toMatch(/LATE: the customer has waited 9 hours; this playbook asks for a reply within 6\s+hours \(P1\)/);
  });

  it("lets the person pick another playbook from the searchable list", async () => {
    const prompter = new ScriptedPrompter({
      complaint: "My parcel arrived completely smashed.",
      platform: "x",
      posted: "",
      "playbook-confirm": false,
      playbook: "en/parcel-lost",
      customer: "Laura",
      agent: "Dario",
      review: "accept",
    });
    const { outcome } = await runInteractiveDraft(newDraftState({ locale: "en", now: NOW }), await deps(prompter));
    expect(outcome.playbook).toBe("parcel-lost");
    expect(prompter.transcript.find((t) => t.key === "playbook")!.kind).toBe("search");
  });

  it("offers only time frames from the playbook's offer list, earliest first, and 'no promise'", async () => {
    let choices: Array<{ value: string; name: string }> = [];
    const prompter = new ScriptedPrompter({
      complaint: "",
      platform: "x",
      posted: "",
      playbook: "en/parcel-damaged",
      customer: "Laura",
      agent: "Dario",
      "commitment:callback": (q: AnyQuestion) => {
        choices = (q as unknown as { choices: typeof choices }).choices;
        return "48h";
      },
      "commitment:courier-collection": "none",
      review: "accept",
    });
    const { outcome } = await runInteractiveDraft(newDraftState({ locale: "en", now: NOW }), await deps(prompter));
    expect(choices.map((c) => c.value)).toEqual(damaged.commitments[0]!.offer.map((o) => o.text).concat("none"));
    expect(choices[0]!.name).toBe("Yes, within 24 hours (the earliest allowed)");
    expect(outcome.commitments).toEqual([{ id: "callback", within: "2d", due: new Date(NOW.getTime() + 48 * 3600_000).toISOString() }]);
  });

  it("re-lints after an inline edit, and accepting with errors needs a recorded override", async () => {
    const prompter = new ScriptedPrompter({
      complaint: "",
      platform: "facebook",
      posted: "",
      playbook: "en/parcel-damaged",
      customer: "Laura",
      agent: "Dario",
      review: ["replace", "accept", "accept"],
      "replace-what": "within 24 hours",
      "replace-with": "within 2 hours",
      override: [false, true],
      "override-reason": "the customer asked not to be named",
    });
    const { outcome } = await runInteractiveDraft(newDraftState({ locale: "en", now: NOW }), await deps(prompter));
    expect(outcome.reply).toContain("within 2 hours");
    expect(prompter.notes).toMatch(/Checked again: [1-9]\d* errors?/);
    expect(outcome.override?.reason).toBe("the customer asked not to be named");
    expect(outcome.override?.findings.length).toBeGreaterThan(0);
    const reviews = prompter.transcript.filter((t) => t.key === "review");
    expect(reviews).toHaveLength(3);
  });

  it("edits in the editor, switches template variant (dropping edits) and regenerates with new answers", async () => {
    const prompter = new ScriptedPrompter({
      complaint: "",
      platform: "facebook",
      posted: "",
      playbook: "en/parcel-damaged",
      customer: "Laura",
      agent: "Dario",
      "step:damage": ["box", "contents"],
      review: ["editor", "variant", "regenerate", "accept"],
      "edit-editor": (q: AnyQuestion) => `${(q as unknown as { default: string }).default}\nP.S. Thank you for your patience, Laura.`,
    });
    const saved: DraftState[] = [];
    const { outcome, state } = await runInteractiveDraft(newDraftState({ locale: "en", now: NOW }), await deps(prompter, saved));
    expect(saved.some((s) => s.review?.text?.includes("P.S."))).toBe(true);
    expect(outcome.reply).not.toContain("P.S.");
    expect(state.review?.variant).toBe(1);
    expect(outcome.answers.damage).toBe("contents");
    // Regenerating asks the steps again, with the earlier answers as defaults.
    expect(prompter.asked.filter((k) => k === "step:damage")).toHaveLength(2);
    expect(prompter.asked.filter((k) => k.startsWith("checklist:"))).toHaveLength(damaged.checklist.length);
  });

  it("stops on Ctrl-C with everything so far saved, and resumes where it stopped", async () => {
    const saved: DraftState[] = [];
    const first = new ScriptedPrompter({ complaint: "My parcel arrived smashed", platform: "facebook", posted: "", "playbook-confirm": true, customer: "Laura", agent: "Dario", "step:order-number": "A-1", "step:photo-received": INTERRUPT });
    const error = await runInteractiveDraft(newDraftState({ locale: "en", now: NOW }), await deps(first, saved)).catch((e: unknown) => e);
    expect(isPromptInterrupted(error)).toBe(true);
    const last = saved.at(-1)!;
    expect(last.answers["order-number"]).toBe("A-1");
    expect(chosenPlaybook(last, playbooks)?.id).toBe("parcel-damaged");

    const second = new ScriptedPrompter({ "step:photo-received": true, review: "accept" }, { strict: false });
    const { outcome } = await runInteractiveDraft(last, await deps(second));
    expect(second.asked[0]).toBe("step:photo-received");
    expect(second.asked).not.toContain("complaint");
    expect(outcome.answers).toMatchObject({ "order-number": "A-1", "photo-received": true });
  });

  it("asks for a step whose `when` holds and skips it otherwise", async () => {
    const lost = playbooks.find((p) => p.id === "parcel-lost" && p.locale === "en")!;
    const conditional = lost.steps.find((s) => s.when)!;
    const [ref, values] = Object.entries(conditional.when!)[0]!;
    const base = { complaint: "", platform: "x", posted: "", playbook: "en/parcel-lost", customer: "Laura", agent: "Dario", review: "accept" };
    const other = lost.steps.find((s) => s.id === ref)!.choices!.find((c) => !values.map(String).includes(c.value))!.value;
    const no = new ScriptedPrompter({ ...base, [`step:${ref}`]: other });
    await runInteractiveDraft(newDraftState({ locale: "en", now: NOW }), await deps(no));
    expect(no.asked).not.toContain(`step:${conditional.id}`);
    const yes = new ScriptedPrompter({ ...base, [`step:${ref}`]: String(values[0]) });
    await runInteractiveDraft(newDraftState({ locale: "en", now: NOW }), await deps(yes));
    expect(yes.asked).toContain(`step:${conditional.id}`);
  });
});

describe("the prompts' language", () => {
  const answers = (complaint: string) => ({
    complaint,
    platform: "facebook",
    posted: "",
    "playbook-confirm": true,
    customer: "Laura Bianchi",
    agent: "Dario",
    review: "accept",
  });
  it("follows an Italian complaint from the next question when no --locale was given", async () => {
    const prompter = new ScriptedPrompter(answers("il mio pacco è arrivato distrutto, vergogna!"));
    await runInteractiveDraft(newDraftState({ locale: "en", now: NOW }), await deps(prompter, [], { followComplaintLanguage: true }));
    const platform = prompter.transcript.find((t) => t.key === "platform");
    expect(platform?.message).toBe("Dove è stato pubblicato?");
  });
  it("keeps the language given with --locale", async () => {
    const prompter = new ScriptedPrompter(answers("il mio pacco è arrivato distrutto, vergogna!"));
    await runInteractiveDraft(newDraftState({ locale: "en", now: NOW }), await deps(prompter, [], { followComplaintLanguage: false }));
    expect(prompter.transcript.find((t) => t.key === "platform")?.message).toBe("Where was it posted?");
  });
});
