// Drives the real binary in a real pseudo-terminal (tmux), the way a user would, with the
// pinned home and data folder of cli.ts. Each test file gets a tmux server of its own (not the
// developer's, not another test file's), kept alive by an idle "keeper" session so that killing
// one test's session never takes the server down under the next test.
//
//   const pty = privateTerminals("draft-pty");
//   afterEach(() => pty.endSessions());
//   afterAll(() => pty.close());
//   const t = pty.start(["draft"], { width: 80, height: 40 });
//   await t.waitFor("Paste the complaint");
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, cleanEnv, tempDir } from "./cli.js";

/** Whether tmux is installed here (CI installs it). */
export const HAS_TMUX = (() => {
  try {
    execFileSync("tmux", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** Skipped only on a developer's machine without tmux; under CI a missing tmux fails the run (.ci/run installs it). */
export const SKIP_PTY = !HAS_TMUX && !process.env.CI;

export interface Terminal {
  /** The tmux session the command runs in. */
  session: string;
  /** The environment the command was given (cleanEnv of its home). */
  env: Record<string, string>;
  /** What the pane shows, with its scrollback; lines the terminal wrapped are joined. */
  screen(): string;
  /** Polls the screen until it contains `text` (or matches it); returns that screen. */
  waitFor(text: string | RegExp, timeout?: number): Promise<string>;
  /** Types the text literally. */
  type(text: string): void;
  /** Sends tmux key names ("Enter", "Down", "C-d", ...). */
  keys(...keys: string[]): void;
  /** The replybook process (for signals). */
  pid(): number;
}

export interface StartOptions {
  /** The window's size, in columns and rows. */
  width: number;
  height: number;
  /** The home folder (the data folder is under it); a fresh one by default. */
  home?: string;
  /** The default timeout of waitFor, in ms (20 s). */
  timeout?: number;
  /** How many lines of scrollback screen() includes (400). */
  scrollback?: number;
  /** How often waitFor looks at the screen, in ms (100). */
  poll?: number;
  /** How long the window stays open after the command ends, in seconds (120). */
  linger?: number;
}

export interface PrivateTerminals {
  /** The tmux socket name (`tmux -L <socket>`). */
  readonly socket: string;
  /** Runs tmux against this file's server. */
  tmux(...args: string[]): string;
  /** Starts the server and its keeper session, if not yet running (start() does it too). */
  setup(): void;
  /** Starts `node bin/replybook.js <args>` in a new window of the given size. */
  start(args: string[], options: StartOptions): Terminal;
  /** Kills the sessions started so far (call it after each test). */
  endSessions(): void;
  /** Kills the server (call it after all the file's tests). */
  close(): void;
}

const quote = (v: string) => `'${v.replace(/'/g, "'\\''")}'`;

/**
 * A private tmux server for one test file: its socket is named from `name` (the file) and this
 * process's id. Call endSessions() after each test and close() after all of them.
 */
export function privateTerminals(name: string): PrivateTerminals {
  const label = name.replace(/[^A-Za-z0-9_-]+/g, "-");
  const socket = `replybook-${label}-${process.pid}`;
  const sessions: string[] = [];
  let started = 0;
  let ready = false;
  let socketPath: string | undefined;

  // -f /dev/null: no tmux configuration, whoever's, changes the terminal under test.
  const tmux = (...args: string[]): string => execFileSync("tmux", ["-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

  function setup(): void {
    if (ready || !HAS_TMUX) return;
    // A server on this socket now is a leftover of an earlier process with the same id.
    try {
      tmux("kill-server");
    } catch {
      // none: the usual case
    }
    tmux("new-session", "-d", "-s", "keeper", "sleep 3600");
    socketPath = tmux("display-message", "-p", "-t", "keeper", "#{socket_path}").trim() || undefined;
    ready = true;
  }

  function start(args: string[], options: StartOptions): Terminal {
    if (!HAS_TMUX) throw new Error("tmux is not installed");
    setup();
    const { width, height, home = tempDir("replybook-home-"), timeout: defaultTimeout = 20_000, scrollback = 400, poll = 100, linger = 120 } = options;
    const env = cleanEnv(home);
    const dir = tempDir("replybook-pty-");
    const script = join(dir, "run.sh");
    const exports = Object.entries(env).map(([k, v]) => `export ${k}=${quote(v)}`).join("\n");
    writeFileSync(script, `${exports}\nexport TERM=xterm-256color\ncd ${quote(dir)}\nnode ${quote(BIN)} ${args.map(quote).join(" ")}\necho "EXIT=$?"\nsleep ${linger}\n`);
    const session = `${label}-${started++}`;
    sessions.push(session);
    tmux("new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), `bash ${quote(script)}`);
    const screen = () => tmux("capture-pane", "-p", "-J", "-S", `-${scrollback}`, "-t", session);
    return {
      session,
      env,
      screen,
      async waitFor(text, timeout = defaultTimeout) {
        const until = Date.now() + timeout;
        let shown = "";
        while (Date.now() < until) {
          shown = screen();
          if (typeof text === "string" ? shown.includes(text) : text.test(shown)) return shown;
          await new Promise((r) => setTimeout(r, poll));
        }
        throw new Error(`timed out waiting for ${String(text)}; the screen was:\n${shown}`);
      },
      type(text) {
        tmux("send-keys", "-t", session, "-l", text);
      },
      keys(...keys) {
        tmux("send-keys", "-t", session, ...keys);
      },
      pid() {
        // The pane runs `bash run.sh`; replybook is that shell's node child.
        const shell = tmux("display-message", "-p", "-t", session, "#{pane_pid}").trim();
        const node = existsSync(`/proc/${shell}`) ? nodeChildFromProc(shell) : nodeChildFromPgrep(shell);
        if (!node) throw new Error(`the replybook process is not running; the screen was:\n${screen()}`);
        return node;
      },
    };
  }

  function endSessions(): void {
    for (const s of sessions.splice(0)) {
      try {
        tmux("kill-session", "-t", s);
      } catch {
        // already gone
      }
    }
  }

  function close(): void {
    sessions.length = 0;
    ready = false;
    if (!HAS_TMUX) return;
    try {
      tmux("kill-server");
    } catch {
      // never started, or already gone
    }
    // tmux leaves the socket file behind; it is ours alone, so it goes too.
    if (socketPath) rmSync(socketPath, { force: true });
    socketPath = undefined;
  }

  return { socket, tmux, setup, start, endSessions, close };
}

function nodeChildFromProc(shell: string): number | undefined {
  const children = readFileSync(`/proc/${shell}/task/${shell}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  return children.find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(BIN);
    } catch {
      return false; // it ended meanwhile
    }
  });
}

function nodeChildFromPgrep(shell: string): number | undefined {
  try {
    const pid = Number(execFileSync("pgrep", ["-P", shell, "node"], { encoding: "utf8" }).trim().split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined; // pgrep exits 1 when nothing matches
  }
}
