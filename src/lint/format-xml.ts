/**
 * `--format checkstyle` and `--format junit`: the XML reports Jenkins (Warnings Next
 * Generation), GitLab (JUnit test reports) and most CI dashboards read, in the shape ESLint's
 * formatters of the same names write, so the same CI set-up works.
 *
 * @example
 *   formatCheckstyle(reports)
 *   // <checkstyle version="4.3"><file name="reply.txt"><error line="1" column="1" severity="error" message="..." source="replybook.no-blame" /></file></checkstyle>
 *   formatJunit(reports)
 *   // <testsuites ...><testsuite name="reply.txt" ...><testcase name="reply.txt:1:1 no-blame" ...><failure ...>
 */
import { visible, type FileReport } from "./format.js";

/** Text in an XML attribute or element: the five special characters, and no control characters (not allowed in XML 1.0). */
export function escapeXml(s: string): string {
  return visible(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

export function formatCheckstyle(reports: readonly FileReport[]): string {
  let out = `<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n`;
  for (const r of reports) {
    out += `  <file name="${escapeXml(r.filePath)}">\n`;
    for (const m of r.messages) {
      out += `    <error line="${m.line}" column="${m.column}" severity="${m.severity === 2 ? "error" : "warning"}" message="${escapeXml(`${m.message} (${m.ruleId})`)}" source="${escapeXml(`replybook.${m.ruleId}`)}" />\n`;
    }
    out += `  </file>\n`;
  }
  return `${out}</checkstyle>\n`;
}

/**
 * One test suite per reply, one failing test case per finding (errors and warnings both: a
 * dashboard that counts only failures would otherwise hide warnings), and one passing case for
 * a clean reply so that it still counts as tested.
 */
export function formatJunit(reports: readonly FileReport[]): string {
  const total = reports.reduce((n, r) => n + Math.max(r.messages.length, 1), 0);
  const failures = reports.reduce((n, r) => n + r.messages.length, 0);
  let out = `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="replybook" tests="${total}" failures="${failures}" errors="0">\n`;
  for (const r of reports) {
    const file = escapeXml(r.filePath);
    out += `  <testsuite name="${file}" tests="${Math.max(r.messages.length, 1)}" failures="${r.messages.length}" errors="0" skipped="0">\n`;
    if (r.messages.length === 0) out += `    <testcase name="${file}" classname="replybook" />\n`;
    for (const m of r.messages) {
      const where = `${r.filePath}:${m.line}:${m.column}`;
      const severity = m.severity === 2 ? "error" : "warning";
      const suggestion = m.suggestions?.[0]?.desc;
      out += `    <testcase name="${escapeXml(`${where} ${m.ruleId}`)}" classname="${escapeXml(`replybook.${m.ruleId}`)}">\n`;
      out += `      <failure message="${escapeXml(m.message)}" type="${severity}">${escapeXml(`${severity}: ${m.message} [${m.ruleId}] at ${where}${suggestion ? `\nTry: ${suggestion}` : ""}`)}</failure>\n`;
      out += `    </testcase>\n`;
    }
    out += `  </testsuite>\n`;
  }
  return `${out}</testsuites>\n`;
}
