// The report's summaries (src/store/report-schema.ts, src/store/report-query.ts) against the
// cases themselves, on both stores: for every kind of range, the figures added up from the
// summaries equal the figures read from every case (`source: "rows"`), and both equal the
// figures counted here by hand, through recording, updates, purges, imports and a migration
// that fills the summaries of a log that had none.
import { afterEach, expect, it } from "vitest";
import type { CaseRecord, CaseStore, NewCase, ReportFigures, ReportRange, TeamFigures } from "../../src/store/types.js";
import { openSqliteCaseStore } from "../../src/store/sqlite.js";
import { openPostgresCaseStore } from "../../src/store/postgres.js";
import { describeEachStore, withPg } from "../helpers/pg.js";
import { freshStoreOf, urlOf } from "./helpers.js";

const open: CaseStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

/** A small pseudo-random generator, the same cases on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

const PLAYBOOKS = [
  ["parcel-damaged", "en", 60],
  ["pacco-danneggiato", "it", 120],
  ["late-delivery", "en", undefined],
  ["δέμα-χαμένο", "el", 240],
] as const;
const AGENTS = ["Dario", "Anna", "Giulia", "Zoë Ångström"];
const START = Date.parse("2025-01-20T00:00:00.000Z");
const NOW = "2025-04-25T12:00:00.000Z";

/** 90 cases over three months and a bit, answered at odd seconds, some posts a few seconds or days before. */
function cases(): NewCase[] {
  const r = random(7);
  return Array.from({ length: 90 }, (_, i) => {
    const [playbook, locale, within] = PLAYBOOKS[Math.floor(r() * PLAYBOOKS.length)]!;
    const answered = START + Math.floor(r() * 95 * 86_400_000);
    const waitMs = [0, 59_999, 60_000, 61_500, Math.floor(r() * 3 * 3_600_000), Math.floor(r() * 4 * 86_400_000)][Math.floor(r() * 6)]!;
    const customer = i % 5 === 0 ? { name: "Laura Bianchi" } : i % 7 === 0 ? { handle: "@marcor", name: "Marco Rossi" } : { handle: `@c${Math.floor(r() * 40)}` };
    const commitments = ["callback", "courier"].slice(0, Math.floor(r() * 3)).map((id, k) => ({ id, label: id, within: "24h", due: new Date(answered + (k + 1) * 86_400_000).toISOString() }));
    return {
      customer,
      playbook,
      locale,
      reply: `Reply ${i}`,
      agent: AGENTS[Math.floor(r() * AGENTS.length)]!,
      answeredAt: new Date(answered).toISOString(),
      ...(r() < 0.85 && { postedAt: new Date(answered - waitMs).toISOString() }),
      ...(within !== undefined && { respondWithinMinutes: within }),
      commitments,
      answers: {},
      remedies: [],
      findings: [],
      checklist: { done: [], skipped: [] },
    } satisfies NewCase;
  });
}

/** Records the cases, then keeps or misses promises, closes, reopens, rates, and purges some. */
async function fill(store: CaseStore): Promise<void> {
  const r = random(11);
  const ids: number[] = [];
  for (const c of cases()) ids.push(Number(await store.recordCase(c)));
  for (const [k, id] of ids.entries()) {
    const record = (await store.getCase(id))!;
    for (const m of record.commitments) if (r() < 0.5) await store.updateCase(id, { done: [m.id], at: new Date(Date.parse(m.due) + (r() < 0.5 ? -3_600_000 : 3_600_000)).toISOString() });
    if (r() < 0.3) await store.updateCase(id, { csat: 1 + Math.floor(r() * 5), reaction: (["thanked", "angry", "silent", "escalated"] as const)[k % 4] });
    if (r() < 0.5) await store.updateCase(id, { close: true, at: record.answeredAt });
    if (k % 13 === 0) await store.updateCase(id, { reopen: true, at: record.answeredAt });
  }
  // Complaints from the inbox, most answered as cases across two months, one left waiting.
  const complaints = [0, 1, 2, 3, 4].map((n) => ({
    sourceKey: `export.csv:${n}`,
    text: `Parcel ${n} arrived broken`,
    customer: { handle: `@inbox${n}` },
    routeWords: [],
    dueMs: Date.parse("2025-03-01T00:00:00.000Z") + n,
    rankMs: Date.parse("2025-03-01T00:00:00.000Z") + n,
    vip: false,
  }));
  await store.importComplaints(complaints);
  const waiting = await store.listInbox({ status: "waiting" });
  for (const [n, item] of waiting.slice(0, 4).entries()) {
    const answered = await store.answerComplaint(item.id, { ...cases()[n]!, customer: { handle: `@inbox${n}` }, agent: AGENTS[n % 2]!, answeredAt: ["2025-02-27T23:59:00.000Z", "2025-03-01T00:00:00.000Z", "2025-03-05T10:08:00.000Z", "2025-04-20T10:00:00.000Z"][n]! });
    expect(answered.ok).toBe(true);
  }
  await store.purgeOlderThan("2025-01-25T00:00:00.000Z");
  await store.purgeCustomer({ handle: "@c3" });
}

