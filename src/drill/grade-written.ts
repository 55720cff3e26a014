/**
 * `drill grade`: a reply written elsewhere, graded against one scenario without prompts, with
 * the model reply to show beside it and the result line to record (when a trainee is named).
 */
import { InputError, UsageError } from "../core/errors.js";
import type { Linter } from "../lint/types.js";
import type { Playbook } from "../playbook/types.js";
import type { AgentInfo } from "../reply/context.js";
import type { TemplateRef } from "../reply/render.js";
import { gradeReply } from "./grade.js";
import { renderModelReply, type ModelReply } from "./model.js";
import { findExpectedPlaybook } from "./scenario.js";
import { parseChecklist } from "./choose.js";
import type { DrillResult, Grade, Scenario } from "./types.js";

export interface WrittenReply {
  scenario: Scenario;
  reply: string;
  playbooks: readonly Playbook[];
  templates: ReadonlyMap<string, TemplateRef>;
  linter: Linter;
  /** Signs the model reply when no trainee is named. */
  agent: AgentInfo | undefined;
  brand: string;
  trainee?: string | undefined;
  chosenPlaybook?: string | undefined;
  /** "all" or comma-separated ids; absent: the checklist is not assessed. */
  checklist?: string | undefined;
  secondsTaken: number;
  now: Date;
}

export interface WrittenGrade {
  playbook: Playbook;
  grade: Grade;
  model: ModelReply | undefined;
  /** The line for the results file when a trainee is named. */
  result: DrillResult | undefined;
}

export async function gradeWrittenReply(input: WrittenReply): Promise<WrittenGrade> {
  const { scenario, trainee, chosenPlaybook, now } = input;
  const playbook = findExpectedPlaybook(input.playbooks, scenario);
  if (!playbook) throw new InputError(`the scenario expects playbook "${scenario.expectedPlaybook}", which is not in the catalog`, { file: scenario.source.file });
  const checklistDone = input.checklist !== undefined ? parseChecklist(input.checklist, playbook) : undefined;
  const grade = gradeReply({
    scenario,
    playbook,
    ...(chosenPlaybook && { chosenPlaybook }),
    ...(checklistDone && { checklistDone }),
    reply: input.reply,
    linter: input.linter,
    secondsTaken: input.secondsTaken,
    ...(trainee && { trainee }),
    now,
  });
  const agent: AgentInfo = { name: trainee ?? input.agent?.name ?? "Alex Trainer", ...(input.agent?.signature && !trainee && { signature: input.agent.signature }) };
  const model = await renderModelReply({ playbook, scenario, templates: input.templates, agent, brand: input.brand, now });
  const result: DrillResult | undefined = trainee
    ? {
        version: 1,
        kind: "drill",
        trainee,
        at: now.toISOString(),
        locale: scenario.locale,
        scenario: scenario.id,
        expectedPlaybook: scenario.expectedPlaybook,
        ...(chosenPlaybook && { chosenPlaybook }),
        seconds: input.secondsTaken,
        hints: false,
        score: grade.score,
        max: grade.max,
        passed: grade.passed,
        breakdown: grade.breakdown,
      }
    : undefined;
  return { playbook, grade, model, result };
}

/** The reply to grade: a file or a stream ("-"), trimmed, at most 100,000 characters. */
export async function readWrittenReply(file: string, stdin: AsyncIterable<unknown>): Promise<string> {
  if (file === "-") {
    let text = "";
    for await (const chunk of stdin) {
      text += typeof chunk === "string" ? chunk : (chunk as Buffer).toString("utf8");
      if (text.length > 100_000) throw new UsageError("the reply is too long (over 100,000 characters)");
    }
    return text.trim();
  }
  const { readTextFile } = await import("../yaml/read.js");
  const read = await readTextFile(file, 100_000);
  if (!read.ok) throw read.errors[0]!;
  return read.value.trim();
}
