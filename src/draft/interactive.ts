/**
 * The draft flow with a person: each question from the flow engine becomes a prompt, the
 * state is saved after every answer, then the reply is rendered, linted at once and
 * reviewed (accept, edit, another template, change the answers), re-linted after every
 * change. Talks to the person only through a {@link Prompter}, so tests inject answers.
 *
 * A {@link PromptInterrupted} (Ctrl-C, closed terminal) propagates to the shell once the
 * state is saved; nothing answered is lost.
 */
import type { Linter } from "../lint/types.js";
import type { Playbook } from "../playbook/types.js";
import type { Prompter } from "../prompts/types.js";
import type { AgentInfo } from "../reply/context.js";
import { formatDuration, parseDuration, parsePostedAt } from "../text/duration.js";
import type { DraftOutcome } from "./outcome.js";
import { applyAnswer, chosenPlaybook, nextQuestion, sameDuration, type FlowContext, type FlowQuestion } from "./flow.js";
import { formatReview, wrapText, wrapWithOffsets, type Style } from "./format.js";
import { messagesFor, type DraftMessages } from "./messages.js";
import { buildOutcome, errorFindings, lintDraft, renderDraft, variantNames, type RenderedDraft, type TemplateSource } from "./render.js";
import { reopenAnswers, type DraftState } from "./state.js";
import { describeWait, waitStatus } from "./timing.js";
import { checkAnswer } from "../playbook/load.js";
import { detectLocale } from "../lint/locale.js";
import { tokenize } from "../text/tokens.js";
import { GENERAL_PLAYBOOK } from "../route/route.js";

export interface InteractiveDeps {
  prompter: Prompter;
  flow: FlowContext;
  catalog: TemplateSource;
  linter: Linter;
  /** The agent for a name: the configured one (initials, signature) when it is theirs. */
  agentFor(name: string): AgentInfo;
  brand: string;
  /** Called when a playbook is chosen: the flags' and the example's answers for it go in. */
  onPlaybook?(state: DraftState): DraftState;
  /** No --locale was given: the prompts switch to the complaint's language (en or it) once it is pasted. */
  followComplaintLanguage?: boolean;
  /** A note on the customer's earlier cases and who handled them (P15), once the customer is known. */
  earlierCases?(state: DraftState): Promise<string | undefined>;
  /** Called after every answer and every change to the reply. */
  save(state: DraftState): void;
  now(): Date;
  width: number;
  plain: boolean;
  /** The editor's name, for the menu ("vim"). */
  editorName: string;
  style?: Style;
}

export interface InteractiveResult {
  state: DraftState;
  outcome: DraftOutcome;
  draft: RenderedDraft;
}

export async function runInteractiveDraft(initial: DraftState, deps: InteractiveDeps): Promise<InteractiveResult> {
  let state = initial;
  const { prompter } = deps;
  prompter.setLocale(state.locale);
  let announced = false;
  for (;;) {
    const q = nextQuestion(state, { ...deps.flow, now: deps.now() });
    // Once past the playbook (chosen now, given with --playbook, or resumed): say which, and how late it is.
    if (!announced && (!q || !BEFORE_PLAYBOOK.has(q.kind))) {
      announcePlaybook(state, deps);
      announced = true;
    }
    if (q) {
      const value = await ask(q, state, deps);
      state = applyAnswer(state, q, value, { playbooks: deps.flow.playbooks, now: deps.now() });
      if (q.kind === "complaint" && deps.followComplaintLanguage) state = inComplaintLanguage(state, prompter);
      if (q.kind === "playbook" && deps.onPlaybook) state = deps.onPlaybook(state);
      deps.save(state);
      if (q.kind === "customer" && deps.earlierCases) {
        const note = await deps.earlierCases(state);
        if (note) prompter.note(wrapText(note, deps.width));
      }
      continue;
    }
    const reviewed = await review(state, deps);
    state = reviewed.state;
    deps.save(state);
    if (reviewed.done) return reviewed.done;
  }
}

