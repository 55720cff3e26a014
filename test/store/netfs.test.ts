// A SQLite case log on a network filesystem would be corrupted quietly: the data folder is
// checked against the mount table before anything is created there.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { isNetworkType, mountTypeOf, parseMounts } from "../../src/store/netfs.js";
import { openSqliteCaseStore } from "../../src/store/sqlite.js";
import { tempDir } from "./helpers.js";

const MOUNTS = [
  "/dev/sda1 / ext4 rw,relatime 0 0",
  "server:/export/team /mnt/team nfs4 rw,vers=4.2 0 0",
  "//nas/share /mnt/nas\\040drive cifs rw 0 0",
  "ann@host:/home/ann /home/ann/remote fuse.sshfs rw 0 0",
  "tmpfs /tmp tmpfs rw 0 0",
].join("\n");

describe("network filesystems", () => {
  it.each([
    ["/mnt/team/replybook", "nfs4", true],
    ["/mnt/nas drive/rb", "cifs", true],
    ["/home/ann/remote/data", "fuse.sshfs", true],
    ["/home/ann/.local/share/replybook", "ext4", false],
    ["/mnt/teamwork", "ext4", false],
    ["/tmp/x", "tmpfs", false],
  ])("%s is on %s (network: %s)", (path, type, network) => {
    const found = mountTypeOf(path, parseMounts(MOUNTS));
    expect(found).toBe(type);
    expect(isNetworkType(found)).toBe(network);
  });

  it("refuses a data folder on one in one line, pointing at the team store, and creates nothing", () => {
    const root = tempDir();
    const mounts = join(root, "mounts");
    const shared = join(root, "shared");
    mkdirSync(shared);
    writeFileSync(mounts, `/dev/sda1 / ext4 rw 0 0\nnas:/team ${shared} nfs rw 0 0\n`);
    let error: unknown;
    try {
      openSqliteCaseStore(join(shared, "replybook", "cases.db"), { mountsFile: mounts });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).format()).toMatch(/shared\/replybook is on a network filesystem \(nfs\), where SQLite's write-ahead log cannot work .*PostgreSQL server .*REPLYBOOK_DATABASE_URL; see docs\/case-log\.md/);
    expect(existsSync(join(shared, "replybook"))).toBe(false);
    const local = openSqliteCaseStore(join(root, "local", "cases.db"), { mountsFile: mounts });
    expect(local.kind).toBe("sqlite");
    void local.close();
  });
});
