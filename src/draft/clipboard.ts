/**
 * Copying the reply to the system clipboard (`--copy`) with whatever tool the system has:
 * pbcopy (macOS), clip.exe (Windows, WSL), wl-copy (Wayland), xclip or xsel (X11). Where
 * there is none (a server over SSH, a container) the caller says so plainly.
 */
import { spawn } from "node:child_process";
import { accessSync, constants, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";

export interface ClipboardTool {
  name: string;
  command: string;
  args: string[];
}

const TOOLS: Record<string, ClipboardTool> = {
  pbcopy: { name: "pbcopy", command: "pbcopy", args: [] },
  clip: { name: "clip.exe", command: "clip.exe", args: [] },
  "wl-copy": { name: "wl-copy", command: "wl-copy", args: [] },
  xclip: { name: "xclip", command: "xclip", args: ["-selection", "clipboard"] },
  xsel: { name: "xsel", command: "xsel", args: ["--clipboard", "--input"] },
};

/** The tools worth trying here, in order, whether or not they are installed. */
export function clipboardCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): ClipboardTool[] {
  if (platform === "darwin") return [TOOLS.pbcopy!];
  if (platform === "win32") return [TOOLS.clip!];
  const out: ClipboardTool[] = [];
  if (isWsl(env)) out.push(TOOLS.clip!);
  if (env.WAYLAND_DISPLAY) out.push(TOOLS["wl-copy"]!);
  if (env.DISPLAY) out.push(TOOLS.xclip!, TOOLS.xsel!);
  return out;
}

/** Every tool name looked for, for the "no clipboard" message. */
export const ALL_TOOL_NAMES = "pbcopy, wl-copy, xclip, xsel, clip.exe";

export function findClipboardTool(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): ClipboardTool | undefined {
  return clipboardCandidates(env, platform).find((t) => onPath(t.command, env));
}

export function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not here
    }
  }
  return false;
}

function isWsl(env: NodeJS.ProcessEnv): boolean {
  if (env.WSL_DISTRO_NAME) return true;
  try {
    return /microsoft/i.test(readFileSync("/proc/version", "utf8"));
  } catch {
    return false;
  }
}

/** Copies text; resolves when the tool has it, rejects with a short reason. */
export function copyWith(tool: ClipboardTool, text: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    // xclip stays in the background to serve the selection: wait for the tool's exit, not for its pipes to close.
    const child = spawn(tool.command, tool.args, { stdio: ["pipe", "ignore", "pipe"], env });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(0, 500)));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error("it did not finish within 5 seconds"));
    }, 5000);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      child.stderr.destroy();
      if (code === 0) resolve();
      else reject(new Error(stderr.trim().split("\n")[0] || `exit code ${code}`));
    });
    child.stdin.on("error", () => {});
    child.stdin.end(text);
  });
}