const PROMPT_LOCALES = new Set(["en", "it", "el"]);

/** An Italian or Greek complaint gets prompts in its language from the next question on, not only once a playbook is chosen. */
function inComplaintLanguage(state: DraftState, prompter: Prompter): DraftState {
  if (!state.complaint) return state;
  const detected = detectLocale(tokenize(state.complaint), state.locale);
  if (detected === state.locale || !PROMPT_LOCALES.has(detected)) return state;
  prompter.setLocale(detected);
  return { ...state, locale: detected };
}

const BEFORE_PLAYBOOK = new Set<FlowQuestion["kind"]>(["complaint", "platform", "posted", "playbook"]);

function announcePlaybook(state: DraftState, deps: InteractiveDeps): void {
  const pb = chosenPlaybook(state, deps.flow.playbooks);
  if (!pb) return;
  deps.prompter.setLocale(pb.locale);
  const m = messagesFor(pb.locale);
  deps.prompter.note(`\n${wrapText(m.playbookChosen(pb.title, pb.id, pb.locale), deps.width)}`);
  const wait = waitNote(state, pb, deps.now());
  if (wait) deps.prompter.note(wrapText(wait, deps.width));
}

export function waitNote(state: DraftState, playbook: Playbook, now: Date): string | undefined {
  if (!state.postedAt) return undefined;
  return describeWait(waitStatus(new Date(state.postedAt), now, playbook.respondWithin), playbook.respondWithin, playbook.locale).join("\n");
}

async function ask(q: FlowQuestion, state: DraftState, deps: InteractiveDeps): Promise<unknown> {
  const { prompter } = deps;
  const m = messagesFor(state.locale);
  switch (q.kind) {
    case "complaint":
      return prompter.multiline({ key: q.key, message: m.complaint, hint: m.complaintHint, endOnEmptyLine: true, ...(q.default !== undefined && { default: q.default }) });
    case "platform": {
      const choices = q.choices.map((p) => ({ value: p, name: m.platformNames[p] ?? p }));
      if (q.default && !q.choices.includes(q.default)) choices.unshift({ value: q.default, name: q.default });
      return prompter.select({ key: q.key, message: m.platform, choices, ...(q.default && { default: q.default }) });
    }
    case "posted": {
      const now = deps.now();
      const text = await prompter.input({
        key: q.key,
        message: m.posted,
        help: m.postedHelp,
        ...(q.default && { default: q.default }),
        validate: (v) => (v.trim() === "" || parsePostedAt(v, now) ? undefined : m.postedInvalid),
      });
      return text.trim() ? parsePostedAt(text, now)!.toISOString() : undefined;
    }
    case "playbook":
      return askPlaybook(q, m, deps, Boolean(state.complaint), state.locale);
    case "checklist":
      if (q.index === 0) prompter.note(`\n${wrapText(m.checklistIntro(q.total), deps.width)}`);
      return prompter.confirm({ key: q.key, message: m.checklistItem(q.item.text), default: true });
    case "customer":
      return prompter.input({
        key: q.key,
        message: m.customer,
        ...(q.guess && { help: m.customerGuessed(q.guess.from) }),
        ...(q.default && { default: q.default }),
        validate: (v) => (v.trim() || state.customer?.handle ? undefined : m.customerNeeded),
      });
    case "agent":
      return prompter.input({ key: q.key, message: m.agent, help: m.agentHelp, ...(q.default && { default: q.default }), validate: (v) => (v.trim() ? undefined : m.agentNeeded) });
    case "step":
      return askStep(q, m, deps);
    case "commitment": {
      const locale = state.locale;
      const choices = q.options.map((d) => ({
        value: d.text,
        name: `${m.within(formatDuration(d, locale))}${d.minutes === q.commitment.earliest.minutes ? ` ${m.earliestMark}` : ""}`,
      }));
      choices.push({ value: "none", name: m.noPromise });
      const def = q.default ? (q.options.find((d) => sameDuration(d, q.default!))?.text ?? q.options[0]?.text) : "none";
      const picked = await prompter.select({
        key: q.key,
        message: m.commitment(q.commitment.label),
        help: m.commitmentHelp(formatDuration(q.commitment.earliest, locale)),
        choices,
        ...(def && { default: def }),
      });
      return picked === "none" ? null : (q.options.find((d) => d.text === picked) ?? parseDuration(picked) ?? null);
    }
    case "remedies": {
      if (q.notAllowed.length) prompter.note(wrapText(m.remediesNotAllowed(q.notAllowed.map((r) => r.label).join(", ")), deps.width));
      if (!q.allowed.length) return [];
      return prompter.checkbox({ key: q.key, message: m.remedies, choices: q.allowed.map((r) => ({ value: r.id, name: r.label, checked: q.default.includes(r.id) })) });
    }
  }
}

