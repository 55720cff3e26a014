/**
 * The case log: the storage interface ({@link CaseStore}), the SQLite implementation, where
 * the file lives and its schema. Recording drafts lives in src/draft/record.ts, the report's
 * layout in src/report/.
 */
export type * from "./types.js";
export { openCaseStore, withCaseStore, type OpenCaseStoreOptions } from "./open.js";
export { openSqliteCaseStore, SqliteCaseStore } from "./sqlite.js";
export { caseLogPath, resolveDataDir, CASE_LOG_FILE } from "./paths.js";
export { MIGRATIONS, SCHEMA_VERSION, migrate } from "./migrations.js";