/** Ranges that fall on and between month and quarter-hour bounds, and ones that hold every case. */
const RANGES: ReportRange[] = [
  {},
  { since: "2025-02-01T00:00:00.000Z" },
  { until: "2025-03-01T00:00:00.000Z" },
  { since: "2025-02-10T13:17:05.123Z" },
  { until: "2025-03-19T08:07:00.001Z" },
  { since: "2025-02-10T13:17:05.123Z", until: "2025-04-03T22:59:59.999Z" },
  { since: "2025-03-02T00:00:00.000Z", until: "2025-03-09T00:00:00.000Z" },
  { since: "2025-03-01T00:00:00.000Z", until: "2025-04-01T00:00:00.000Z" },
  { since: "2025-03-05T10:07:00.000Z", until: "2025-03-05T10:11:00.000Z" },
  { since: "2024-01-01T00:00:00.000Z", until: "2026-01-01T00:00:00.000Z" },
  { since: "2030-01-01T00:00:00.000Z" },
];

/** Figures in one order, for comparing. */
function sorted(f: ReportFigures): ReportFigures {
  return { ...f, playbooks: [...f.playbooks].sort((a, b) => a.playbook.localeCompare(b.playbook)), agents: [...f.agents].sort((a, b) => a.agent.localeCompare(b.agent)) };
}

function sortedTeam(t: TeamFigures): TeamFigures {
  return { ...t, playbooks: [...t.playbooks].sort((a, b) => a.playbook.localeCompare(b.playbook)), agents: [...t.agents].sort((a, b) => a.agent.localeCompare(b.agent)) };
}

/** percentile_cont over whole minutes, counted here. */
function percentile(minutes: number[], num: number, den: number): number | undefined {
  if (!minutes.length) return undefined;
  const v = [...minutes].sort((a, b) => a - b);
  const lo = Math.floor(((v.length - 1) * num) / den);
  const hi = Math.ceil(((v.length - 1) * num) / den);
  return (v[lo]! + ((((v.length - 1) * num) % den) / den) * (v[hi]! - v[lo]!)) * 60_000;
}

