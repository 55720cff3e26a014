// Shared test data for the case log: a minimal resolved config, draft outcomes in English and
// Italian, and temp folders that are removed after the test file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import type { Config } from "../../src/config/types.js";
import type { DraftOutcome } from "../../src/draft/outcome.js";
import type { PlaybookFacts } from "../../src/draft/record.js";
import { openSqliteCaseStore } from "../../src/store/sqlite.js";
import type { CaseStore } from "../../src/store/types.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = "replybook-store-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function testConfig(dataDir?: string): Config {
  return {
    brand: "Acme",
    locale: "en",
    playbooks: [],
    phrases: [],
    templates: [],
    rules: {},
    record: true,
    drill: {},
    files: [],
    origins: {},
    ...(dataDir ? { dataDir } : {}),
  };
}

/** What parcel-damaged (en) says about respond-within and its commitments. */
export const PARCEL_DAMAGED_EN: PlaybookFacts = {
  respondWithin: { minutes: 360, text: "6h" },
  commitments: [
    { id: "callback", label: "Call the customer back with the outcome", earliest: { minutes: 1440, text: "24h" }, offer: [], default: { minutes: 1440, text: "24h" }, keywords: [] },
    { id: "courier-collection", label: "Send the courier to collect the parcel", earliest: { minutes: 2880, text: "48h" }, offer: [], default: { minutes: 2880, text: "48h" }, keywords: [] },
  ],
};

/** The Italian playbook for the same problem. */
export const PACCO_DANNEGGIATO_IT: PlaybookFacts = {
  respondWithin: { minutes: 360, text: "6 ore" },
  commitments: [
    { id: "richiamata", label: "Richiamare il cliente con l'esito", earliest: { minutes: 1440, text: "24 ore" }, offer: [], default: { minutes: 1440, text: "24 ore" }, keywords: [] },
    { id: "ritiro-corriere", label: "Mandare il corriere a ritirare il pacco", earliest: { minutes: 2880, text: "2 giorni" }, offer: [], default: { minutes: 2880, text: "2 giorni" }, keywords: [] },
  ],
};

const HOUR = 3_600_000;

/** An English outcome answered at `answeredAt`, posted 90 minutes earlier, with a 24h callback and a 48h courier collection. */
export function outcomeEn(answeredAt = "2025-03-01T09:30:00.000Z", overrides: Partial<DraftOutcome> = {}): DraftOutcome {
  const t = Date.parse(answeredAt);
  return {
    reply: "Hi Laura, I'm Dario from Acme Care. I'm sorry your parcel arrived damaged: I've taken your case on personally. I'll call you back within 24 hours. ^DR",
    playbook: "parcel-damaged",
    locale: "en",
    customer: { name: "Laura Bianchi", handle: "@laurab" },
    agent: "Dario",
    platform: "x",
    complaint: "My parcel arrived smashed!!",
    postedAt: new Date(t - 1.5 * HOUR).toISOString(),
    answeredAt,
    answers: { "photo-received": false, damage: "contents" },
    commitments: [
      { id: "callback", within: "24h", due: new Date(t + 24 * HOUR).toISOString() },
      { id: "courier-collection", within: "48h", due: new Date(t + 48 * HOUR).toISOString() },
    ],
    findings: [],
    checklist: { done: ["read-all", "screenshot"], skipped: ["check-order"] },
    ...overrides,
  };
}

/** An Italian outcome: time frames written in Italian; the callback's due time left for the log to compute. */
export function outcomeIt(answeredAt = "2025-03-01T10:00:00.000Z", overrides: Partial<DraftOutcome> = {}): DraftOutcome {
  const t = Date.parse(answeredAt);
  return {
    reply: "Ciao Marco, sono Giulia del servizio clienti Acme. Mi dispiace per il pacco danneggiato: seguo io personalmente il tuo caso e ti richiamo entro 24 ore. ^GV",
    playbook: "pacco-danneggiato",
    locale: "it",
    customer: { name: "Marco Rossi", handle: "@marcor" },
    agent: "Giulia",
    platform: "facebook",
    complaint: "Il pacco è arrivato distrutto",
    postedAt: new Date(t - 8 * HOUR).toISOString(),
    answeredAt,
    answers: {},
    commitments: [
      { id: "richiamata", within: "24 ore", due: "" },
      { id: "ritiro-corriere", within: "2 giorni", due: new Date(t + 48 * HOUR).toISOString() },
    ],
    findings: [],
    checklist: { done: ["read-all"], skipped: [] },
    ...overrides,
  };
}

const urls = new WeakMap<CaseStore, string>();

/** A new, empty case log of the given kind (a SQLite file in a temp folder, or a new PostgreSQL database). */
export async function freshStoreOf(kind: "sqlite" | "postgres"): Promise<CaseStore> {
  if (kind === "sqlite") return openSqliteCaseStore(join(tempDir(), "data", "cases.db"));
  const [{ freshDatabaseUrl }, { openPostgresCaseStore }] = await Promise.all([import("../helpers/pg.js"), import("../../src/store/postgres.js")]);
  const url = await freshDatabaseUrl();
  const store = await openPostgresCaseStore(url);
  urls.set(store, url);
  return store;
}

/** The URL of a PostgreSQL store made by {@link freshStoreOf}. */
export function urlOf(store: CaseStore): string | undefined {
  return urls.get(store);
}

/** Another handle on the same log, with its own connection. */
export async function reopen(store: CaseStore): Promise<CaseStore> {
  if (store.kind === "sqlite") return openSqliteCaseStore(store.location);
  const { openPostgresCaseStore } = await import("../../src/store/postgres.js");
  return openPostgresCaseStore(urls.get(store)!);
}
