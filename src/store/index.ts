/**
 * The case log: storage interface, the SQLite implementation, and the calls draft and lint
 * make (record an outcome, look up a returning customer).
 */
export type * from "./types.js";
export { openCaseStore, withCaseStore, type OpenCaseStoreOptions } from "./open.js";
export { openSqliteCaseStore, SqliteCaseStore } from "./sqlite.js";
export { caseLogPath, resolveDataDir, CASE_LOG_FILE } from "./paths.js";
export { MIGRATIONS, SCHEMA_VERSION, migrate } from "./migrations.js";
export {
  recordDraftOutcome,
  earlierCasesFor,
  caseFromOutcome,
  outcomeFromReply,
  shouldRecord,
  summariseEarlier,
  type EarlierCases,
  type RecordOptions,
  type PlaybookFacts,
} from "./record.js";