/** The figures the report's summaries must give, counted from whole cases. */
function byHand(records: CaseRecord[], range: ReportRange) {
  const inRange = records.filter((c) => (!range.since || c.answeredAt >= range.since) && (!range.until || c.answeredAt < range.until));
  const group = (rs: CaseRecord[]) => {
    const minutes = rs.filter((c) => c.postedAt).map((c) => Math.floor(Math.max(0, Date.parse(c.answeredAt) - Date.parse(c.postedAt!)) / 60_000));
    const median = percentile(minutes, 1, 2);
    const p90 = percentile(minutes, 9, 10);
    return { cases: rs.length, open: rs.filter((c) => c.status === "open").length, measured: minutes.length, ...(median !== undefined && { medianMs: median, p90Ms: p90 }) };
  };
  const keys = new Map<string, number>();
  for (const c of inRange) {
    const key = c.customer.handle ? c.customer.handle.replace(/^@/, "").toLowerCase() : (c.customer.name ?? "").toLowerCase();
    if (key) keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  const playbooks = [...new Set(inRange.map((c) => c.playbook))].sort().map((p) => ({ playbook: p, ...group(inRange.filter((c) => c.playbook === p)) }));
  const agents = [...new Set(inRange.map((c) => c.agent))].sort().map((a) => ({ agent: a, ...group(inRange.filter((c) => c.agent === a)) }));
  return { all: group(inRange), customers: keys.size, returning: [...keys.values()].filter((n) => n > 1).length, playbooks, agents };
}

const brief = (f: ReportFigures) => ({
  all: { cases: f.all.cases, open: f.all.open, measured: f.all.responses.measured, ...(f.all.responses.medianMs !== undefined && { medianMs: f.all.responses.medianMs, p90Ms: f.all.responses.p90Ms }) },
  customers: f.all.customers,
  returning: f.all.returningCustomers,
  playbooks: sorted(f).playbooks.map((p) => ({ playbook: p.playbook, cases: p.cases, open: p.open, measured: p.responses.measured, ...(p.responses.medianMs !== undefined && { medianMs: p.responses.medianMs, p90Ms: p.responses.p90Ms }) })),
  agents: sorted(f).agents.map((a) => ({ agent: a.agent, cases: a.cases, open: a.open, measured: a.responses.measured, ...(a.responses.medianMs !== undefined && { medianMs: a.responses.medianMs, p90Ms: a.responses.p90Ms }) })),
});

describeEachStore("the report's summaries", (kind) => {
  const fresh = async () => {
    const store = await freshStoreOf(kind);
    open.push(store);
    return store;
  };

  it("give the same figures as the cases themselves, for every kind of range, and as counted by hand", async () => {
    const store = await fresh();
    await fill(store);
    const records = await store.exportCases();
    expect(records.length).toBeGreaterThan(50);
    for (const range of RANGES) {
      const at = { ...range, now: NOW };
      const summary = await store.reportFigures(at);
      expect(sorted(summary), JSON.stringify(range)).toEqual(sorted(await store.reportFigures({ ...at, source: "rows" })));
      expect(brief(summary), JSON.stringify(range)).toEqual(byHand(records, range));
      expect(sortedTeam(await store.teamFigures(at)), JSON.stringify(range)).toEqual(sortedTeam(await store.teamFigures({ ...at, source: "rows" })));
    }
  });

  it("come with a copied log, and are filled from the cases of a log that had none", async () => {
    const store = await fresh();
    await fill(store);
    const want = await Promise.all(RANGES.map((range) => store.reportFigures({ ...range, now: NOW, source: "rows" }).then(sorted)));
    const team = await Promise.all(RANGES.map((range) => store.teamFigures({ ...range, now: NOW, source: "rows" }).then(sortedTeam)));
    expect(team[0]!.agents.reduce((n, a) => n + a.answeredFromInbox, 0)).toBe(4);
    const copy = await fresh();
    await copy.importCases(await store.exportCases());
    await copy.importInbox(await store.inboxAfter(0, 100));
    for (const [i, range] of RANGES.entries()) {
      expect(sorted(await copy.reportFigures({ ...range, now: NOW })), JSON.stringify(range)).toEqual(want[i]);
      expect(sortedTeam(await copy.teamFigures({ ...range, now: NOW })), JSON.stringify(range)).toEqual(team[i]);
    }

    // The log as it was before the summaries (SQLite 7, PostgreSQL 5): their tables, triggers and indexes gone.
    const drop = `DROP TABLE report_groups; DROP TABLE report_minutes; DROP TABLE report_quarters; DROP TABLE report_customers;
      DROP TABLE report_minutes_all; DROP TABLE report_inbox; DROP TABLE report_customer_totals; DROP INDEX inbox_case; DROP INDEX cases_playbook_target;`;
    let reopened: CaseStore;
    if (kind === "sqlite") {
      const file = store.location;
      await store.close();
      const raw = openSqliteCaseStore(file).database;
      for (const t of ["cases_report_insert", "cases_report_delete", "cases_report_update", "cases_report_more_insert", "cases_report_more_delete", "cases_report_more_update", "inbox_report_insert", "inbox_report_delete", "inbox_report_update"])
        raw.exec(`DROP TRIGGER ${t}`);
      raw.exec(drop);
      raw.pragma("user_version = 7");
      raw.close();
      reopened = openSqliteCaseStore(file);
    } else {
      const url = urlOf(store)!;
      await withPg(url, async (c) => {
        await c.query(`DROP TRIGGER cases_report ON cases; DROP TRIGGER cases_report_more ON cases; DROP TRIGGER inbox_report ON inbox;
          DROP FUNCTION replybook_report_summary(); DROP FUNCTION replybook_report_more(); DROP FUNCTION replybook_report_inbox(); ${drop} DROP FUNCTION replybook_report_customers();`);
        await c.query("DELETE FROM replybook_migrations WHERE version >= 6");
      });
      await store.close();
      reopened = await openPostgresCaseStore(url);
    }
    open.push(reopened);
    for (const [i, range] of RANGES.entries()) {
      expect(sorted(await reopened.reportFigures({ ...range, now: NOW })), JSON.stringify(range)).toEqual(want[i]);
      expect(sortedTeam(await reopened.teamFigures({ ...range, now: NOW })), JSON.stringify(range)).toEqual(team[i]);
    }
  });
});
