import fc from "fast-check";
// Every test file runs with a pinned, empty home and data folders, no colours, and a config
// search that stops at the temp folder: a developer's own configuration never leaks in.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const home = mkdtempSync(join(tmpdir(), "replybook-home-"));
process.env.HOME = home;
process.env.XDG_CONFIG_HOME = join(home, ".config");
process.env.XDG_DATA_HOME = join(home, ".local", "share");
process.env.XDG_CACHE_HOME = join(home, ".cache");
process.env.REPLYBOOK_CONFIG_STOP_DIR = tmpdir();
process.env.NO_COLOR = "1";
delete process.env.FORCE_COLOR;
delete process.env.REPLYBOOK_DATA_DIR;

// Property tests explore new inputs on every local run; CI replays one fixed seed so that a
// submission's result does not depend on luck (FC_SEED overrides it anywhere).
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261122 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
