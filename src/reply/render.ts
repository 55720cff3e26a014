/**
 * Rendering a reply template. Templates are trusted files from the catalog; everything a
 * customer or agent typed travels only as data in the context, so "{{...}}" inside a
 * complaint is printed as text, never compiled. Replies are plain text: no HTML escaping.
 */
import { readFile } from "node:fs/promises";
import Handlebars from "handlebars";
import { InputError } from "../core/errors.js";
import type { ReplyContext } from "./context.js";

/** A template file in the catalog: `name` in `locale`, from `origin` (shipped or a config folder). */
export interface TemplateRef {
  name: string;
  locale: string;
  file: string;
  origin: string;
}

export const TEMPLATE_HELPERS = ["eq", "ne", "and", "or", "not", "date"] as const;

const DATE_LOCALES: Record<string, string> = { en: "en-GB", it: "it-IT", el: "el-GR" };

/** "2026-11-24" -> "24 November 2026" / "24 novembre 2026": a date answer as a person writes it. */
export function formatDateAnswer(value: unknown, locale: string): string {
  const text = String(value ?? "");
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return text;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return text;
  return new Intl.DateTimeFormat(DATE_LOCALES[locale] ?? locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

let instance: typeof Handlebars | undefined;
const compiled = new Map<string, HandlebarsTemplateDelegate>();

function handlebars(): typeof Handlebars {
  if (!instance) {
    instance = Handlebars.create();
    instance.registerHelper("eq", (a: unknown, b: unknown) => String(a) === String(b));
    instance.registerHelper("ne", (a: unknown, b: unknown) => String(a) !== String(b));
    instance.registerHelper("and", (...args: unknown[]) => args.slice(0, -1).every(Boolean));
    instance.registerHelper("or", (...args: unknown[]) => args.slice(0, -1).some(Boolean));
    instance.registerHelper("not", (a: unknown) => !a);
    instance.registerHelper("date", function (this: unknown, value: unknown, options: { data?: { root?: { locale?: string } } }) {
      return formatDateAnswer(value, options?.data?.root?.locale ?? "en");
    });
  }
  return instance;
}

/** Renders template source with a context; syntax errors become positioned InputErrors. */
export function renderTemplateSource(source: string, context: ReplyContext, file = "<template>"): string {
  let template = compiled.get(source);
  if (!template) {
    try {
      template = handlebars().compile(source, { noEscape: true, strict: false, knownHelpersOnly: false });
      template(context); // compile errors surface on first call
    } catch (error) {
      throw templateError(error, file);
    }
    compiled.set(source, template);
  }
  return tidy(template(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }));
}

export async function renderTemplateFile(file: string, context: ReplyContext): Promise<string> {
  let source: string;
  try {
    source = await readFile(file, "utf8");
  } catch {
    throw new InputError("cannot read the template", { file });
  }
  return renderTemplateSource(source, context, file);
}

/**
 * A parsed template. Named through the import (not Handlebars' global `hbs` namespace) so that
 * the published .d.ts imports it and type-checks in a project that never imports handlebars.
 */
export type TemplateAst = ReturnType<typeof Handlebars.parse>;

/** Parses a template (for validation); throws a positioned InputError on a syntax error. */
export function parseTemplate(source: string, file: string): TemplateAst {
  try {
    return handlebars().parse(source);
  } catch (error) {
    throw templateError(error, file);
  }
}

function templateError(error: unknown, file: string): InputError {
  const message = (error as Error).message ?? String(error);
  const line = /line (\d+)/i.exec(message);
  return new InputError(`template syntax error: ${message.split("\n")[0]}`, { file, line: line ? Number(line[1]) : 1, column: 1 });
}

/** Blank lines left by `{{#if}}` blocks are folded; trailing spaces go. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/ {2,}/g, " ")
    .trim();
}