async function askPlaybook(q: Extract<FlowQuestion, { kind: "playbook" }>, m: DraftMessages, deps: InteractiveDeps, hasComplaint: boolean, locale: string): Promise<string> {
  const { prompter } = deps;
  const titleOf = (id: string, locale: string) => deps.flow.playbooks.find((p) => p.id === id && p.locale === locale)?.title ?? id;
  const top = q.suggestions[0];
  if (q.default) {
    const [locale, id] = q.default.split("/") as [string, string];
    if (await prompter.confirm({ key: "playbook-confirm", message: m.routeConfirm(titleOf(id, locale), id), default: true })) return q.default;
  } else if (q.praise) {
    prompter.note(wrapText(m.routePraise, deps.width));
  } else if (top) {
    const matched = top.matched.map((w) => `"${w}"`).join(", ");
    const others = q.suggestions.slice(1).filter((s) => s.id !== GENERAL_PLAYBOOK);
    if (others.length) prompter.note(wrapText(m.routeOthers(others.map((s) => s.id)), deps.width));
    const title = top.title ?? titleOf(top.id, top.locale);
    const message = top.id === GENERAL_PLAYBOOK && q.suggestions.length === 1 ? m.routeGeneral(title) : m.routeConfirm(title, matched);
    if (await prompter.confirm({ key: "playbook-confirm", message, default: true })) return `${top.locale}/${top.id}`;
  } else if (hasComplaint) prompter.note(wrapText(m.noRoute, deps.width));
  // Suggestions first (best first), then the playbooks in the person's language, then the rest.
  const ranked = new Map(q.suggestions.map((s, i) => [`${s.locale}/${s.id}`, i]));
  const rank = (p: Playbook) => ranked.get(`${p.locale}/${p.id}`) ?? (p.locale === locale ? 1e6 : 2e6);
  const options = [...q.options].sort((a, b) => rank(a) - rank(b));
  return prompter.search({
    key: q.key,
    message: m.pickPlaybook,
    choices: options.map((p) => {
      const s = q.suggestions.find((x) => x.id === p.id && x.locale === p.locale);
      return { value: `${p.locale}/${p.id}`, name: `${p.title} (${p.id}, ${p.locale})`, ...(s && { description: s.matched.join(", ") }) };
    }),
  });
}

