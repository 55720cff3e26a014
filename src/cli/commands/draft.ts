/**
 * `replybook draft`: from a complaint to a personal, named reply (the README's first
 * command). This module parses options, loads what the core needs, picks the interactive
 * or the prompt-free path, prints and returns an exit code; the flow itself is src/draft/.
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import type { Catalog } from "../../catalog/load.js";
import type { Config } from "../../config/types.js";
import { InputError, UsageError } from "../../core/errors.js";
import { EXIT } from "../../core/exit-codes.js";
import type { DraftOutcome } from "../../draft/outcome.js";
import type { DraftState } from "../../draft/state.js";
import type { FlowContext } from "../../draft/flow.js";
import type { Linter } from "../../lint/types.js";
import type { Playbook } from "../../playbook/types.js";
import type { AgentInfo } from "../../reply/context.js";
import type { CommandContext } from "../context.js";
import { wantsColor } from "../io.js";

interface DraftOptions {
  complaintFile?: string;
  platform?: string;
  channel?: string;
  posted?: string;
  playbook?: string;
  locale?: string;
  customer?: string;
  handle?: string;
  agent?: string;
  answers?: string;
  set?: string[];
  commit?: string[];
  remedy?: string[];
  example?: boolean;
  variant?: string;
  interactive: boolean;
  plain?: boolean;
  resume?: boolean;
  retry?: boolean;
  json?: boolean;
  out?: string;
  copy?: boolean;
  record?: boolean;
  evidence?: string;
  case?: string;
  acknowledge?: boolean;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("draft")
    .description("walk through a complaint, step by step, to a personal, named reply")
    .option("--complaint-file <file>", 'the complaint, from a file ("-" reads stdin); piped text is read too')
    .option("--platform <name>", "where it was posted: x, facebook, instagram, email, review-site...")
    .option("--channel <name>", "same as --platform")
    .option("--posted <when>", 'when it was posted: "3h ago", "2 days ago" or a time (2025-05-02T14:30)')
    .option("-p, --playbook <id>", "use this playbook instead of suggesting one from the complaint")
    .option("--locale <code>", "the playbook's language: en, it (default: the config's)")
    .option("--customer <name>", "the customer's name")
    .option("--handle <handle>", "the customer's @handle")
    .option("--agent <name>", "your name, to sign the reply (default: agent.name in the config)")
    .option("--answers <file>", "answers from a YAML or JSON file (step-id: value, or answers/customer/commitments)")
    .option("--set <key=value>", "answer one step (repeatable): --set order-number=A-10293", collect)
    .option("--commit <id=time>", "promise a commitment within a time frame, or none (repeatable): --commit callback=24h", collect)
    .option("--remedy <id>", "offer a remedy the playbook allows without approval (repeatable)", collect)
    .option("--example", "start from the playbook's example answers (other flags override them)")
    .option("--variant <name>", "which public template: its name or number (default: the first)")
    .option("--no-interactive", "ask nothing: render, lint and print (exit 2 names what is missing)")
    .option("--plain", "numbered questions, one answer per line, no cursor movement (screen readers, logs)")
    .option("--resume", "continue the unfinished draft where it stopped")
    .option("--retry", "reopen the last finished draft with its answers, for another go")
    .option("--json", "print the outcome as JSON: reply, followUp, playbook, answers, commitments, findings...")
    .option("--out <file>", "write the output to a file instead of stdout")
    .option("--copy", "also copy the reply to the system clipboard")
    .option("--record", "record the reply in the case log (default for interactive drafts; see config record)")
    .option("--no-record", "do not record the reply in the case log")
    .option("--evidence <path|url>", "screenshot of the post, kept with the case (P11)")
    .option("--case <id>", "answer this complaint from the inbox (replybook next gives one): its words, customer, platform and playbook; the reply is recorded as that case")
    .option("--acknowledge", "with --case, outside working hours: print and record the honest acknowledgement instead (the full reply stays due)")
    .addHelpText(
      "after",
      `
Paste the complaint (end with an empty line or Ctrl-D), confirm the playbook,
go through its checklist and questions, choose what to promise, then review the
reply and its findings: accept, edit, try another template or change the
answers. Progress is saved after every answer: after Ctrl-C or a closed
terminal, 'replybook draft --resume' continues where it stopped.

Examples:
  $ replybook draft
  $ replybook draft --complaint-file post.txt --platform x --posted "3h ago"
  $ replybook draft --plain --locale it
  $ replybook draft --no-interactive --example -p parcel-damaged \\
      --customer "Laura Bianchi" --agent Dario
  $ replybook draft --no-interactive -p parcel-lost --answers answers.yaml \\
      --set tracking-status=stuck --json
  $ replybook draft --case 42 --no-interactive --set order-number=A-1 --commit callback=24h

Exit codes: 0 the reply is ready; 1 it has error-level findings (or was
accepted with an override); 2 missing answers, bad input, or interrupted
(the draft is saved). Docs: docs/draft.md`,
    )
    .action(async (opts: DraftOptions) => {
      ctx.exitCode = await draftCommand(opts, ctx);
    });
}

async function draftCommand(opts: DraftOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  if (opts.resume && opts.retry) throw new UsageError("--resume and --retry do not go together: --resume continues an unfinished draft, --retry reopens the last finished one");
  if (opts.platform && opts.channel && opts.platform !== opts.channel) throw new UsageError("--platform and --channel are the same option; give one");
  const [config, catalog] = await Promise.all([ctx.config(), ctx.catalog()]);
  const [{ newDraftState, retryState }, { DraftSessionStore }, { resolveDataDir }, { messagesFor }, { routeComplaint, routeMessage }] = await Promise.all([
    import("../../draft/state.js"),
    import("../../draft/session.js"),
    import("../../store/paths.js"),
    import("../../draft/messages.js"),
    import("../../route/route.js"),
  ]);
  const locales = [...new Set(catalog.playbooks.map((p) => p.locale))].sort();
  if (opts.locale && !locales.includes(opts.locale)) throw new UsageError(`--locale ${opts.locale}: no playbooks in that language; there are: ${locales.join(", ")}`);
  const now = () => new Date();
  const sessions = new DraftSessionStore(resolveDataDir(config, io.env));
  const interactive = opts.interactive !== false && Boolean(io.stdin.isTTY);

  let state: DraftState;
  let resumedFrom: "current" | "last" | undefined;
  if (opts.resume) {
    const saved = sessions.loadCurrent();
    if (!saved) throw new InputError(messagesFor(opts.locale ?? config.locale).nothingToResume);
    state = saved;
    resumedFrom = "current";
  } else if (opts.retry) {
    const last = sessions.loadLast();
    if (!last) throw new InputError(messagesFor(opts.locale ?? config.locale).nothingToRetry);
    state = retryState(last, now());
    resumedFrom = "last";
  } else state = newDraftState({ locale: opts.locale ?? config.locale, now: now() });

  const [{ readComplaint }, { inputsFromFlags, playbookFor, withInputs: applyFlags, withPlaybook, routeWithoutPrompts, findPlaybookIn }] = await Promise.all([
    import("../../draft/complaint-input.js"),
    import("../../draft/start.js"),
  ]);
  const inboxCase = opts.case === undefined ? undefined : await complaintForCase(opts, ctx, config);
  if (opts.acknowledge) {
    if (!inboxCase) throw new UsageError("--acknowledge goes with --case <id>: the complaint to acknowledge");
    return acknowledgeCase(inboxCase.item, ctx, config, catalog.playbooks);
  }
  const team = inboxCase?.team ?? (config.agents?.length ? (await import("../team.js")).teamOf(config) : []);
  const inputs = await inputsFromFlags(
    opts,
    () => (inboxCase ? Promise.resolve(inboxCase.item.text) : readComplaint(opts.complaintFile, io.stdin, !interactive && !resumedFrom)),
    config.agent?.name,
  );
  if (inboxCase) {
    const { item } = inboxCase;
    // The inbox's customer is who the case is for: flags override it whole, never in part.
    if (!inputs.customer?.name && !inputs.customer?.handle && (item.customer.name || item.customer.handle)) inputs.customer = { ...item.customer };
    if (!inputs.platform && item.platform) inputs.platform = item.platform;
    if (!inputs.posted && item.postedAt) inputs.posted = item.postedAt;
  }
  const flow: FlowContext = {
    playbooks: catalog.playbooks,
    route: routeComplaint,
    kindOf: (text, playbooks, options) => routeMessage(text, playbooks, options).kind,
    now: now(),
    ...(opts.locale && { routeLocale: opts.locale }),
    ...(config.channel && { defaultPlatform: config.channel }),
  };

  let playbook = opts.playbook ? playbookFor(catalog.playbooks, opts.playbook, opts.locale, config.locale) : undefined;
  if (!playbook && inboxCase?.item.playbook) playbook = findPlaybookIn(catalog.playbooks, inboxCase.item.playbook, inboxCase.item.locale);
  if (playbook) state = withPlaybook(state, playbook, { playbooks: catalog.playbooks, now: now() });

  const { findAgent, agentInfoFor } = await import("../../team/agents.js");
  const agentFor = (name: string): AgentInfo => {
    const member = team.length ? findAgent(team, name) : undefined;
    if (member) return { ...(config.agent && config.agent.name === member.name ? config.agent : {}), ...agentInfoFor(member) };
    return config.agent && config.agent.name === name ? config.agent : { name };
  };
  if (inboxCase) {
    // An agent named by first name or initials is recorded by the full name the team knows.
    const member = inputs.agent && team.length ? findAgent(team, inputs.agent) : undefined;
    if (member) inputs.agent = member.name;
    const note = await outOfHoursNote(inboxCase.item, team, inputs.agent, catalog.playbooks);
    if (note) io.stderr.write(`${note}\n`);
  }
  const earlierCases = (s: DraftState) => earlierCasesNote(s, config, io.env);
  const withInputs = (s: DraftState, pb: Playbook | undefined): DraftState => applyFlags(s, pb, { inputs, example: Boolean(opts.example), variant: opts.variant, interactive, now: now() });
  const parts = { opts, ctx, config, catalog, flow, agentFor, earlierCases, sessions, resumedFrom, ...(inboxCase && { complaintId: inboxCase.item.id }) };

  if (!interactive) {
    if (!playbook && !state.playbook) {
      const routed = routeWithoutPrompts(state, inputs.complaint ?? state.complaint, flow);
      if (routed) {
        // An inbox complaint that needs no reply can leave the queue without one.
        const close = inboxCase && !("playbook" in routed) ? `; or, if it needs no reply, close it: replybook inbox close ${inboxCase.item.id} --reason praise` : "";
        io.stderr.write(`${routed.note}${close}\n`);
        if ("playbook" in routed) ({ state, playbook } = routed);
      }
    }
    playbook ??= state.playbook ? findPlaybookIn(catalog.playbooks, state.playbook.id, state.playbook.locale) : undefined;
    state = withInputs(state, playbook);
    return draftWithoutPrompts(state, { ...parts, interactiveWanted: opts.interactive !== false });
  }

  state = withInputs(state, playbook);
  return draftWithPrompts(state, { ...parts, onPlaybook: (s) => withInputs(s, s.playbook && findPlaybookIn(catalog.playbooks, s.playbook.id, s.playbook.locale)) });
}

interface RunParts {
  opts: DraftOptions;
  ctx: CommandContext;
  config: Config;
  catalog: Catalog;
  flow: FlowContext;
  agentFor(name: string): AgentInfo;
  earlierCases(state: DraftState): Promise<string | undefined>;
  sessions: import("../../draft/session.js").DraftSessionStore;
  resumedFrom: "current" | "last" | undefined;
  /** Answering this inbox complaint: the reply is recorded as its case. */
  complaintId?: number;
}

