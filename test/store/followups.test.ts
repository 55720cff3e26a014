// Follow-ups come from the commitments recorded with each case, in every locale (P12).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { followupViews, formatFollowups } from "../../src/report/cases.js";
import { caseFromOutcome } from "../../src/draft/record.js";
import { openSqliteCaseStore } from "../../src/store/sqlite.js";
import { dueBefore, startOfLocalDay } from "../../src/store/time.js";
import { outcomeEn, outcomeIt, PACCO_DANNEGGIATO_IT, PARCEL_DAMAGED_EN, tempDir } from "./helpers.js";

async function seeded() {
  const store = openSqliteCaseStore(join(tempDir(), "cases.db"));
  // en: answered 1 March 09:30 -> callback due 2 March 09:30, courier 3 March 09:30
  const en = await store.recordCase(caseFromOutcome(outcomeEn("2025-03-01T09:30:00.000Z"), { playbook: PARCEL_DAMAGED_EN }));
  // it: answered 1 March 10:00 -> "24 ore" (no due given) 2 March 10:00, "2 giorni" 3 March 10:00
  const it = await store.recordCase(caseFromOutcome(outcomeIt("2025-03-01T10:00:00.000Z"), { playbook: PACCO_DANNEGGIATO_IT }));
  return { store, en, it };
}

function endOfDay(now: Date): Date {
  const d = startOfLocalDay(now);
  d.setDate(d.getDate() + 1);
  return d;
}

describe("follow-ups from commitments", () => {
  it("computes an Italian commitment's due time from its time frame when the outcome has none", async () => {
    const { store, it } = await seeded();
    const c = await store.getCase(it);
    expect(c!.commitments).toEqual([
      { id: "richiamata", label: "Richiamare il cliente con l'esito", within: "24 ore", due: "2025-03-02T10:00:00.000Z" },
      { id: "ritiro-corriere", label: "Mandare il corriere a ritirare il pacco", within: "2 giorni", due: "2025-03-03T10:00:00.000Z" },
    ]);
    await store.close();
  });

  it("lists open commitments of both locales, oldest due first, by window", async () => {
    const { store, en, it } = await seeded();
    const now = new Date("2025-03-02T12:00:00.000Z");
    const overdue = await store.dueCommitments({ before: dueBefore("overdue", now) });
    expect(overdue.map((d) => [d.caseId, d.commitment.id, d.commitment.label])).toEqual([
      [en, "callback", "Call the customer back with the outcome"],
      [it, "richiamata", "Richiamare il cliente con l'esito"],
    ]);
    const all = await store.dueCommitments({ before: dueBefore("all", now) });
    expect(all.map((d) => d.commitment.id)).toEqual(["callback", "richiamata", "courier-collection", "ritiro-corriere"]);
    expect(all[1]).toMatchObject({ customer: { name: "Marco Rossi", handle: "@marcor" }, platform: "facebook", locale: "it", agent: "Giulia" });
    expect((await store.dueCommitments({ agent: "GIULIA" })).map((d) => d.commitment.id)).toEqual(["richiamata", "ritiro-corriere"]);
    await store.close();
  });

  it("drops a commitment once it is done, and every commitment of a closed case", async () => {
    const { store, en, it } = await seeded();
    await store.updateCase(en, { done: ["callback"] });
    await store.updateCase(it, { close: true });
    expect((await store.dueCommitments()).map((d) => `${d.caseId}:${d.commitment.id}`)).toEqual([`${en}:courier-collection`]);
    await store.close();
  });

  it("marks each follow-up overdue, due today or upcoming, and prints what was promised to whom", async () => {
    const { store } = await seeded();
    const now = new Date(2025, 2, 2, 9, 45); // local time: today is 2 March
    const views = followupViews(await store.dueCommitments(), now, endOfDay(now));
    const states = views.map((v) => [v.commitment.id, v.state]);
    const callbackDue = new Date("2025-03-02T09:30:00.000Z");
    const richiamataDue = new Date("2025-03-02T10:00:00.000Z");
    const stateOf = (due: Date) => (due < now ? "overdue" : due < endOfDay(now) ? "due-today" : "upcoming");
    expect(states).toEqual([
      ["callback", stateOf(callbackDue)],
      ["richiamata", stateOf(richiamataDue)],
      ["courier-collection", stateOf(new Date("2025-03-03T09:30:00.000Z"))],
      ["ritiro-corriere", stateOf(new Date("2025-03-03T10:00:00.000Z"))],
    ]);
    const text = formatFollowups(views, { window: "all" });
    expect(text).toContain("Laura Bianchi (@laurab) on x");
    expect(text).toContain("Call the customer back with the outcome (24h)");
    expect(text).toContain("Marco Rossi (@marcor) on facebook");
    expect(text).toContain("Richiamare il cliente con l'esito (24 ore)");
    expect(formatFollowups([], { window: "overdue" })).toBe("No commitments overdue.");
    await store.close();
  });

  it("counts `today` up to local midnight", () => {
    const now = new Date(2025, 2, 2, 15, 0);
    expect(dueBefore("today", now)).toBe(new Date(2025, 2, 3).toISOString());
    expect(dueBefore("overdue", now)).toBe(now.toISOString());
    expect(dueBefore("all", now)).toBeUndefined();
  });
});
