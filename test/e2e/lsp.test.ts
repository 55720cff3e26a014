// `replybook lsp --stdio` through the real binary, driven by a real LSP client library
// (vscode-jsonrpc, the transport under VS Code's language client): diagnostics as a reply is
// opened and edited, quick fixes from the findings, settings and front matter for the context.
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, cleanEnv, tempDir } from "../helpers/cli.js";

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code?: string;
  source: string;
  message: string;
  codeDescription?: { href: string };
  data?: unknown;
}
interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

const BAD = "Dear customer, we apologise for any inconvenience. The courier will collect it tomorrow!!!\n— The Customer Care Team\n";
const CLEAN = "Laura, I'm so sorry your parcel arrived damaged. The courier will collect it within 48 hours and I'll call you back within 24 hours. Send me a DM with your order number.\n— Dario\n";

class Client {
  readonly published: Published[] = [];
  private waiters: Array<{ test: (p: Published) => boolean; resolve: (p: Published) => void }> = [];
  settings: Record<string, string> = {};
  readonly stderr: string[] = [];

  constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
  ) {
    child.stderr!.on("data", (d: Buffer) => this.stderr.push(d.toString()));
    connection.onNotification("textDocument/publishDiagnostics", (p: Published) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => (w.test(p) ? (w.resolve(p), false) : true));
    });
    connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => this.settings));
    connection.onRequest("client/registerCapability", () => null);
    connection.listen();
  }

  /** The next diagnostics for a document at a version (or any version). */
  diagnostics(uri: string, version?: number): Promise<Published> {
    const test = (p: Published) => p.uri === uri && (version === undefined || p.version === version);
    const seen = this.published.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }
}

const running: Client[] = [];

async function start(cwd: string, options: { initializationOptions?: object; pull?: boolean; settings?: Record<string, string> } = {}): Promise<Client> {
  const child = spawn("node", [BIN, "lsp", "--stdio"], { cwd, env: cleanEnv(), stdio: ["pipe", "pipe", "pipe"] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const client = new Client(child, connection);
  if (options.settings) client.settings = options.settings;
  running.push(client);
  const result = (await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(cwd).href,
    capabilities: { workspace: { configuration: options.pull ?? false }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions: options.initializationOptions ?? null,
  })) as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
  expect(result.serverInfo.name).toBe("replybook");
  expect(result.capabilities).toMatchObject({ codeActionProvider: { codeActionKinds: ["quickfix"] } });
  await connection.sendNotification("initialized", {});
  return client;
}

function open(client: Client, uri: string, text: string, version = 1): Promise<void> {
  return client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version, text } });
}

afterEach(async () => {
  for (const client of running.splice(0)) {
    const exited = new Promise((resolve) => client.child.once("exit", resolve));
    try {
      await client.connection.sendRequest("shutdown");
      await client.connection.sendNotification("exit");
    } catch {
      client.child.kill();
    }
    await exited;
    client.connection.dispose();
  }
});

describe("replybook lsp --stdio", () => {
  it("publishes findings when a reply is opened and again when it is edited; offers quick fixes", async () => {
    const dir = tempDir("replybook-lsp-");
    const file = join(dir, "reply.txt");
    writeFileSync(file, BAD);
    const uri = pathToFileURL(file).href;
    const client = await start(dir, { initializationOptions: { playbook: "parcel-damaged", customer: "Laura Bianchi", agent: "Dario" } });

    await open(client, uri, BAD);
    const first = await client.diagnostics(uri, 1);
    const codes = first.diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(["no-over-promise", "signed-by-person", "no-canned-phrase", "address-customer"]));
    const tomorrow = first.diagnostics.find((d) => d.code === "no-over-promise")!;
    expect(tomorrow).toMatchObject({ severity: 1, source: "replybook", range: { start: { line: 0, character: 79 }, end: { line: 0, character: 87 } } });
    expect(tomorrow.codeDescription!.href).toMatch(/docs\/rules\/no-over-promise\.md$/);

    const actions = (await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: tomorrow.range,
      context: { diagnostics: [tomorrow], only: ["quickfix"] },
    })) as Array<{ title: string; kind: string; edit: { changes: Record<string, Array<{ range: Diagnostic["range"]; newText: string }>> } }>;
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ kind: "quickfix", title: 'Replace with "within 2 days"' });
    expect(actions[0]!.edit.changes[uri]).toEqual([{ range: tomorrow.range, newText: "within 2 days" }]);

    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: CLEAN }] });
    const second = await client.diagnostics(uri, 2);
    expect(second.diagnostics.filter((d) => d.severity === 1)).toEqual([]);

    // An incremental edit: "48 hours" becomes "1 hour", sooner than the playbook allows.
    const at = CLEAN.indexOf("48 hours");
    await client.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 0, character: at }, end: { line: 0, character: at + 8 } }, text: "1 hour" }],
    });
    const third = await client.diagnostics(uri, 3);
    expect(third.diagnostics.find((d) => d.code === "no-over-promise")).toMatchObject({ range: { start: { line: 0, character: at - 7 } } });
    expect(client.stderr.join("")).toBe("");
  });

  it("takes the context from a front-matter block, over the settings, and from pulled settings", async () => {
    const dir = tempDir("replybook-lsp-");
    const uri = pathToFileURL(join(dir, "laura.reply")).href;
    const client = await start(dir, { pull: true, settings: { customer: "Marco Verdi", agent: "Dario", locale: "en" } });
    const text = `---\nplaybook: parcel-damaged\ncustomer: Laura Bianchi\nchannel: x\n---\n${CLEAN}`;
    await open(client, uri, text);
    const published = await client.diagnostics(uri, 1);
    expect(published.diagnostics.filter((d) => d.code === "address-customer")).toEqual([]);
    const wrong = `---\ncustomer: Laura Bianchi\nmood: grumpy\n---\nHi Marco, sorry. — Dario\n`;
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: wrong }] });
    const second = await client.diagnostics(uri, 2);
    expect(second.diagnostics.find((d) => d.message.startsWith('unknown front-matter key "mood"'))).toMatchObject({ range: { start: { line: 2, character: 0 } } });
    // Findings are placed in the file, below the front matter.
    expect(second.diagnostics.filter((d) => d.code).every((d) => d.range.start.line >= 4)).toBe(true);

    // Without front matter, the pulled settings say who the customer is.
    const other = pathToFileURL(join(dir, "marco.txt")).href;
    await open(client, other, "Hi Marco, I'm so sorry the parcel arrived damaged. The courier will collect it within 48 hours.\n— Dario\n");
    const marco = await client.diagnostics(other, 1);
    expect(marco.diagnostics.filter((d) => d.code === "address-customer")).toEqual([]);
  });

  it("reports a broken configuration on the document instead of failing", async () => {
    const dir = tempDir("replybook-lsp-");
    writeFileSync(join(dir, ".replybookrc.yaml"), "rules:\n  no-such-rule: error\n");
    const uri = pathToFileURL(join(dir, "reply.txt")).href;
    const client = await start(dir);
    await open(client, uri, BAD);
    const published = await client.diagnostics(uri, 1);
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]!.message).toMatch(/unknown rule "no-such-rule"/);
  });

  it("without --stdio, says how to run it and exits 2", async () => {
    const child = spawn("node", [BIN, "lsp"], { cwd: tempDir(), env: cleanEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(2);
    expect(stderr).toContain("replybook lsp --stdio");
  });
});
