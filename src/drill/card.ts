/**
 * The complaint as it would appear on its platform: a framed card with the platform, the
 * customer, how long ago it was posted, and the text wrapped to the terminal. Plain text; the
 * shell adds colour.
 *
 *   ┌─ Facebook ──────────────────────────────────────────┐
 *   │ Marco Rossi · posted 2 hours ago                     │
 *   │                                                      │
 *   │ Ordered a coffee machine, it arrived with the box    │
 *   │ crushed and the glass jug in pieces.                 │
 *   └──────────────────────────────────────────────────────┘
 */
import { formatDuration } from "../text/duration.js";
import { drillMessages } from "./messages.js";
import type { Scenario } from "./types.js";

/** The platform's name in the scenario's language (./messages.ts), or the id made readable. */
export function platformName(platform: string, locale?: string): string {
  return drillMessages(locale).platforms[platform] ?? platform.replace(/(^|-)(\w)/g, (_, dash: string, c: string) => `${dash ? " " : ""}${c.toUpperCase()}`);
}

export function postedAgo(minutes: number, locale = "en"): string {
  if (minutes < 1) return locale === "it" ? "adesso" : locale === "el" ? "μόλις τώρα" : "just now";
  const rounded = minutes < 60 ? minutes : minutes < 2880 ? Math.round(minutes / 60) * 60 : Math.round(minutes / 1440) * 1440;
  const words = formatDuration(rounded, locale);
  return locale === "it" ? `${words} fa` : locale === "el" ? `πριν από ${words}` : `${words} ago`;
}

/**
 * Text from outside (a complaint, a reply) may carry terminal escape sequences: show them as
 * text instead of letting them move the cursor or recolour the screen.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/** Wraps text to a width, keeping words whole (a word longer than the width is cut). */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let w = word;
      while ([...w].length > width) {
        if (line) out.push(line), (line = "");
        out.push([...w].slice(0, width).join(""));
        w = [...w].slice(width).join("");
      }
      if (!line) line = w;
      else if ([...line].length + 1 + [...w].length <= width) line += ` ${w}`;
      else out.push(line), (line = w);
    }
    out.push(line);
  }
  while (out.length > 1 && out[out.length - 1] === "") out.pop();
  return out;
}

export interface CardOptions {
  /** Total width including the frame; default 64. */
  width?: number;
  /** Extra line under the header (a crisis queue's "arrived +1:20"). */
  note?: string;
}

const CARD_WORDS: Record<string, { someone: string; posted: string }> = {
  en: { someone: "a customer", posted: "posted" },
  it: { someone: "un cliente", posted: "pubblicato" },
  el: { someone: "ένας πελάτης", posted: "δημοσιεύτηκε" },
};

export function renderComplaintCard(scenario: Scenario, options: CardOptions = {}): string {
  const width = Math.max(30, Math.min(options.width ?? 64, 100));
  const inner = width - 4;
  const words = CARD_WORDS[scenario.locale] ?? CARD_WORDS.en!;
  const who = visible([scenario.customer.name, scenario.customer.handle].filter(Boolean).join(" ") || words.someone);
  const title = ` ${platformName(scenario.platform, scenario.locale)} `;
  const top = `┌─${title}${"─".repeat(Math.max(0, width - 3 - [...title].length))}┐`;
  const row = (text: string) => `│ ${text}${" ".repeat(Math.max(0, inner - [...text].length))} │`;
  const lines = [
    top,
    ...wrapText(`${who} · ${words.posted} ${postedAgo(scenario.age.minutes, scenario.locale)}`, inner).map(row),
    ...(options.note ? wrapText(options.note, inner).map(row) : []),
    row(""),
    ...wrapText(visible(scenario.complaint.trim()), inner).map(row),
    `└${"─".repeat(width - 2)}┘`,
  ];
  return lines.join("\n");
}