async function askStep(q: Extract<FlowQuestion, { kind: "step" }>, m: DraftMessages, deps: InteractiveDeps): Promise<unknown> {
  const { prompter } = deps;
  const { step } = q;
  const helpParts = [step.help, !step.required && step.type !== "yes-no" && step.type !== "choice" ? m.optional : undefined, step.type === "date" && !step.help ? m.dateHelp : undefined].filter(Boolean);
  const help = helpParts.length ? { help: helpParts.join(" · ") } : {};
  switch (step.type) {
    case "yes-no":
      return prompter.confirm({ key: q.key, message: step.ask, ...help, ...(q.default !== undefined && { default: Boolean(q.default) }) });
    case "choice":
      return prompter.select({
        key: q.key,
        message: step.ask,
        ...help,
        choices: (step.choices ?? []).map((c) => ({ value: c.value, name: c.label })),
        ...(q.default !== undefined && { default: String(q.default) }),
      });
    case "number":
      return prompter.number({
        key: q.key,
        message: step.ask,
        ...help,
        ...(typeof q.default === "number" && { default: q.default }),
        required: step.required,
        validate: (v) => (v === undefined ? (step.required ? m.required : undefined) : checkAnswer(step, v)),
      });
    default: {
      const value = await prompter.input({
        key: q.key,
        message: step.ask,
        ...help,
        ...(q.default !== undefined && q.default !== "" && { default: String(q.default) }),
        validate: (v) => {
          const text = v.trim();
          if (!text) return step.required && (q.default === undefined || q.default === "") ? m.required : undefined;
          return checkAnswer(step, text);
        },
      });
      return value.trim() === "" ? (q.default !== undefined && q.default !== "" ? q.default : undefined) : value.trim();
    }
  }
}

type Action = "accept" | "editor" | "replace" | "rewrite" | "variant" | "regenerate" | "discard";

async function review(state: DraftState, deps: InteractiveDeps): Promise<{ state: DraftState; done?: InteractiveResult }> {
  const { prompter } = deps;
  const playbook = chosenPlaybook(state, deps.flow.playbooks)!;
  const m = messagesFor(playbook.locale);
  const agent = deps.agentFor(state.agent ?? "");
  let current: DraftState = state.review ? state : await withBestVariant(state, playbook, agent, deps);
  if (!state.review && current.review!.variant > 0) {
    const names = variantNames(playbook);
    prompter.note(wrapText(m.variantPicked(names[current.review!.variant]!, names[0]!), deps.width));
  }
  let changed = false;
  let followUpShown = false;
  for (;;) {
    const now = deps.now();
    const draft = await renderDraft({ playbook, state: current, catalog: deps.catalog, agent, brand: deps.brand, now });
    const lint = lintDraft(draft.reply, { linter: deps.linter, playbook, customer: current.customer, agent: agent.name, ...(current.platform && { platform: current.platform }), now });
    // The follow-up first, once: the reply and its findings stay next to the question.
    if (draft.followUp && !followUpShown) prompter.note(`\n${m.followUpHeading}:\n${indentWrapped(draft.followUp, deps.width)}`);
    followUpShown = true;
    prompter.note("");
    if (changed) prompter.note(m.relinted(lint.errorCount, lint.warningCount));
    prompter.note(formatReview({ reply: draft.reply, variant: draft.variant + (current.review?.text !== undefined ? "*" : ""), findings: lint.findings, locale: playbook.locale, width: deps.width, plain: deps.plain, ...(deps.style && { style: deps.style }) }));
    prompter.note("");
    const errors = errorFindings(lint.findings);
    const variants = variantNames(playbook);
    const choices: Array<{ value: Action; name: string }> = [
      { value: "accept", name: errors.length ? m.acceptWithErrors(errors.length) : m.accept },
      { value: "replace", name: m.editReplace },
      { value: "editor", name: m.editEditor(deps.editorName) },
      { value: "rewrite", name: m.editRewrite },
    ];
    if (variants.length > 1) choices.push({ value: "variant", name: m.variant(variants.filter((_, i) => i !== current.review!.variant).join(", ")) });
    choices.push({ value: "regenerate", name: m.regenerate });
    if (current.review?.text !== undefined) choices.push({ value: "discard", name: m.discardEdits });
    const action = await prompter.select<Action>({ key: "review", message: m.review, choices, default: errors.length ? "replace" : "accept" });
    const setText = (text: string | undefined) => {
      const review = { ...current.review!, edits: current.review!.edits + 1 };
      if (text === undefined || text === draft.rendered) delete review.text;
      else review.text = text;
      current = { ...current, review, updatedAt: deps.now().toISOString() };
      changed = true;
    };
    switch (action) {
      case "accept": {
        if (errors.length) {
          const sure = await prompter.confirm({ key: "override", message: m.overrideConfirm(errors.length), default: false });
          if (!sure) continue;
          const reason = (await prompter.input({ key: "override-reason", message: m.overrideReason })).trim();
          current = { ...current, override: { ...(reason && { reason }), findings: [...new Set(errors.map((f) => f.ruleId))] } };
        } else {
          const { override: _o, ...rest } = current;
          current = rest;
        }
        current = { ...current, acceptedAt: deps.now().toISOString() };
        const outcome = buildOutcome({ playbook, state: current, draft, findings: lint.findings, agent, now: deps.now() });
        return { state: current, done: { state: current, outcome, draft } };
      }
      case "editor":
        setText(await prompter.editor({ key: "edit-editor", message: m.editEditor(deps.editorName), default: draft.reply }));
        break;
      case "replace": {
        const what = await prompter.input({ key: "replace-what", message: m.replaceWhat, validate: (v) => (v.trim() ? undefined : m.replaceWhat) });
        if (!draft.reply.includes(what)) {
          prompter.note(m.replaceNotFound);
          break;
        }
        const by = await prompter.input({ key: "replace-with", message: m.replaceWith });
        setText(replaceAll(draft.reply, what, by));
        break;
      }
      case "rewrite": {
        const text = await prompter.multiline({ key: "rewrite", message: m.rewrite, hint: m.rewriteHint, endOnEmptyLine: false, default: draft.reply });
        setText(text.trim() ? text : draft.reply);
        break;
      }
      case "variant": {
        const others = variants.map((name, i) => ({ value: String(i), name })).filter((v) => Number(v.value) !== current.review!.variant);
        const pick = others.length === 1 ? others[0]!.value : await prompter.select({ key: "variant", message: m.pickVariant, choices: others });
        const { text: _t, ...rest } = current.review!;
        current = { ...current, review: { ...rest, variant: Number(pick) } };
        changed = true;
        break;
      }
      case "discard":
        setText(undefined);
        break;
      case "regenerate":
        return { state: reopenAnswers(current, deps.now()) };
    }
    deps.save(current);
  }
}