async function draftWithoutPrompts(initial: DraftState, parts: RunParts & { interactiveWanted: boolean }): Promise<number> {
  const { opts, ctx, catalog, config } = parts;
  const { io } = ctx;
  const { draftHeadless } = await import("../../draft/headless.js");
  const done = await draftHeadless(initial, {
    flow: parts.flow,
    catalog,
    linter: () => createDraftLinter(catalog, config),
    brand: config.brand,
    agentFor: parts.agentFor,
    variantGiven: Boolean(opts.variant),
    evidence: opts.evidence,
    now: new Date(),
  });
  if ("missing" in done) {
    const lines = [`replybook: cannot draft the reply: ${done.missing.length === 1 ? "this answer is" : "these answers are"} missing:`];
    for (const m of done.missing) lines.push(`  - ${m.what}: give it with ${m.how}`);
    if (!io.stdin.isTTY && parts.interactiveWanted) lines.push("stdin is not a terminal, so replybook cannot ask for them: give them as options, or run 'replybook draft' in a terminal.");
    io.stderr.write(`${lines.join("\n")}\n`);
    return EXIT.input;
  }
  const { state, playbook, draft, lint, outcome } = done;
  if (done.variantNote) io.stderr.write(`${done.variantNote}\n`);
  if (!opts.json && lint.findings.length) {
    const { formatFindings } = await import("../../draft/format.js");
    io.stderr.write(`${formatFindings(lint.findings, draft.reply, playbook.locale, io.stderr.columns ?? 80)}\n`);
  }
  const earlier = opts.json ? undefined : await parts.earlierCases(state);
  if (earlier) io.stderr.write(`${earlier}\n`);
  if (done.waitNote && !opts.json) io.stderr.write(`${done.waitNote}\n`);
  parts.sessions.finish(state, { clearCurrent: parts.resumedFrom === "current" });
  await deliver(outcome, playbook, parts, opts.record === true);
  return lint.errorCount > 0 ? EXIT.findings : EXIT.ok;
}

