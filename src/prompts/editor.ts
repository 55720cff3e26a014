/** Opening the person's own editor on a temporary copy of a text (plain mode; rich mode uses @inquirer/editor). */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function editorCommand(env: NodeJS.ProcessEnv): string {
  return env.VISUAL || env.EDITOR || (process.platform === "win32" ? "notepad" : "vi");
}

/** Edits `text` in the editor; resolves with the saved text. Throws when the editor cannot run or fails. */
export async function editText(text: string, env: NodeJS.ProcessEnv): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "replybook-edit-"));
  const file = join(dir, "reply.txt");
  try {
    await writeFile(file, text.endsWith("\n") ? text : `${text}\n`, { mode: 0o600 });
    const editor = editorCommand(env);
    await new Promise<void>((resolve, reject) => {
      // The editor setting may carry arguments ("code --wait"), so it goes through the shell;
      // the file name travels as a separate argument, never spliced into the command.
      const child =
        process.platform === "win32"
          ? spawn(`${editor} "${file}"`, { shell: true, stdio: "inherit", env })
          : spawn("/bin/sh", ["-c", `${editor} "$1"`, "sh", file], { stdio: "inherit", env });
      child.on("error", reject);
      child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(signal ? `stopped by ${signal}` : `exit code ${code}`))));
    });
    return (await readFile(file, "utf8")).replace(/\s+$/, "");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
