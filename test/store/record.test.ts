import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatEarlierCases } from "../../src/report/cases.js";
import { caseFromOutcome, earlierCasesFor, outcomeFromReply, recordDraftOutcome, shouldRecord } from "../../src/draft/record.js";
import { openSqliteCaseStore } from "../../src/store/sqlite.js";
import { InputError } from "../../src/core/errors.js";
import { outcomeEn, outcomeIt, PARCEL_DAMAGED_EN, tempDir, testConfig } from "./helpers.js";

/** The one line the shell would print for what `fn` throws. */
function printed(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.format();
    throw error;
  }
  throw new Error("did not throw");
}

describe("caseFromOutcome", () => {
  it("normalises times to UTC and keeps the playbook's target and labels", () => {
    const c = caseFromOutcome(outcomeEn("2025-03-01T10:30:00+01:00", { postedAt: "2025-03-01T09:00:00+01:00" }), { playbook: PARCEL_DAMAGED_EN });
    expect(c.answeredAt).toBe("2025-03-01T09:30:00.000Z");
    expect(c.postedAt).toBe("2025-03-01T08:00:00.000Z");
    expect(c.respondWithinMinutes).toBe(360);
    expect(c.commitments.map((m) => m.label)).toEqual(["Call the customer back with the outcome", "Send the courier to collect the parcel"]);
  });

  it("falls back to commitment ids without a playbook, and to `unknown` without an agent", () => {
    const c = caseFromOutcome(outcomeEn(undefined, { agent: "  " }));
    expect(c.commitments.map((m) => m.label)).toEqual(["callback", "courier-collection"]);
    expect(c.respondWithinMinutes).toBeUndefined();
    expect(c.agent).toBe("unknown");
  });

  it("names the bad field of an outcome", () => {
    expect(printed(() => caseFromOutcome(outcomeEn(undefined, { answeredAt: "yesterday" })))).toMatch(/^answeredAt: "yesterday" is not a time/);
    expect(printed(() => caseFromOutcome(outcomeIt(undefined, { commitments: [{ id: "x", within: "presto", due: "" }] })))).toBe(
      'commitments[0].within: commitment "x" has no due time and "presto" is not a time frame',
    );
  });

  it("takes the evidence option over the outcome's", () => {
    expect(caseFromOutcome(outcomeEn(undefined, { evidence: "a.png" }), { evidence: "b.png" }).evidence).toBe("b.png");
    expect(caseFromOutcome(outcomeEn(undefined, { evidence: "a.png" })).evidence).toBe("a.png");
  });
});

describe("recordDraftOutcome", () => {
  it("looks the playbook up in the shipped catalog when none is passed", async () => {
    const dir = tempDir();
    const id = await recordDraftOutcome(outcomeEn(), { config: testConfig(dir), env: {} });
    const store = openSqliteCaseStore(join(dir, "cases.db"), { create: false });
    const c = await store.getCase(id);
    // parcel-damaged (en) ships with the catalog; a catalog that cannot load only costs the labels.
    expect(c!.commitments.map((m) => m.id)).toEqual(["callback", "courier-collection"]);
    expect(c!.commitments[0]!.label.length).toBeGreaterThan(0);
    await store.close();
  });

  it("writes to a store it is given and leaves it open", async () => {
    const store = openSqliteCaseStore(join(tempDir(), "cases.db"));
    const a = await recordDraftOutcome(outcomeEn(), { config: testConfig(), store, playbook: PARCEL_DAMAGED_EN, evidence: "https://example.com/s.png" });
    const b = await recordDraftOutcome(outcomeIt(), { config: testConfig(), store, playbook: PARCEL_DAMAGED_EN });
    expect([a, b]).toEqual([1, 2]);
    expect((await store.getCase(a))!.evidence).toBe("https://example.com/s.png");
    await store.close();
  });

  it("follows --record / --no-record, else the config", () => {
    expect(shouldRecord({ record: true })).toBe(true);
    expect(shouldRecord({ record: true }, false)).toBe(false);
    expect(shouldRecord({ record: false })).toBe(false);
    expect(shouldRecord({ record: false }, true)).toBe(true);
  });
});

describe("outcomeFromReply (lint --record)", () => {
  it("builds an outcome with due times counted from the answer", () => {
    const o = outcomeFromReply({
      reply: "Hi Laura ...",
      playbook: { id: "parcel-damaged", locale: "en" },
      customer: { name: "Laura Bianchi" },
      agent: "Dario",
      answeredAt: "2025-03-01T09:00:00.000Z",
      commitments: { callback: "24h", "courier-collection": "2 giorni" },
    });
    expect(o).toMatchObject({ playbook: "parcel-damaged", locale: "en", agent: "Dario" });
    expect(o.commitments).toEqual([
      { id: "callback", within: "24h", due: "2025-03-02T09:00:00.000Z" },
      { id: "courier-collection", within: "2 giorni", due: "2025-03-03T09:00:00.000Z" },
    ]);
    expect(printed(() => outcomeFromReply({ reply: "x", playbook: "p", agent: "a", commitments: { c: "soon" } }))).toBe('commitments.c: "soon" is not a time frame (24h, 2d)');
  });
});

describe("returning customers (P15)", () => {
  it("finds earlier cases by handle or name and suggests the agent of the latest", async () => {
    const dir = tempDir();
    const store = openSqliteCaseStore(join(dir, "cases.db"));
    const config = testConfig(dir);
    await recordDraftOutcome(outcomeEn("2025-01-10T09:00:00Z", { agent: "Anna" }), { config, store, playbook: PARCEL_DAMAGED_EN });
    await recordDraftOutcome(outcomeEn("2025-02-10T09:00:00Z", { agent: "Dario", customer: { name: "Laura Bianchi" } }), { config, store, playbook: PARCEL_DAMAGED_EN });
    await recordDraftOutcome(outcomeEn("2025-02-20T09:00:00Z", { agent: "Anna", customer: { handle: "@LauraB" } }), { config, store, playbook: PARCEL_DAMAGED_EN });
    await recordDraftOutcome(outcomeIt("2025-02-21T09:00:00Z"), { config, store, playbook: PARCEL_DAMAGED_EN });

    const byHandle = await earlierCasesFor({ handle: "laurab" }, { config, store });
    expect(byHandle.cases.map((c) => c.id)).toEqual([3, 1]);
    expect(byHandle.suggestedAgent).toBe("Anna");
    const both = await earlierCasesFor({ handle: "@laurab", name: "laura bianchi" }, { config, store });
    expect(both.total).toBe(3);
    expect(both.agents).toEqual([
      { agent: "Anna", cases: 2, lastAnsweredAt: "2025-02-20T09:00:00.000Z" },
      { agent: "Dario", cases: 1, lastAnsweredAt: "2025-02-10T09:00:00.000Z" },
    ]);
    expect(formatEarlierCases(both)).toBe(
      "Returning customer: 3 earlier cases (latest #3 parcel-damaged, 2025-02-20, open). Handled by Anna (2), Dario (1). Suggested agent: Anna (same person as last time, P15).",
    );
    expect((await earlierCasesFor({ handle: "@nobody" }, { config, store })).total).toBe(0);
    expect(await earlierCasesFor({}, { config, store })).toEqual({ cases: [], total: 0, agents: [] });
    expect(formatEarlierCases({ cases: [], total: 0, agents: [] })).toBe("");
    await store.close();

    // Without a store it opens the configured one.
    expect((await earlierCasesFor({ name: "Marco Rossi" }, { config, env: {} })).suggestedAgent).toBe("Giulia");
  });
});
