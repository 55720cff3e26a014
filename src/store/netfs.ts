/**
 * SQLite's WAL needs shared memory between the processes using a database, which a network
 * filesystem cannot give; its locks are unreliable there too. A case log on a shared drive
 * would be corrupted quietly, so a data folder on one is refused, pointing at the team setup
 * (a PostgreSQL server) instead.
 */
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname } from "node:path";
import { InputError } from "../core/errors.js";

/** Filesystem types that live on another machine. FUSE types are matched by their subtype. */
const NETWORK_TYPES = new Set([
  "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs", "lustre", "gpfs", "davfs", "coda", "ocfs2", "gfs2",
  "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "fuse.davfs2", "fuse.glusterfs", "fuse.cephfs", "fuse.smbnetfs", "fuse.curlftpfs", "fuse.juicefs", "fuse.goofys",
]);

export interface Mount {
  point: string;
  type: string;
}

/** /proc/mounts (or the same format): "device point type options ..."; spaces in paths are written \040. */
export function parseMounts(text: string): Mount[] {
  const out: Mount[] = [];
  for (const line of text.split("\n")) {
    const parts = line.split(" ");
    if (parts.length < 3) continue;
    out.push({ point: parts[1]!.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8))), type: parts[2]! });
  }
  return out;
}

/** The filesystem type holding `path` (the longest mount point that contains it). */
export function mountTypeOf(path: string, mounts: Mount[]): string | undefined {
  let best: Mount | undefined;
  for (const m of mounts) {
    const inside = m.point === "/" || path === m.point || path.startsWith(m.point.endsWith("/") ? m.point : `${m.point}/`);
    if (inside && (!best || m.point.length >= best.point.length)) best = m;
  }
  return best?.type;
}

export function isNetworkType(type: string | undefined): boolean {
  return type !== undefined && NETWORK_TYPES.has(type.toLowerCase());
}

/**
 * Throws an InputError when `dir` is on a network filesystem. Silent where mounts cannot be
 * read (not Linux): the check protects, it must never stop a local log from opening.
 */
export function refuseNetworkFolder(dir: string, mountsFile = "/proc/mounts"): void {
  let mounts: Mount[];
  let real: string;
  try {
    mounts = parseMounts(readFileSync(mountsFile, "utf8"));
    real = realpathSync(nearestExisting(dir));
  } catch {
    return;
  }
  const type = mountTypeOf(real, mounts);
  if (isNetworkType(type))
    throw new InputError(
      `is on a network filesystem (${type}), where SQLite's write-ahead log cannot work and the case log would be corrupted: share a case log through a PostgreSQL server instead (caseLog.url in the config or REPLYBOOK_DATABASE_URL; see docs/case-log.md, "A team's shared case log"), or set REPLYBOOK_DATA_DIR to a local folder`,
      { file: dir },
    );
}

/** The folder itself, or its closest ancestor that exists (checked before anything is created). */
function nearestExisting(dir: string): string {
  let d = dir;
  while (!existsSync(d) && dirname(d) !== d) d = dirname(d);
  return d;
}
