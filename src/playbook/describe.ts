/**
 * Playbooks in words, for a terminal: `playbooks list` rows and the whole procedure for
 * `playbooks show`. Pure: returns strings; the shell decides about colour through `style`.
 */
import { formatDuration } from "../text/duration.js";
import type { Playbook } from "./types.js";

export interface Style {
  heading(text: string): string;
  dim(text: string): string;
}

export const plainStyle: Style = { heading: (t) => t, dim: (t) => t };

export interface PlaybookRow {
  id: string;
  title: string;
  locales: string[];
  triggers: string[];
}

/** One row per id, locales merged; title and triggers from the preferred locale. */
export function playbookRows(playbooks: Playbook[], preferredLocale: string): PlaybookRow[] {
  const byId = new Map<string, Playbook[]>();
  for (const pb of playbooks) byId.set(pb.id, [...(byId.get(pb.id) ?? []), pb]);
  return [...byId.entries()].map(([id, list]) => {
    const main = list.find((p) => p.locale === preferredLocale) ?? list[0]!;
    return { id, title: main.title, locales: list.map((p) => p.locale).sort(), triggers: main.triggers };
  });
}

export function formatPlaybookTable(rows: PlaybookRow[], width: number, style: Style = plainStyle): string {
  const idWidth = Math.max(2, ...rows.map((r) => r.id.length));
  const titleWidth = Math.min(34, Math.max(5, ...rows.map((r) => r.title.length)));
  const head = `${"ID".padEnd(idWidth)}  ${"TITLE".padEnd(titleWidth)}  LOCALES  TRIGGERS`;
  const lines = [style.heading(head)];
  for (const r of rows) {
    const title = r.title.length > titleWidth ? r.title.slice(0, titleWidth - 1) + "…" : r.title.padEnd(titleWidth);
    const prefix = `${r.id.padEnd(idWidth)}  ${title}  ${r.locales.join(",").padEnd(7)}  `;
    const room = Math.max(10, width - prefix.length);
    let triggers = r.triggers.join("; ");
    if (triggers.length > room) triggers = triggers.slice(0, room - 1) + "…";
    lines.push(prefix + style.dim(triggers));
  }
  return lines.join("\n");
}

export function formatPlaybook(pb: Playbook, style: Style = plainStyle): string {
  const say = (en: string, it: string, el: string) => (pb.locale === "it" ? it : pb.locale === "el" ? el : en);
  const out: string[] = [];
  const h = (t: string) => out.push("", style.heading(t));
  out.push(style.heading(`${pb.title}  (${pb.id}, ${pb.locale})`), pb.description.trim());
  out.push("", `${say("Respond within", "Rispondere entro", "Απάντηση μέσα σε")}: ${formatDuration(pb.respondWithin, pb.locale)} (P1)`);
  h(say("Triggers (P15)", "Parole che lo attivano (P15)", "Λέξεις που το ενεργοποιούν (P15)"));
  for (const t of pb.triggers) out.push(`  - ${t}`);
  h(say("Before replying", "Prima di rispondere", "Πριν απαντήσετε"));
  pb.checklist.forEach((c, i) => out.push(`  ${i + 1}. ${c.text}${c.principle ? style.dim(` (${c.principle})`) : ""}`));
  h(say("Steps", "Domande", "Ερωτήσεις"));
  pb.steps.forEach((s, i) => {
    const extra: string[] = [s.type];
    if (!s.required) extra.push(say("optional", "facoltativa", "προαιρετική"));
    if (s.default !== undefined) extra.push(`${say("default", "predefinito", "προεπιλογή")}: ${String(s.default)}`);
    out.push(`  ${i + 1}. ${s.ask} ${style.dim(`[${s.id}: ${extra.join(", ")}]`)}`);
    if (s.choices) out.push(`     ${s.choices.map((c) => `${c.value} = ${c.label}`).join(" | ")}`);
    if (s.when) out.push(`     ${say("only when", "solo se", "μόνο όταν")} ${Object.entries(s.when).map(([k, v]) => `${k} = ${v.join(" or ")}`).join(" and ")}`);
  });
  h(say("What may be promised (P4)", "Impegni che si possono prendere (P4)", "Τι μπορεί να υποσχεθεί κανείς (P4)"));
  for (const c of pb.commitments) {
    out.push(`  - ${c.label} ${style.dim(`[${c.id}]`)}: ${say("no sooner than", "non prima di", "όχι νωρίτερα από")} ${formatDuration(c.earliest, pb.locale)}; ${say("offered", "tempi offerti", "προτεινόμενοι χρόνοι")}: ${c.offer.map((o) => formatDuration(o, pb.locale)).join(", ")}`);
  }
  const restricted = pb.remedies.filter((r) => r.requiresApproval);
  const allowed = pb.remedies.filter((r) => !r.requiresApproval);
  if (restricted.length) out.push(`  ${say("Never without approval", "Mai senza approvazione", "Ποτέ χωρίς έγκριση")}: ${restricted.map((r) => r.label).join(", ")}`);
  if (allowed.length) out.push(`  ${say("Remedies allowed", "Rimedi consentiti", "Επιτρεπόμενες λύσεις")}: ${allowed.map((r) => r.label).join(", ")}`);
  h(say("Channel (P7)", "Canale (P7)", "Κανάλι (P7)"));
  out.push(
    pb.channel.private
      ? `  ${say("After the first public reply, continue privately", "Dopo la prima risposta pubblica si continua in privato", "Μετά την πρώτη δημόσια απάντηση, συνέχεια ιδιωτικά")}: ${pb.channel.via.join(", ")}`
      : `  ${say("Stay in the public thread", "Si resta nel thread pubblico", "Παραμένουμε στη δημόσια συζήτηση")}`,
  );
  h("Templates");
  out.push(`  public: ${pb.templates.public.join(", ")}`);
  if (pb.templates.followUp.length) out.push(`  follow-up: ${pb.templates.followUp.join(", ")}`);
  if (pb.drills.length) {
    h(say("Drills (P16)", "Esercitazioni (P16)", "Ασκήσεις (P16)"));
    for (const d of pb.drills) out.push(`  - ${d.id} (${d.platform}): ${d.complaint.length > 70 ? d.complaint.slice(0, 69) + "…" : d.complaint}`);
  }
  out.push("", style.dim(`${say("File", "File", "Αρχείο")}: ${pb.source.file}`));
  return out.join("\n");
}