async function draftWithPrompts(initial: DraftState, parts: RunParts & { onPlaybook(s: DraftState): DraftState }): Promise<number> {
  const { opts, ctx, catalog, config, sessions } = parts;
  const { io } = ctx;
  const color = ctx.globals().color !== false && wantsColor(io, "stderr");
  // Inquirer's colours read the environment once, at import.
  if (!color && process.env.NO_COLOR === undefined) process.env.NO_COLOR = "1";
  const [{ createPrompter, isPromptInterrupted }, { runInteractiveDraft }, { messagesFor }, { editorCommand }, { formatSummary }, { timeAgo }] = await Promise.all([
    import("../../prompts/index.js"),
    import("../../draft/interactive.js"),
    import("../../draft/messages.js"),
    import("../../prompts/editor.js"),
    import("../../draft/format.js"),
    import("../../draft/timing.js"),
  ]);
  const controller = new AbortController();
  const signals: Array<[NodeJS.Signals, string]> = [
    ["SIGINT", "interrupt"],
    ["SIGTERM", "terminated"],
    ["SIGHUP", "hangup"],
  ];
  const handlers = signals.map(([sig, reason]) => {
    const handler = () => controller.abort(reason);
    process.on(sig, handler);
    return [sig, handler] as const;
  });
  // A closed terminal turns writes into EIO errors; the draft is saved, so they are ignored.
  const ignore = () => {};
  io.stderr.on?.("error", ignore);
  io.stdout.on?.("error", ignore);
  const plain = Boolean(opts.plain) || !io.stderr.isTTY || io.env.TERM === "dumb";
  const prompter = await createPrompter({ plain, input: io.stdin, output: io.stderr, env: io.env, locale: initial.locale, signal: controller.signal });
  let state = initial;
  let saved = false;
  const m = () => messagesFor(state.locale);
  const save = (s: DraftState) => {
    state = s;
    sessions.saveCurrent(s);
    saved = true;
  };
  try {
    if (parts.resumedFrom === "current") prompter.note(m().resumed(timeAgo(state.updatedAt, state.locale)));
    else if (!parts.resumedFrom) {
      const unfinished = sessions.loadCurrent();
      if (unfinished) {
        const what = [unfinished.playbook?.id, unfinished.customer?.name ?? unfinished.customer?.handle].filter(Boolean).join(", ");
        const resume = await prompter.confirm({ key: "resume-unfinished", message: m().unfinished(timeAgo(unfinished.updatedAt, state.locale), what), default: true });
        if (resume) state = unfinished;
      }
    }
    // What the flags already answered is kept from the start.
    if (state.settled.some((k) => k !== "agent") || parts.resumedFrom) save(state);
    const linter = await createDraftLinter(catalog, config);
    const result = await runInteractiveDraft(state, {
      prompter,
      flow: parts.flow,
      catalog,
      linter,
      agentFor: parts.agentFor,
      earlierCases: parts.earlierCases,
      followComplaintLanguage: opts.locale === undefined,
      brand: config.brand,
      onPlaybook: parts.onPlaybook,
      save,
      now: () => new Date(),
      width: Math.min(io.stderr.columns ?? 80, 100),
      plain,
      editorName: editorCommand(io.env),
      ...(color && { style: await colorStyle() }),
    });
    state = result.state;
    sessions.finish(state, { clearCurrent: true });
    const playbook = catalog.playbooks.find((p) => p.id === result.outcome.playbook && p.locale === result.outcome.locale)!;
    prompter.note(`\n${formatSummary(result.outcome, playbook, Math.min(io.stderr.columns ?? 80, 100))}\n`);
    prompter.close();
    const outcome = opts.evidence ? { ...result.outcome, evidence: opts.evidence } : result.outcome;
    await deliver(outcome, playbook, parts, opts.record ?? config.record);
    return result.outcome.override ? EXIT.findings : EXIT.ok;
  } catch (error) {
    if (!isPromptInterrupted(error)) throw error;
    prompter.close();
    try {
      io.stderr.write(`\n${saved ? m().saved("replybook draft --resume") : m().nothingSaved}\n`);
    } catch {
      // the terminal is gone; the session file has everything
    }
    return EXIT.input;
  } finally {
    for (const [sig, handler] of handlers) process.off(sig, handler);
    if (!io.stdin.isTTY || controller.signal.aborted) io.stdin.pause?.();
  }
}

