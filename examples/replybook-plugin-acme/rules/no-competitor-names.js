// acme/no-competitor-names: a public reply does not name a competitor, neither to compare
// ("Globex would have lost it too") nor to send the customer away. Talking about the other
// company turns the thread into a comparison everyone can read, and takes the reply away from
// what the customer needs (P8: a calm reply that stays with the person).
//
// A rule is metadata plus `check(reply, context)`, the same shape as replybook's own rules:
// `reply.text` is the reply, `context.options` the options from the config, and each finding
// is { messageId, start, end, data?, suggestion? } with a character range in the reply.

/** @type {import("replybook").Rule<{ names: string[] }>["meta"]} */
const meta = {
  description: "Replies do not name competitors",
  principle: "P8",
  defaultSeverity: "warn",
  // The rule's page, linked from reports (SARIF's helpUri, the GitHub job summary, the editor):
  // a plug-in's rules are explained where the plug-in is published.
  docs: "https://github.com/replybook/replybook/blob/main/examples/replybook-plugin-acme/README.md#acmeno-competitor-names",
  options: {
    names: { type: "string[]", default: ["Globex", "Initech"], description: "competitors' names, matched as whole words, any case" },
  },
  messages: {
    named: "\"{{name}}\" is a competitor: keep the reply about the customer's case",
  },
};

/** @type {import("replybook").Rule<{ names: string[] }>["check"]} */
function check(reply, context) {
  const findings = [];
  for (const name of context.options.names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    for (const m of reply.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu"))) {
      findings.push({ messageId: "named", start: m.index, end: m.index + m[0].length, data: { name: m[0] }, suggestion: "leave the other company out" });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

export default { meta, check };
