/**
 * The flow without a person: every question is answered from what the state already holds
 * (flags, answers file, example, defaults), and what is still needed is listed, each item
 * named, so the shell can exit 2 with all of them at once instead of the first.
 *
 * @example
 *   const { state: done, missing } = resolveWithoutPrompts(state, ctx);
 *   // missing: [{ key: "customer", what: "the customer's name", how: "--customer or --handle" }]
 */
import { applyAnswer, nextQuestion, type FlowContext, type FlowQuestion, type RouteSuggestion } from "./flow.js";
import { settle, type DraftState } from "./state.js";

export interface MissingAnswer {
  key: string;
  /** What is missing, in words. */
  what: string;
  /** How to give it without prompts. */
  how: string;
}

export interface Resolution {
  state: DraftState;
  missing: MissingAnswer[];
  /** Set when the playbook was picked by routing the complaint. */
  routed?: RouteSuggestion;
}

export function resolveWithoutPrompts(initial: DraftState, ctx: FlowContext): Resolution {
  let state = initial;
  const missing: MissingAnswer[] = [];
  let routed: RouteSuggestion | undefined;
  const skip = (q: FlowQuestion) => (state = settle(state, q.key, ctx.now));
  for (let guard = 0; guard < 1000; guard++) {
    const q = nextQuestion(state, ctx);
    if (!q) break;
    switch (q.kind) {
      case "complaint":
      case "platform":
        state = applyAnswer(state, q, q.default ?? "", ctx);
        break;
      case "posted":
        skip(q);
        break;
      case "playbook": {
        if (q.default) {
          state = applyAnswer(state, q, q.default, ctx);
          break;
        }
        const top = q.suggestions[0];
        if (top && (!q.suggestions[1] || q.suggestions[1].score < top.score)) {
          routed = top;
          state = applyAnswer(state, q, `${top.locale}/${top.id}`, ctx);
          break;
        }
        missing.push({
          key: "playbook",
          what: top ? `the playbook (the complaint matches ${q.suggestions.map((s) => s.id).join(" and ")} equally)` : "the playbook",
          how: "--playbook <id> (see 'replybook playbooks list')",
        });
        return { state, missing };
      }
      case "checklist":
        // Nobody confirmed it: recorded as skipped, and shown in the summary.
        state = applyAnswer(state, q, state.checklist[q.item.id] ?? false, ctx);
        break;
      case "customer":
        if (!state.customer?.name && !state.customer?.handle) {
          if (q.guess) state = applyAnswer(state, q, q.guess.name ?? q.guess.handle, ctx);
          else {
            missing.push({ key: "customer", what: "the customer's name (P3: address them by name)", how: "--customer <name> or --handle <@handle>" });
            skip(q);
          }
        } else skip(q);
        break;
      case "agent":
        if (!state.agent) {
          missing.push({ key: "agent", what: "your name, to sign the reply (P3)", how: "--agent <name>, or agent.name in the config" });
        }
        skip(q);
        break;
      case "step":
        if (q.default === undefined || q.default === "") {
          if (q.step.required) missing.push({ key: q.key, what: `step "${q.step.id}": ${q.step.ask}`, how: `--set ${q.step.id}=<value> or --answers <file>` });
          skip(q);
        } else state = applyAnswer(state, q, q.default, ctx);
        break;
      case "commitment":
        state = applyAnswer(state, q, q.default, ctx);
        break;
      case "remedies":
        state = applyAnswer(state, q, q.default, ctx);
        break;
    }
  }
  return routed ? { state, missing, routed } : { state, missing };
}
