// A PostgreSQL server of a test's own, for what cannot be done to a shared one: stopping it
// mid-run. initdb in a temporary folder, pg_ctl on a unix socket in that folder (nothing
// listens on the network, so trust authentication is safe), removed at the end. As root, the
// cluster belongs to the postgres user, since initdb refuses to run as root.
import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The folder holding initdb and pg_ctl: Debian's newest /usr/lib/postgresql/N/bin, else the PATH. */
export function pgBinDir(): string | undefined {
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, "bin", "initdb")))
      .sort((a, b) => Number(a) - Number(b));
    if (versions.length) return join(debian, versions[versions.length - 1]!, "bin");
  }
  return (process.env.PATH ?? "").split(delimiter).find((dir) => dir && existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl")));
}

export interface TestCluster {
  /** postgresql://postgres@localhost/postgres?host=<socket folder>&port=5432 */
  url: string;
  start(): Promise<void>;
  /** pg_ctl stop: "fast" ends every session (what a service restart does), "immediate" is a crash. */
  stop(mode: "fast" | "immediate"): Promise<void>;
  destroy(): Promise<void>;
}

export async function startTestCluster(bin: string): Promise<TestCluster> {
  const dir = mkdtempSync(join(tmpdir(), "replybook-test-pg-"));
  const data = join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const pg = (tool: string, args: string[]) => (asRoot ? run("runuser", ["-u", "postgres", "--", join(bin, tool), ...args]) : run(join(bin, tool), args));
  await pg("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"]);
  const start = async () => {
    await pg("pg_ctl", ["-D", data, "-w", "-l", join(dir, "server.log"), "-o", `-k ${dir} -c listen_addresses= -p 5432`, "start"]);
  };
  await start();
  return {
    url: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(dir)}&port=5432`,
    start,
    stop: async (mode) => {
      await pg("pg_ctl", ["-D", data, "-w", "-m", mode, "stop"]);
    },
    destroy: async () => {
      await pg("pg_ctl", ["-D", data, "-m", "immediate", "stop"]).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