/**
 * Earlier cases of this customer and who handled them (P15). Only when a case log exists:
 * looking a customer up never creates one, and a log that cannot be read never stops a draft.
 */
async function earlierCasesNote(state: DraftState, config: Config, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const customer = state.customer;
  if (!customer?.name && !customer?.handle) return undefined;
  const { caseLogTarget } = await import("../../store/target.js");
  try {
    const target = caseLogTarget(config, env);
    if (target.kind === "sqlite" && !existsSync(target.file)) return undefined;
    const [{ earlierCasesFor }, { formatEarlierCases }] = await Promise.all([import("../../draft/record.js"), import("../../report/cases.js")]);
    const earlier = await earlierCasesFor({ ...(customer.handle && { handle: customer.handle }), ...(customer.name && { name: customer.name }) }, { config, env });
    return earlier.total ? formatEarlierCases(earlier, state.locale) : undefined;
  } catch {
    return undefined;
  }
}

/** Prints (or writes) the outcome, copies it, records it. */
async function deliver(outcome: DraftOutcome, playbook: Playbook, parts: RunParts, record: boolean): Promise<void> {
  const { opts, ctx, config } = parts;
  const { io } = ctx;
  const { formatOutput } = await import("../../draft/format.js");
  const { messagesFor } = await import("../../draft/messages.js");
  const m = messagesFor(outcome.locale);
  const text = opts.json ? `${JSON.stringify(outcome, null, 2)}\n` : formatOutput(outcome);
  if (opts.out) {
    try {
      await writeFile(opts.out, text, { mode: 0o600 });
    } catch (error) {
      throw new InputError(`cannot write the output (${(error as NodeJS.ErrnoException).code ?? error})`, { file: opts.out });
    }
    io.stderr.write(`${m.wroteFile(opts.out)}\n`);
  } else io.stdout.write(text);
  if (opts.copy) {
    const { findClipboardTool, copyWith, ALL_TOOL_NAMES } = await import("../../draft/clipboard.js");
    const tool = findClipboardTool(io.env);
    if (!tool) io.stderr.write(`${m.noClipboard(ALL_TOOL_NAMES)}\n`);
    else
      await copyWith(tool, outcome.reply, io.env).then(
        () => void io.stderr.write(`${m.copied(tool.name)}\n`),
        (error: Error) => void io.stderr.write(`${m.copyFailed(tool.name, error.message)}\n`),
      );
  }
  if (record || parts.complaintId !== undefined) {
    const { recordDraftOutcome } = await import("../../draft/record.js");
    let id: Awaited<ReturnType<typeof recordDraftOutcome>>;
    try {
      id = await recordDraftOutcome(outcome, { config, env: io.env, playbook, ...(opts.evidence && { evidence: opts.evidence }), ...(parts.complaintId !== undefined && { complaintId: parts.complaintId }) });
    } catch (error) {
      // The reply is already out: say so, so that nobody writes it again, and how to record it.
      io.stderr.write(`${m.notRecorded}\n`);
      throw error;
    }
    io.stderr.write(`${m.recorded(String(id))}\n`);
  }
}

