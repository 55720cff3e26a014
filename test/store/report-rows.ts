// Report tests describe cases as short rows; this writes them to a real case log and reads
// the report back, so the figures come from the store's own aggregate queries.
import { join } from "node:path";
import { buildReport, type CaseReport } from "../../src/report/build.js";
import { openSqliteCaseStore } from "../../src/store/sqlite.js";
import type { CaseStore, NewCase, ReportRange } from "../../src/store/types.js";
import { tempDir } from "./helpers.js";

/** The part of a case a report reads. `customerKey`: "@handle", a folded full name, or "" for nobody. */
export interface ReportCaseRow {
  id: number;
  playbook: string;
  locale: string;
  agent: string;
  customerKey: string;
  postedAt?: string;
  answeredAt: string;
  respondWithinMinutes?: number;
  status: "open" | "closed";
  commitments: Array<{ id: string; due: string; doneAt?: string }>;
}

/** Records the rows, in order, into `store` (default: a new SQLite log), marking commitments done and closing cases. */
export async function recordRows(rows: ReportCaseRow[], store?: CaseStore): Promise<CaseStore> {
  const target = store ?? openSqliteCaseStore(join(tempDir(), "cases.db"));
  for (const r of rows) {
    const input: NewCase = {
      customer: r.customerKey.startsWith("@") ? { handle: r.customerKey } : r.customerKey ? { name: r.customerKey } : {},
      playbook: r.playbook,
      locale: r.locale,
      reply: `Reply ${r.id}`,
      agent: r.agent,
      answeredAt: r.answeredAt,
      commitments: r.commitments.map((c) => ({ id: c.id, label: c.id, within: "24h", due: c.due })),
      answers: {},
      remedies: [],
      findings: [],
      checklist: { done: [], skipped: [] },
      ...(r.postedAt && { postedAt: r.postedAt }),
      ...(r.respondWithinMinutes !== undefined && { respondWithinMinutes: r.respondWithinMinutes }),
    };
    const id = await target.recordCase(input);
    for (const c of r.commitments) if (c.doneAt) await target.updateCase(id, { done: [c.id], at: c.doneAt });
    if (r.status === "closed") await target.updateCase(id, { close: true, at: r.answeredAt });
  }
  return target;
}

/** The report of the rows, as `replybook report` would compute it. */
export async function reportOf(rows: ReportCaseRow[], range: ReportRange = {}): Promise<CaseReport> {
  const store = await recordRows(rows);
  try {
    return await buildReport(store, range);
  } finally {
    await store.close();
  }
}
