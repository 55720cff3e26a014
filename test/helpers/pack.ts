// The package as a user gets it: `npm pack` of the built tree, installed into a new project.
// The project's lockfile is the repository's own, cut to what the package needs at run time
// plus TypeScript and Node's types for the TypeScript check, so the install resolves the very
// versions `npm ci` put in npm's cache; `--prefer-offline` takes them from there and asks the
// registry only for what the cache lacks (a cold cache still works, only slower). Install
// scripts are skipped: better-sqlite3's native build is for the case log, which none of the
// callers here opens.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { ROOT, cleanEnv, tempDir } from "./cli.js";

/** Packages a TypeScript caller needs besides the package itself. */
const TYPESCRIPT_TOOLS = ["typescript", "@types/node", "undici-types"];

interface LockEntry {
  version?: string;
  dev?: boolean;
  dependencies?: Record<string, string>;
  [key: string]: unknown;
}

export interface PackedProject {
  /** The user's project, with replybook (and any extra package) installed. */
  dir: string;
  /** The packed replybook tarball. */
  tarball: string;
  /** What `npm pack` put in it (paths inside the package). */
  files: string[];
  /** A clean environment (pinned home, no colours) to run things in the project with. */
  env: Record<string, string>;
}

/**
 * npm's cache: the one `npm ci` filled. The test setup pins HOME to a temporary folder, so the
 * default comes from the account's home in the password database, not from HOME.
 */
function npmCache(): string {
  return process.env.npm_config_cache || join(userInfo().homedir, ".npm");
}

async function npm(args: string[], cwd: string, env: Record<string, string>) {
  const npmEnv = { ...env, npm_config_cache: npmCache(), npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" };
  const result = await execa("npm", args, { cwd, env: npmEnv, extendEnv: false, reject: false, stdin: "ignore", timeout: 300_000 });
  if (result.exitCode !== 0) throw new Error(`npm ${args.join(" ")} failed (${result.exitCode}):\n${result.stderr}\n${result.stdout}`);
  return result;
}

async function pack(folder: string, destination: string, env: Record<string, string>): Promise<{ tarball: string; files: string[] }> {
  const packed = await npm(["pack", "--ignore-scripts", "--json", "--pack-destination", destination], folder, env);
  const [entry] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  return { tarball: join(destination, entry!.filename), files: entry!.files.map((f) => f.path) };
}

/**
 * Packs the repository (already built: `npm run build`) and installs the tarball into a new
 * project. `packFolders` are packed and installed beside it (an example plug-in, say), by name.
 */
export async function installPacked(options: { packFolders?: Record<string, string> } = {}): Promise<PackedProject> {
  if (!existsSync(join(ROOT, "dist", "index.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  const env = cleanEnv();
  const packDir = tempDir("replybook-pack-");
  const { tarball, files } = await pack(ROOT, packDir, env);
  const dependencies: Record<string, string> = { replybook: `file:${tarball}` };
  for (const [name, folder] of Object.entries(options.packFolders ?? {})) dependencies[name] = `file:${(await pack(folder, packDir, env)).tarball}`;

  const dir = tempDir("replybook-user-");
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
  const own = lock.packages[""]!;
  const packages: Record<string, LockEntry> = {};
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!key || !key.startsWith("node_modules/")) continue;
    const name = key.replace(/^.*node_modules\//, "");
    if (!entry.dev || (TYPESCRIPT_TOOLS.includes(name) && key === `node_modules/${name}`)) packages[key] = { ...entry, dev: false };
  }
  for (const name of TYPESCRIPT_TOOLS) dependencies[name] = lock.packages[`node_modules/${name}`]!.version!;
  packages["node_modules/replybook"] = { version: (own.version as string | undefined) ?? "0.0.0", resolved: `file:${tarball}`, dependencies: (own.dependencies as Record<string, string>) ?? {} };
  const manifest = { name: "replybook-user", version: "1.0.0", private: true, type: "module", dependencies };
  writeFileSync(join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  writeFileSync(
    join(dir, "package-lock.json"),
    JSON.stringify({ name: manifest.name, version: manifest.version, lockfileVersion: 3, requires: true, packages: { "": { name: manifest.name, version: manifest.version, dependencies }, ...packages } }, null, 2),
  );
  await npm(["install", "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund"], dir, env);
  return { dir, tarball, files, env };
}