async function createDraftLinter(catalog: Catalog, config: Config): Promise<Linter> {
  const [{ createLinter }, { pluginRulesFor }] = await Promise.all([import("../../lint/engine.js"), import("../../lint/plugins.js")]);
  const plugins = await pluginRulesFor(config);
  return createLinter({ phrases: catalog.phrases, playbooks: catalog.playbooks, rules: config.rules, ...(plugins && { plugins }) });
}

async function colorStyle(): Promise<import("../../draft/format.js").Style> {
  const { default: chalk } = await import("chalk");
  return { error: (t) => chalk.red(t), warn: (t) => chalk.yellow(t), dim: (t) => chalk.dim(t), bold: (t) => chalk.bold(t) };
}

/** `--case <id>`: the inbox complaint, checked to be waiting; the flags that would contradict it are refused. */
async function complaintForCase(opts: DraftOptions, ctx: CommandContext, config: Config) {
  if (opts.resume || opts.retry) throw new UsageError("--case starts a new draft for an inbox complaint: leave out --resume and --retry");
  if (opts.complaintFile) throw new UsageError("--case takes the complaint from the inbox: leave out --complaint-file");
  const [{ parseCaseId }, { withCaseStore }, { teamOf }] = await Promise.all([import("../../store/options.js"), import("../../store/open.js"), import("../team.js")]);
  const id = parseCaseId(opts.case!);
  const item = await withCaseStore(config, ctx.io.env, (store) => store.getComplaint(id));
  if (!item) throw new InputError(`no complaint ${id} in the inbox (list them with: replybook inbox)`);
  if (item.status === "closed") throw new InputError(`complaint ${id} was closed without a reply (${item.closed?.reason})${item.closed?.by ? ` by ${item.closed.by}` : ""}`);
  if (item.status === "answered") throw new InputError(`complaint ${id} was already answered${item.answeredAt ? ` at ${item.answeredAt}` : ""} (see: replybook case ${id})`);
  return { item, team: teamOf(config) };
}

