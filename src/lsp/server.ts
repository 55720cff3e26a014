/**
 * `replybook lsp --stdio`: a language server for reply files. It lints a reply as it is opened
 * and edited and publishes the findings as diagnostics (rule id, message, a link to the rule's
 * page), and offers each finding's fix or better wording as a quick fix.
 *
 * Where the reply stands (playbook, customer, agent, locale, channel) comes from the editor's
 * settings (section "replybook", or the initialization options) and, for one file, from a
 * front-matter block at its top (./front-matter.ts), which wins. The configuration (rules,
 * plug-ins, team playbooks and phrase lists) is found from the file's folder, as the CLI finds
 * it from the working folder; `config` in the settings names a file instead.
 *
 * vscode-languageserver is loaded with this module, which only `replybook lsp` loads.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { catalogSources, loadCatalog, type Catalog } from "../catalog/load.js";
import { loadConfig } from "../config/load.js";
import type { Config } from "../config/types.js";
import { InputError } from "../core/errors.js";
import { docsBase, ruleDocsUrl } from "../lint/docs-links.js";
import { createLinter } from "../lint/engine.js";
import { customerOf } from "../lint/names.js";
import { pluginRulesFor } from "../lint/plugins.js";
import type { Rule } from "../lint/rule.js";
import { RULES } from "../lint/rules/index.js";
import type { Finding, LintContext, Linter } from "../lint/types.js";
import { readFrontMatter, type FrontMatterKey } from "./front-matter.js";

/** What the editor's settings may say (section "replybook"). */
export interface LanguageServerSettings extends Partial<Record<FrontMatterKey, string>> {
  /** A config file to use for every reply, instead of the one found from each file's folder. */
  config?: string;
}

/** What a quick fix needs, kept on the diagnostic. */
interface FindingData {
  fix?: { start: number; end: number; text: string };
  suggestion?: string;
  start: number;
  end: number;
}

interface Workspace {
  config: Config;
  catalog: Catalog;
  linter: Linter;
  rules: ReadonlyMap<string, Pick<Rule, "id" | "meta">>;
}

export interface LanguageServerOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Config search stops here (tests pin it). */
  stopDir?: string;
}

