/**
 * Checking a template against what the reply context provides: every variable a template
 * uses must exist for its playbook (a step id under answers/labels, a commitment id under
 * commitments...), so a typo shows up in `playbooks validate` with file:line, not as a blank
 * in a customer's reply.
 */
import { InputError } from "../core/errors.js";
import type { Playbook } from "../playbook/types.js";
import { AGENT_KEYS, CHANNEL_KEYS, COMMITMENT_KEYS, CONTEXT_ROOTS, CUSTOMER_KEYS } from "./context.js";
import { parseTemplate, TEMPLATE_HELPERS } from "./render.js";

const BUILTIN_HELPERS = new Set(["if", "unless", "each", "with", "lookup", "log", ...TEMPLATE_HELPERS]);

type AnyNode = { type: string; loc?: { start: { line: number; column: number } } } & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function checkTemplate(source: string, file: string, playbook: Playbook): InputError[] {
  let ast: AnyNode;
  try {
    ast = parseTemplate(source, file) as unknown as AnyNode;
  } catch (error) {
    return [error as InputError];
  }
  const errors: InputError[] = [];
  const report = (node: AnyNode, message: string) =>
    errors.push(new InputError(message, { file, line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 }));

  const checkPath = (node: AnyNode) => {
    if (node.type !== "PathExpression" || node.data || node.depth > 0 || node.this || node.original === "this") return;
    const parts: string[] = node.parts;
    const [root, key, sub] = parts;
    if (!root) return;
    const name = node.original as string;
    if (!(CONTEXT_ROOTS as readonly string[]).includes(root)) return report(node, `unknown variable "${name}" (known: ${CONTEXT_ROOTS.join(", ")})`);
    const stepIds = playbook.steps.map((s) => s.id);
    const known: Record<string, readonly string[]> = {
      customer: CUSTOMER_KEYS,
      agent: AGENT_KEYS,
      channel: CHANNEL_KEYS,
      answers: stepIds,
      labels: playbook.steps.filter((s) => s.type === "choice").map((s) => s.id),
      commitments: playbook.commitments.map((c) => c.id),
      remedies: playbook.remedies.map((r) => r.id),
    };
    const allowed = known[root];
    if (key === undefined || !allowed) return;
    if (!allowed.includes(key)) {
      const what = root === "answers" || root === "labels" ? `no step "${key}"` : root === "commitments" ? `no commitment "${key}"` : root === "remedies" ? `no remedy "${key}"` : `no "${key}" in ${root}`;
      return report(node, `unknown variable "${name}": ${what} in playbook ${playbook.id} (${playbook.locale})`);
    }
    if (root === "commitments" && sub !== undefined && !(COMMITMENT_KEYS as readonly string[]).includes(sub)) {
      report(node, `unknown variable "${name}" (a commitment has ${COMMITMENT_KEYS.join(", ")})`);
    }
  };

  // Inside #each / #with the context changes; their bodies are not checked (only @root paths would be).
  const walk = (node: AnyNode | undefined | null, scoped: boolean) => {
    if (!node) return;
    switch (node.type) {
      case "Program":
        node.body.forEach((n: AnyNode) => walk(n, scoped));
        return;
      case "MustacheStatement":
      case "SubExpression":
      case "BlockStatement": {
        const isHelper = node.params.length > 0 || (node.hash?.pairs?.length ?? 0) > 0 || node.type === "BlockStatement" || node.type === "SubExpression";
        const name = node.path.original as string;
        if (isHelper && node.path.type === "PathExpression") {
          if (!BUILTIN_HELPERS.has(name) && node.type !== "BlockStatement") report(node, `unknown helper "${name}" (known: ${[...BUILTIN_HELPERS].join(", ")})`);
          if (node.type === "BlockStatement" && !BUILTIN_HELPERS.has(name)) checkPath(node.path);
        } else if (!scoped) checkPath(node.path);
        node.params.forEach((p: AnyNode) => (p.type === "SubExpression" ? walk(p, scoped) : !scoped && checkPath(p)));
        node.hash?.pairs?.forEach((pair: AnyNode) => !scoped && checkPath(pair.value));
        if (node.type === "BlockStatement") {
          const changes = name === "each" || name === "with";
          walk(node.program, scoped || changes);
          walk(node.inverse, scoped);
        }
        return;
      }
      default:
        return;
    }
  };
  walk(ast, false);
  return errors;
}
