import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DraftSessionStore } from "../../src/draft/session.js";
import { freshState, tempDir } from "./helpers.js";

describe("DraftSessionStore", () => {
  it("saves the draft in progress privately and atomically, and loads it back", () => {
    const store = new DraftSessionStore(tempDir());
    const state = { ...freshState(), complaint: "my parcel arrived smashed", answers: { damage: "box" } };
    store.saveCurrent(state);
    store.saveCurrent({ ...state, answers: { damage: "contents" } });
    expect(store.loadCurrent()?.answers).toEqual({ damage: "contents" });
    expect(statSync(store.currentFile).mode & 0o777).toBe(0o600);
    expect(statSync(store.dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(store.dir)).toEqual(["current.json"]); // no temp files left behind
  });

  it("moves an accepted draft to last.json, clearing current.json only when asked", () => {
    const store = new DraftSessionStore(tempDir());
    store.saveCurrent(freshState());
    store.finish({ ...freshState(), acceptedAt: "2025-05-02T15:00:00.000Z" }, { clearCurrent: false });
    expect(store.loadCurrent()).toBeDefined();
    store.finish({ ...freshState(), acceptedAt: "2025-05-02T15:00:00.000Z" }, { clearCurrent: true });
    expect(store.loadCurrent()).toBeUndefined();
    expect(store.loadLast()?.acceptedAt).toBe("2025-05-02T15:00:00.000Z");
  });

  it("says plainly when a saved draft is damaged", () => {
    const store = new DraftSessionStore(tempDir());
    store.saveCurrent(freshState());
    writeFileSync(store.currentFile, "{ not json");
    expect(() => store.loadCurrent()).toThrow(/the saved draft is damaged/);
    writeFileSync(store.currentFile, JSON.stringify({ version: 99 }));
    expect(() => store.loadCurrent()).toThrow(/not one this version of replybook can read/);
  });

  it("reports a data folder it cannot write to", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "drafts"), "a file, not a folder");
    expect(() => new DraftSessionStore(dir).saveCurrent(freshState())).toThrow(/cannot save the draft/);
  });
});