/** Starts the server on the given streams; resolves when the client asks it to exit. */
export function startLanguageServer(options: LanguageServerOptions): Promise<void> {
  const connection: Connection = createConnection(options.input, options.output);
  const documents = new TextDocuments(TextDocument);
  const workspaces = new Map<string, Promise<Workspace>>();
  let initSettings: LanguageServerSettings = {};
  let pushedSettings: LanguageServerSettings = {};
  let canPull = false;

  const workspaceFor = (file: string | undefined, settings: LanguageServerSettings): Promise<Workspace> => {
    const key = settings.config ? `config:${settings.config}` : `dir:${file ? dirname(file) : process.cwd()}`;
    let ws = workspaces.get(key);
    if (!ws) {
      ws = openWorkspace(file ? dirname(file) : process.cwd(), settings.config, options.stopDir);
      ws.catch(() => workspaces.delete(key));
      workspaces.set(key, ws);
    }
    return ws;
  };

  const settingsFor = async (uri: string): Promise<LanguageServerSettings> => {
    let pulled: LanguageServerSettings = {};
    if (canPull) {
      try {
        pulled = ((await connection.workspace.getConfiguration({ scopeUri: uri, section: "replybook" })) as LanguageServerSettings | null) ?? {};
      } catch {
        pulled = {};
      }
    }
    return { ...initSettings, ...pushedSettings, ...pulled };
  };

  const validate = async (document: TextDocument): Promise<void> => {
    // The text and version as they are now: an edit during the awaits below gets its own run.
    const text = document.getText();
    const version = document.version;
    const snapshot = TextDocument.create(document.uri, document.languageId, version, text);
    const positionAt = (offset: number) => snapshot.positionAt(offset);
    const file = document.uri.startsWith("file:") ? fileURLToPath(document.uri) : undefined;
    const settings = await settingsFor(document.uri);
    const front = readFrontMatter(text);
    const diagnostics: Diagnostic[] = front.problems.map((p) => ({
      range: { start: positionAt(p.start), end: positionAt(p.end) },
      severity: DiagnosticSeverity.Warning,
      source: "replybook",
      message: p.message,
    }));
    let ws: Workspace;
    try {
      ws = await workspaceFor(file, settings);
    } catch (error) {
      const message = error instanceof InputError ? error.format() : (error as Error).message;
      diagnostics.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: "replybook", message });
      await connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
      return;
    }
    const facts = { ...pick(settings), ...front.values };
    const context = contextOf(facts, ws.config);
    const body = text.slice(front.bodyStart);
    let findings: Finding[];
    try {
      if (context.playbookId && !ws.catalog.playbooks.some((p) => p.id === context.playbookId)) {
        throw new InputError(`unknown playbook "${context.playbookId}"; playbooks: ${[...new Set(ws.catalog.playbooks.map((p) => p.id))].join(", ")}`, { keyPath: "playbook" });
      }
      findings = ws.linter.lint(body, context).findings;
    } catch (error) {
      const message = error instanceof InputError ? error.format() : (error as Error).message;
      diagnostics.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: "replybook", message });
      findings = [];
    }
    for (const f of findings) {
      const rule = ws.rules.get(f.ruleId);
      const href = rule && ruleDocsUrl(rule, docsBase(ws.config));
      const data: FindingData = { start: front.bodyStart + f.start, end: front.bodyStart + f.end };
      if (f.fix) data.fix = { start: front.bodyStart + f.fix.start, end: front.bodyStart + f.fix.end, text: f.fix.text };
      if (f.suggestion) data.suggestion = f.suggestion;
      diagnostics.push({
        range: { start: positionAt(data.start), end: positionAt(data.end) },
        severity: f.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        source: "replybook",
        code: f.ruleId,
        ...(href && { codeDescription: { href } }),
        message: f.suggestion ? `${f.message} (try: ${f.suggestion})` : f.message,
        data,
      });
    }
    await connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
  };

  // Edits come faster than linting matters: one run per document at a time, the latest text wins.
  const running = new Map<string, Promise<void>>();
  const pending = new Set<string>();
  const schedule = (uri: string): void => {
    if (running.has(uri)) {
      pending.add(uri);
      return;
    }
    const run = (async () => {
      do {
        pending.delete(uri);
        const document = documents.get(uri);
        if (!document) return;
        try {
          await validate(document);
        } catch (error) {
          connection.console.error(`replybook: ${(error as Error).message}`);
        }
      } while (pending.has(uri));
    })().finally(() => running.delete(uri));
    running.set(uri, run);
  };

  connection.onInitialize((params): InitializeResult => {
    initSettings = pick(params.initializationOptions as LanguageServerSettings | undefined);
    canPull = Boolean(params.capabilities.workspace?.configuration);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: "replybook" },
    };
  });
  connection.onInitialized(() => {
    if (canPull) void connection.client.register(DidChangeConfigurationNotification.type, { section: "replybook" }).catch(() => undefined);
  });
  connection.onDidChangeConfiguration((change) => {
    const settings = (change.settings as { replybook?: LanguageServerSettings } | null)?.replybook;
    pushedSettings = pick(settings);
    workspaces.clear();
    for (const document of documents.all()) schedule(document.uri);
  });
  documents.onDidOpen((e) => schedule(e.document.uri));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== "replybook" || !diagnostic.data) continue;
      const data = diagnostic.data as FindingData;
      const edit = data.fix ?? (data.suggestion !== undefined ? { start: data.start, end: data.end, text: data.suggestion } : undefined);
      if (!edit) continue;
      const title = data.fix ? `Fix: ${edit.start === edit.end ? `insert "${edit.text}"` : `replace with "${edit.text}"`}` : edit.start === edit.end ? `Insert "${edit.text}"` : `Replace with "${edit.text}"`;
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: Boolean(data.fix),
        edit: { changes: { [document.uri]: [{ range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.text }] } },
      });
    }
    return actions;
  });

  documents.listen(connection);
  return new Promise((resolve) => {
    connection.onExit(() => resolve());
    connection.listen();
  });
}

/** The settings' known keys with string values (editors send whatever the user typed). */
function pick(settings: LanguageServerSettings | undefined | null): LanguageServerSettings {
  const out: LanguageServerSettings = {};
  if (!settings || typeof settings !== "object") return out;
  for (const key of ["playbook", "customer", "handle", "title", "agent", "locale", "channel", "config"] as const) {
    const value = settings[key];
    if (typeof value === "string" && value.trim()) out[key] = value.trim();
  }
  return out;
}

function contextOf(facts: LanguageServerSettings, config: Config): LintContext {
  const context: LintContext = {};
  if (facts.playbook) context.playbookId = facts.playbook;
  const customerName = facts.customer?.startsWith("@") ? undefined : facts.customer;
  const handle = facts.handle ?? (facts.customer?.startsWith("@") ? facts.customer : undefined);
  const customer = customerOf(customerName, handle, facts.title);
  if (customer) context.customer = customer;
  const agent = facts.agent ?? config.agent?.name;
  if (agent) context.agent = agent;
  if (!facts.agent && config.agent?.initials) context.agentInitials = config.agent.initials;
  if (facts.locale) context.locale = facts.locale;
  const channel = facts.channel ?? config.channel;
  if (channel) context.channel = channel;
  return context;
}

async function openWorkspace(cwd: string, configFile: string | undefined, stopDir: string | undefined): Promise<Workspace> {
  const config = await loadConfig({ cwd, ...(configFile && { configFile }), ...(stopDir && { stopDir }) });
  const loaded = await loadCatalog(catalogSources(config));
  if (!loaded.ok) throw loaded.errors[0]!;
  const catalog = loaded.value;
  const plugins = await pluginRulesFor(config);
  const linter = createLinter({ phrases: catalog.phrases, playbooks: catalog.playbooks, rules: config.rules, fallbackLocale: config.locale, ...(plugins && { plugins }) });
  return { config, catalog, linter, rules: plugins ? new Map<string, Pick<Rule, "id" | "meta">>([...RULES, ...plugins]) : RULES };
}
