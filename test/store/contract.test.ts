// The CaseStore contract: every method, run against both stores with the same expectations.
// Unicode and time zones included; concurrency through several open stores on one log.
import { afterEach, expect, it } from "vitest";
import { caseFromOutcome } from "../../src/draft/record.js";
import { buildReport } from "../../src/report/build.js";
import type { CaseRecord, CaseStore } from "../../src/store/types.js";
import { describeEachStore } from "../helpers/pg.js";
import { freshStoreOf, reopen, outcomeEn, outcomeIt, PACCO_DANNEGGIATO_IT, PARCEL_DAMAGED_EN } from "./helpers.js";
import { recordRows, type ReportCaseRow } from "./report-rows.js";

const open: CaseStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

describeEachStore("CaseStore contract", (kind) => {
  const fresh = async () => {
    const store = await freshStoreOf(kind);
    open.push(store);
    return store;
  };
  const en = (at?: string, over = {}) => caseFromOutcome(outcomeEn(at, over), { playbook: PARCEL_DAMAGED_EN });
  const it_ = (at?: string, over = {}) => caseFromOutcome(outcomeIt(at, over), { playbook: PACCO_DANNEGGIATO_IT });

  it("says what it is and where, and that its schema is current", async () => {
    const store = await fresh();
    expect(store.kind).toBe(kind);
    expect(store.location).not.toMatch(/password|:[^/@]*@/);
    const status = await store.schemaStatus();
    expect(status.current).toBe(status.latest);
    expect(status.pending).toEqual([]);
    expect(await store.migrate()).toEqual(status);
  });

  it("records a case and reads back everything it carries; numbers start at 1", async () => {
    const store = await fresh();
    const outcome = outcomeEn("2025-03-01T09:30:00.000Z", {
      followUp: "Hi Laura, the courier will collect the parcel on Thursday.",
      remedies: ["replacement"],
      override: { reason: "the customer asked for it", findings: ["no-over-promise"] },
      findings: [{ ruleId: "no-over-promise", messageId: "promise", severity: "error", message: "over-promise", start: 1, end: 5 }],
    });
    const id = await store.recordCase(caseFromOutcome(outcome, { playbook: PARCEL_DAMAGED_EN, evidence: "/shots/laurab.png" }));
    expect(id).toBe(1);
    const c = await store.getCase(id);
    expect(c).toMatchObject({
      id,
      customer: { name: "Laura Bianchi", handle: "@laurab" },
      platform: "x",
      complaint: "My parcel arrived smashed!!",
      followUp: outcome.followUp,
      agent: "Dario",
      postedAt: "2025-03-01T08:00:00.000Z",
      answeredAt: "2025-03-01T09:30:00.000Z",
      respondWithinMinutes: 360,
      answers: { "photo-received": false, damage: "contents" },
      remedies: ["replacement"],
      checklist: { done: ["read-all", "screenshot"], skipped: ["check-order"] },
      override: { reason: "the customer asked for it", findings: ["no-over-promise"] },
      evidence: "/shots/laurab.png",
      status: "open",
      history: [],
    });
    expect(c!.reply).toBe(outcome.reply);
    expect(c!.findings[0]!.ruleId).toBe("no-over-promise");
    expect(c!.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(c!.commitments).toEqual([
      { id: "callback", label: "Call the customer back with the outcome", within: "24h", due: "2025-03-02T09:30:00.000Z" },
      { id: "courier-collection", label: "Send the courier to collect the parcel", within: "48h", due: "2025-03-03T09:30:00.000Z" },
    ]);
    expect(await store.getCase(id + 1)).toBeUndefined();
    expect(await store.recordCase(it_())).toBe(2);
  });

  it("refuses a commitment listed twice, writing nothing", async () => {
    const store = await fresh();
    const input = en();
    input.commitments.push({ ...input.commitments[0]! });
    await expect(store.recordCase(input)).rejects.toThrow(/commitment "callback" is listed twice/);
    expect(await store.counts()).toEqual({ cases: 0, commitments: 0, events: 0 });
  });

  it("keeps any text exactly and matches customers by folded name or handle, in any script", async () => {
    const store = await fresh();
    const names = ["Zoë Ñúñez", "Lau\u0301ra Bianchi", "Σοφία Παπαδοπούλου", "محمد الأحمد", "山田 太郎", "Dario 😀 Rossi"];
    const reply = "Ciao! 😀 Ça va?\r\nΕυχαριστούμε — 谢谢 — شكراً\t\u200d🏳️‍🌈";
    for (const [i, name] of names.entries()) await store.recordCase(en(`2025-03-0${i + 1}T09:00:00Z`, { customer: { name, handle: `@h${i}` }, reply, agent: "Ånna" }));
    const c = await store.getCase(6);
    expect(c!.reply).toBe(reply);
    expect(c!.customer.name).toBe("Dario 😀 Rossi");
    const ids = async (filter: Parameters<CaseStore["listCases"]>[0]) => (await store.listCases(filter)).map((x) => x.id);
    expect(await ids({ customer: "ZOE NUNEZ" })).toEqual([1]);
    expect(await ids({ customer: "laura" })).toEqual([2]);
    expect(await ids({ customer: "ΣΟΦΙΑ" })).toEqual([3]);
    expect(await ids({ customer: "الأحمد" })).toEqual([4]);
    expect(await ids({ customer: "太郎" })).toEqual([5]);
    expect(await ids({ customer: "😀" })).toEqual([6]);
    expect(await ids({ sameCustomer: { name: "sofia papadopoulou" } })).toEqual([]);
    expect(await ids({ sameCustomer: { name: "σοφια παπαδοπουλου" } })).toEqual([3]);
    expect(await ids({ agent: "anna" })).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it("lists newest first and filters by customer, playbook, agent, status, time and limit; counts the same", async () => {
    const store = await fresh();
    await store.recordCase(en("2025-03-01T09:00:00Z"));
    await store.recordCase(it_("2025-03-02T09:00:00Z", { customer: { name: "Zoë Ñúñez", handle: "@ZoeN" } }));
    await store.recordCase(en("2025-03-03T09:00:00Z", { agent: "Anna" }));
    const ids = async (filter: Parameters<CaseStore["listCases"]>[0]) => (await store.listCases(filter)).map((c) => c.id);
    expect(await ids({})).toEqual([3, 2, 1]);
    expect(await ids({ customer: "LAURA" })).toEqual([3, 1]);
    expect(await ids({ customer: "@zoen" })).toEqual([2]);
    expect(await ids({ customer: "%" })).toEqual([]);
    expect(await ids({ customer: "_" })).toEqual([]);
    expect(await ids({ playbook: "pacco-danneggiato" })).toEqual([2]);
    expect(await ids({ agent: "anna" })).toEqual([3]);
    expect(await ids({ since: "2025-03-02T00:00:00Z" })).toEqual([3, 2]);
    expect(await ids({ until: "2025-03-02T00:00:00Z" })).toEqual([1]);
    expect(await ids({ limit: 1 })).toEqual([3]);
    expect(await ids({ sameCustomer: { handle: "LAURAB" } })).toEqual([3, 1]);
    expect(await ids({ sameCustomer: { name: "laura  bianchi" } })).toEqual([3, 1]);
    expect(await ids({ sameCustomer: {} })).toEqual([]);
    expect(await store.countCases({})).toBe(3);
    expect(await store.countCases({ customer: "laura", since: "2025-03-02T00:00:00Z" })).toBe(1);
    const [latest] = await store.listCases({ limit: 1 });
    expect(latest).toMatchObject({ openCommitments: 2, nextDue: "2025-03-04T09:00:00.000Z", status: "open", platform: "x", postedAt: "2025-03-03T07:30:00.000Z" });
  });

  it("takes times in any offset and gives them back in UTC, whatever the server's or session's zone", async () => {
    const store = await fresh();
    const input = en("2025-03-01T10:30:00+01:00");
    input.postedAt = "2025-03-01T03:00:00-05:00";
    input.commitments[0]!.due = "2025-03-02T23:30:00+14:00";
    const id = await store.recordCase(input);
    const c = (await store.getCase(id))!;
    expect([c.answeredAt, c.postedAt, c.commitments[0]!.due]).toEqual(["2025-03-01T09:30:00.000Z", "2025-03-01T08:00:00.000Z", "2025-03-02T09:30:00.000Z"]);
    const done = await store.updateCase(id, { done: ["callback"], at: "2025-03-02T10:00:00+05:30" });
    expect(done.ok && done.value.commitments[0]!.doneAt).toBe("2025-03-02T04:30:00.000Z");
    expect((await store.listCases({ since: "2025-03-01T10:29:00+01:00" })).map((x) => x.id)).toEqual([id]);
    expect(await store.listCases({ since: "2025-03-01T10:31:00+01:00" })).toEqual([]);
  });

  it("counts cases per local day in the process's time zone, including zones half an hour off", async () => {
    const store = await fresh();
    await store.recordCase(en("2025-03-01T18:20:00Z"));
    await store.recordCase(en("2025-03-01T18:40:00Z"));
    const tz = process.env.TZ;
    try {
      process.env.TZ = "Asia/Kolkata";
      expect((await buildReport(store, { now: "2025-03-05T00:00:00Z" })).daily).toEqual([
        { date: "2025-03-01", cases: 1 },
        { date: "2025-03-02", cases: 1 },
      ]);
      process.env.TZ = "America/New_York";
      expect((await buildReport(store, { now: "2025-03-05T00:00:00Z" })).daily).toEqual([{ date: "2025-03-01", cases: 2 }]);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it("records progress: notes, commitments kept, closing and reopening, in the history", async () => {
    const store = await fresh();
    const id = await store.recordCase(en());
    expect((await store.updateCase(id, { note: "Photo received ✔", at: "2025-03-01T12:00:00.000Z", author: "Dário" })).ok).toBe(true);
    const done = await store.updateCase(id, { done: ["callback"], at: "2025-03-02T08:00:00.000Z", author: "Dario" });
    if (!done.ok) throw done.errors[0];
    expect(done.value.commitments[0]).toMatchObject({ id: "callback", doneAt: "2025-03-02T08:00:00.000Z", doneBy: "Dario" });
    const again = await store.updateCase(id, { done: ["callback"] });
    expect(again.ok && again.warnings?.[0]?.message).toMatch(/already marked done at 2025-03-02T08:00:00.000Z/);
    const closed = await store.updateCase(id, { close: true, at: "2025-03-02T09:00:00.000Z" });
    if (!closed.ok) throw closed.errors[0];
    expect(closed.value).toMatchObject({ status: "closed", closedAt: "2025-03-02T09:00:00.000Z" });
    expect(closed.value.history.map((e) => [e.kind, e.text, e.author])).toEqual([
      ["note", "Photo received ✔", "Dário"],
      ["done", "Call the customer back with the outcome (callback)", "Dario"],
      ["close", "closed with commitments not marked done: courier-collection", undefined],
    ]);
    const twice = await store.updateCase(id, { close: true });
    expect(twice.ok && twice.warnings?.[0]?.message).toMatch(/already closed/);
    const reopened = await store.updateCase(id, { reopen: true });
    expect(reopened.ok && reopened.value).toMatchObject({ status: "open" });
    expect(reopened.ok && reopened.value.closedAt).toBeUndefined();
  });

  it("changes nothing when part of an update is wrong", async () => {
    const store = await fresh();
    const id = await store.recordCase(en());
    const bad = await store.updateCase(id, { note: "called", done: ["callback", "calback"] });
    expect(!bad.ok && bad.errors[0]!.message).toBe(`case ${id} has no commitment "calback" (it has: callback, courier-collection)`);
    expect((await store.getCase(id))!.history).toEqual([]);
    const missing = await store.updateCase(999, { note: "x" });
    expect(!missing.ok && missing.errors[0]!.message).toMatch(/no case 999/);
    const empty = await store.updateCase(id, { note: "   " });
    expect(!empty.ok && empty.errors[0]!.message).toBe("the note is empty");
    const both = await store.updateCase(id, { close: true, reopen: true });
    expect(!both.ok && both.errors[0]!.message).toMatch(/cannot close and reopen/);
    expect(await store.counts()).toEqual({ cases: 1, commitments: 2, events: 0 });
  });

  it("lists open commitments of open cases, oldest due first, by window and agent", async () => {
    const store = await fresh();
    const a = await store.recordCase(en("2025-03-01T09:00:00Z"));
    const b = await store.recordCase(it_("2025-03-01T08:00:00Z", { agent: "Giulia" }));
    const c = await store.recordCase(en("2025-02-01T09:00:00Z", { agent: "Anna" }));
    await store.updateCase(c, { close: true });
    await store.updateCase(a, { done: ["courier-collection"] });
    const due = await store.dueCommitments();
    expect(due.map((d) => [d.caseId, d.commitment.id])).toEqual([
      [b, "richiamata"],
      [a, "callback"],
      [b, "ritiro-corriere"],
    ]);
    expect(due[0]).toMatchObject({ customer: { name: "Marco Rossi", handle: "@marcor" }, platform: "facebook", playbook: "pacco-danneggiato", locale: "it", agent: "Giulia" });
    expect((await store.dueCommitments({ before: "2025-03-02T09:00:00Z" })).map((d) => d.caseId)).toEqual([b]);
    expect((await store.dueCommitments({ agent: "GIULIA" })).map((d) => d.commitment.id)).toEqual(["richiamata", "ritiro-corriere"]);
  });

  it("gives the oldest due commitments up to a limit, and counts them all by where their due time falls", async () => {
    const store = await fresh();
    const a = await store.recordCase(en("2025-03-01T09:00:00Z"));
    const b = await store.recordCase(it_("2025-03-01T08:00:00Z", { agent: "Giulia" }));
    const c = await store.recordCase(en("2025-02-01T09:00:00Z", { agent: "Anna" }));
    await store.updateCase(c, { close: true });
    await store.updateCase(a, { done: ["courier-collection"] });
    expect((await store.dueCommitments({ limit: 2 })).map((d) => [d.caseId, d.commitment.id])).toEqual([
      [b, "richiamata"],
      [a, "callback"],
    ]);
    expect((await store.dueCommitments({ limit: 1, agent: "giulia" })).map((d) => d.commitment.id)).toEqual(["richiamata"]);
    const due = (await store.dueCommitments()).map((d) => d.commitment.due).sort();
    // Marks between the three due times: one overdue, one due today, one later.
    const between = (x: string, y: string) => new Date((Date.parse(x) + Date.parse(y)) / 2).toISOString();
    const marks = { now: between(due[0]!, due[1]!), endOfToday: between(due[1]!, due[2]!) };
    expect(await store.dueCounts({ limit: 1 }, marks)).toEqual({ overdue: 1, today: 1, later: 1 });
    expect(await store.dueCounts({ agent: "GIULIA" }, marks)).toEqual({ overdue: 1, today: 0, later: 1 });
    expect(await store.dueCounts({ before: marks.now }, marks)).toEqual({ overdue: 1, today: 0, later: 0 });
    expect(await store.dueCounts({ agent: "nobody" }, marks)).toEqual({ overdue: 0, today: 0, later: 0 });
  });

  it("keeps the report's commitment figures right through updates, reopening, purges and imports", async () => {
    const store = await fresh();
    const a = await store.recordCase(en("2025-03-01T09:00:00Z"));
    const b = await store.recordCase(it_("2025-03-01T08:00:00Z", { agent: "Giulia" }));
    const c = await store.recordCase(en("2024-02-01T09:00:00Z", { agent: "Anna" }));
    const d = await store.recordCase(en("2025-03-03T09:00:00Z", { agent: "Anna" }));
    await store.updateCase(a, { done: ["callback"], at: "2025-03-01T12:00:00Z" });
    await store.updateCase(a, { done: ["courier-collection"], at: "2025-03-09T12:00:00Z" });
    await store.updateCase(b, { close: true, at: "2025-03-05T12:00:00Z" });
    await store.updateCase(b, { reopen: true, at: "2025-03-06T12:00:00Z" });
    await store.updateCase(d, { close: true, at: "2025-03-05T12:00:00Z" });
    await store.purgeOlderThan("2025-01-01T00:00:00Z");
    const now = "2025-03-02T20:00:00.000Z";
    // The same figures counted by hand from the whole cases.
    const expected = (records: CaseRecord[]) => {
      const all = records.flatMap((r) => r.commitments.map((m) => ({ m, open: r.status === "open" })));
      const undone = all.filter((x) => !x.m.doneAt);
      return {
        total: all.length,
        keptOnTime: all.filter((x) => x.m.doneAt && x.m.doneAt <= x.m.due).length,
        keptLate: all.filter((x) => x.m.doneAt && x.m.doneAt > x.m.due).length,
        overdue: undone.filter((x) => x.open && x.m.due < now).length,
        pending: undone.filter((x) => x.open && x.m.due >= now).length,
        dropped: undone.filter((x) => !x.open).length,
      };
    };
    const records = await store.exportCases();
    expect(records.map((r) => r.id)).toEqual([b, a, d]);
    const want = expected(records);
    expect(want).toEqual({ total: 6, keptOnTime: 1, keptLate: 1, overdue: 1, pending: 1, dropped: 2 });
    expect((await store.reportFigures({ now })).all.commitments).toEqual(want);
    const copy = await fresh();
    await copy.importCases(records);
    expect((await copy.reportFigures({ now })).all.commitments).toEqual(want);
    const byAgent = (await copy.reportFigures({ now })).agents.find((g) => g.agent === "Anna")!;
    expect(byAgent.commitments).toEqual({ total: 2, keptOnTime: 0, keptLate: 0, overdue: 0, pending: 0, dropped: 2 });
  });

  it("reads the inbox in pages and imports it into another store, claims, leases and answers kept", async () => {
    const store = await fresh();
    await store.recordCase(en("2025-03-01T09:00:00Z"));
    const complaint = (n: number) => ({
      sourceKey: `export.csv:${n}`,
      externalId: `x${n}`,
      text: `Parcel ${n} arrived broken — è rotto`,
      customer: { name: `Zoë ${n}`, handle: `@zoe${n}` },
      platform: "x",
      postedAt: "2025-03-02T08:00:00.000Z",
      playbook: "parcel-damaged",
      locale: "en",
      routeWords: ["broken"],
      respondWithinMinutes: 60,
      dueMs: Date.parse("2025-03-02T09:00:00.000Z") + n,
      rankMs: Date.parse("2025-03-02T09:00:00.000Z") + n,
      vip: n === 2,
      ...(n === 2 && { vipReason: "many orders", orders: 12 }),
    });
    await store.importComplaints([1, 2, 3, 4].map(complaint));
    const claimed = await store.claimNext({ agent: "Dario", now: "2025-03-02T08:30:00.000Z", leaseMs: 15 * 60_000 });
    const answered = (await store.claimNext({ agent: "Giulia", now: "2025-03-02T08:31:00.000Z", leaseMs: 15 * 60_000 }))!;
    expect((await store.answerComplaint(answered.id, en("2025-03-02T08:40:00Z", { agent: "Giulia" }))).ok).toBe(true);
    expect(await store.inboxCounts()).toEqual({ complaints: 4, claimed: 2, answered: 1 });

    const copy = await fresh();
    await copy.importCases(await store.casesAfter(0, 100));
    const first = await store.inboxAfter(0, 3);
    expect(first).toHaveLength(3);
    await copy.importInbox(first);
    await copy.importInbox(await store.inboxAfter(Number(first[2]!.id), 3));
    expect(await copy.inboxCounts()).toEqual(await store.inboxCounts());
    expect(await copy.listInbox({ status: "all" })).toEqual(await store.listInbox({ status: "all" }));
    expect(await copy.getComplaint(claimed!.id)).toEqual(await store.getComplaint(claimed!.id));
    // A new case takes a number after every copied complaint, never one of theirs.
    const highest = Math.max(...(await store.inboxAfter(0, 10)).map((r) => Number(r.id)));
    expect(await copy.recordCase(en("2025-03-03T09:00:00Z"))).toBe(highest + 1);
  });

  it("computes the report's figures in the database", async () => {
    const store = await fresh();
    const row = (over: Partial<ReportCaseRow>): ReportCaseRow => ({ id: 1, playbook: "parcel-damaged", locale: "en", agent: "Dario", customerKey: "@laurab", answeredAt: "2025-03-01T10:00:00.000Z", status: "open", commitments: [], ...over });
    await recordRows(
      [
        row({ id: 1, postedAt: "2025-03-01T08:00:00.000Z", respondWithinMinutes: 360, commitments: [{ id: "callback", due: "2025-03-02T10:00:00.000Z", doneAt: "2025-03-02T09:00:00.000Z" }] }),
        row({ id: 2, postedAt: "2025-03-01T00:00:00.000Z", respondWithinMinutes: 360, commitments: [{ id: "callback", due: "2025-03-02T10:00:00.000Z", doneAt: "2025-03-03T09:00:00.000Z" }] }),
        row({ id: 3, agent: "Anna", customerKey: "@marcor", commitments: [{ id: "callback", due: "2025-03-05T10:00:00.000Z" }, { id: "courier", due: "2025-03-20T10:00:00.000Z" }] }),
        row({ id: 4, playbook: "pacco-danneggiato", locale: "it", agent: "Giulia", customerKey: "marco rossi", status: "closed", postedAt: "2025-03-03T09:00:00.000Z", answeredAt: "2025-03-03T09:30:00.000Z", commitments: [{ id: "richiamata", due: "2025-03-04T10:00:00.000Z" }] }),
        row({ id: 5, answeredAt: "2025-02-01T10:00:00.000Z", agent: "Old" }),
      ],
      store,
    );
    const f = await store.reportFigures({ since: "2025-03-01T00:00:00.000Z", now: "2025-03-10T00:00:00.000Z" });
    expect(f.now).toBe("2025-03-10T00:00:00.000Z");
    expect(f.all).toMatchObject({ cases: 4, open: 3, closed: 1, customers: 3, returningCustomers: 1 });
    expect(f.all.commitments).toEqual({ total: 5, keptOnTime: 1, keptLate: 1, overdue: 1, pending: 1, dropped: 1 });
    expect(f.all.responses).toEqual({ measured: 3, onTime: 1, late: 1, noTarget: 1, medianMs: 120 * 60_000, p90Ms: 504 * 60_000 });
    const pd = f.playbooks.find((p) => p.playbook === "parcel-damaged")!;
    expect(pd).toMatchObject({ cases: 3, open: 3, locales: ["en"], latestTargetMinutes: 360, responses: { measured: 2, onTime: 1, late: 1, noTarget: 0, medianMs: 360 * 60_000, p90Ms: 552 * 60_000 } });
    expect(f.agents.map((a) => [a.agent, a.cases, a.open]).sort()).toEqual([
      ["Anna", 1, 1],
      ["Dario", 2, 2],
      ["Giulia", 1, 0],
    ]);
    expect(f.quarters).toEqual([
      { start: "2025-03-01T10:00:00.000Z", cases: 3 },
      { start: "2025-03-03T09:30:00.000Z", cases: 1 },
    ]);
    const empty = await store.reportFigures({ since: "2030-01-01T00:00:00.000Z", now: "2030-02-01T00:00:00.000Z" });
    expect(empty.all).toMatchObject({ cases: 0, open: 0, closed: 0, customers: 0, returningCustomers: 0, responses: { measured: 0, onTime: 0, late: 0, noTarget: 0 } });
    expect([empty.playbooks, empty.agents, empty.quarters]).toEqual([[], [], []]);
  });

  it("exports whole cases oldest first, and purges by age or by customer, with counts", async () => {
    const store = await fresh();
    const old = await store.recordCase(en("2024-01-10T09:00:00Z"));
    await store.updateCase(old, { note: "Called back" });
    await store.recordCase(it_("2025-03-01T09:00:00Z"));
    await store.recordCase(en("2025-03-02T09:00:00Z"));
    const all = await store.exportCases();
    expect(all.map((c) => c.id)).toEqual([1, 2, 3]);
    expect(all[0]!.history[0]!.text).toBe("Called back");
    expect((await store.exportCases({ customer: "marco" })).map((c) => c.id)).toEqual([2]);
    expect(await store.purgeOlderThan("2025-01-01T00:00:00Z", { dryRun: true })).toEqual({ cases: 1, commitments: 2, events: 1 });
    expect(await store.counts()).toEqual({ cases: 3, commitments: 6, events: 1 });
    expect(await store.purgeOlderThan("2025-01-01T00:00:00Z")).toEqual({ cases: 1, commitments: 2, events: 1 });
    expect(await store.counts()).toEqual({ cases: 2, commitments: 4, events: 0 });
    expect(await store.purgeCustomer({ handle: "MarcoR" })).toEqual({ cases: 1, commitments: 2, events: 0 });
    expect(await store.purgeCustomer({ name: "laura" })).toEqual({ cases: 0, commitments: 0, events: 0 });
    expect(await store.purgeCustomer({})).toEqual({ cases: 0, commitments: 0, events: 0 });
    expect((await store.listCases()).map((c) => c.id)).toEqual([3]);
  });

  it("reads a log in pages and imports whole cases into another, numbers and history kept", async () => {
    const source = await fresh();
    for (let i = 0; i < 5; i++) await source.recordCase(en(`2025-03-0${i + 1}T09:00:00Z`, { customer: { name: `Cliente ${i} ✨` } }));
    await source.purgeCustomer({ name: "Cliente 1 ✨" });
    await source.updateCase(3, { note: "called", done: ["callback"], close: true, at: "2025-03-04T10:00:00Z", author: "Dario" });
    const pages: CaseRecord[][] = [];
    for (let after = 0; ; ) {
      const page = await source.casesAfter(after, 2);
      if (!page.length) break;
      pages.push(page);
      after = page[page.length - 1]!.id;
    }
    expect(pages.map((p) => p.map((c) => c.id))).toEqual([[1, 3], [4, 5]]);
    const target = await fresh();
    for (const page of pages) await target.importCases(page);
    expect(await target.counts()).toEqual(await source.counts());
    expect(await target.exportCases()).toEqual(await source.exportCases());
    expect(await target.recordCase(en())).toBe(6);
    await expect(target.importCases([pages[0]![0]!])).rejects.toThrow();
    expect(await target.countCases()).toBe(5);
  });

  it("loses no case when several stores record into one log at once", async () => {
    const first = await fresh();
    const stores = [first];
    // Four more handles on the same log: their own connections to the same file or database.
    for (let i = 0; i < 4; i++) {
      const other = await reopen(first);
      open.push(other);
      stores.push(other);
    }
    const ids = await Promise.all(stores.flatMap((s, n) => Array.from({ length: 10 }, (_, i) => s.recordCase(en(`2025-03-01T09:${String(i).padStart(2, "0")}:00Z`, { agent: `agent-${n}` })))));
    expect(new Set(ids).size).toBe(50);
    expect(await first.counts()).toEqual({ cases: 50, commitments: 100, events: 0 });
    // Two people marking different commitments of one case done at the same moment: both kept.
    const [x, y] = await Promise.all([stores[1]!.updateCase(1, { done: ["callback"] }), stores[2]!.updateCase(1, { done: ["courier-collection"] })]);
    expect(x.ok && y.ok).toBe(true);
    const c = (await first.getCase(1))!;
    expect(c.commitments.every((m) => m.doneAt)).toBe(true);
    expect(c.history.map((e) => e.kind)).toEqual(["done", "done"]);
  });
});