/** Outside working hours (the team's, or the agent's own): the acknowledgement on offer, in one note. */
async function outOfHoursNote(
  item: import("../../store/types.js").InboxItem,
  team: import("../../team/agents.js").TeamAgent[],
  agentName: string | undefined,
  playbooks: Catalog["playbooks"],
): Promise<string | undefined> {
  if (!team.some((a) => a.hours) || item.acknowledgement) return undefined;
  const [{ outOfHours, acknowledgementFor }, { findAgent, isWorking }] = await Promise.all([import("../../inbox/acknowledge.js"), import("../../team/agents.js")]);
  const now = new Date();
  const me = agentName ? findAgent(team, agentName) : undefined;
  if (!outOfHours(team, now) && !(me && !isWorking(me, now))) return undefined;
  const ack = acknowledgementFor(item, { team, now, playbooks });
  if (!ack) return undefined;
  return `replybook: outside working hours. The honest acknowledgement to send until the full reply:\n  ${ack.text}\nRecord it with: replybook draft --case ${item.id} --acknowledge (the full reply stays due)`;
}

/** `draft --case <id> --acknowledge`: print the acknowledgement and record it; the complaint stays waiting. */
async function acknowledgeCase(item: import("../../store/types.js").InboxItem, ctx: CommandContext, config: Config, playbooks: Catalog["playbooks"]): Promise<number> {
  const [{ teamOf }, { acknowledgementFor }, { withCaseStore }] = await Promise.all([import("../team.js"), import("../../inbox/acknowledge.js"), import("../../store/open.js")]);
  const team = teamOf(config);
  if (!team.some((a) => a.hours)) throw new UsageError("no working hours in the config: give the agents hours (agents[].hours) to know when the team is back");
  const now = new Date();
  const ack = acknowledgementFor(item, { team, now, playbooks });
  if (!ack) throw new InputError("nobody on the team has working hours in the next eight days: there is no honest time to give");
  const saved = await withCaseStore(config, ctx.io.env, (store) => store.acknowledgeComplaint(item.id, { at: now.toISOString(), by: ack.answerer, text: ack.text }));
  if (!saved.ok) throw saved.errors[0]!;
  ctx.io.stdout.write(`${ack.text}\n`);
  ctx.io.stderr.write(`replybook: acknowledgement recorded for #${item.id}; the full reply stays due (replybook inbox)\n`);
  return EXIT.ok;
}