/**
 * The first template variant with no error-level findings here (the long reply is over the
 * limit on X, the short one is not), else the one with the fewest errors.
 */
export async function withBestVariant(state: DraftState, playbook: Playbook, agent: AgentInfo, deps: Pick<InteractiveDeps, "catalog" | "linter" | "brand" | "now">): Promise<DraftState> {
  const now = deps.now();
  let best = { variant: 0, errors: Infinity };
  for (let variant = 0; variant < variantNames(playbook).length; variant++) {
    const candidate: DraftState = { ...state, review: { variant, edits: 0 } };
    const draft = await renderDraft({ playbook, state: candidate, catalog: deps.catalog, agent, brand: deps.brand, now });
    const { errorCount } = lintDraft(draft.reply, { linter: deps.linter, playbook, customer: state.customer, agent: agent.name, ...(state.platform && { platform: state.platform }), now });
    if (errorCount < best.errors) best = { variant, errors: errorCount };
    if (errorCount === 0) break;
  }
  return { ...state, review: { variant: best.variant, edits: 0 } };
}

function replaceAll(text: string, what: string, by: string): string {
  const out = text.split(what).join(by);
  // Deleting words should not leave a doubled space or a space before punctuation behind.
  return by === "" ? out.replace(/ {2,}/g, " ").replace(/ +([,.;:!?])/g, "$1") : out;
}

function indentWrapped(text: string, width: number): string {
  return wrapWithOffsets(text, Math.max(40, width) - 2)
    .map((seg) => (seg.text ? `  ${seg.text}` : ""))
    .join("\n");
}
