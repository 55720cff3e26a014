/**
 * What a reply's context gains from the complaint it answers (the customer's post): the
 * complaint itself (the rules read from it whether there is a problem to answer at all), the
 * playbook when none is given, as `route` would pick it (the same router, so a better router
 * improves lint too), and the customer when none is given, from how they signed the post.
 *
 *   playbookForComplaint("my parcel arrived smashed", catalog.playbooks, "en") // "parcel-damaged"
 *   withComplaint({ locale: "en" }, "Box crushed, jug broken.\n— Laura", "Hi Laura, ...", catalog.playbooks)
 *   // { locale: "en", complaint: "...", playbookId: "parcel-damaged", customer: { name: "Laura" } }
 */
import type { Playbook } from "../../playbook/types.js";
import { guessCustomer, type CustomerGuess } from "../../route/customer.js";
import { topPlaybook } from "../../route/route.js";
import { customerOf } from "../names.js";
import type { LintContext } from "../types.js";

/** The id of the playbook the router ranks first for a complaint, in the reply's locale when given; undefined when nothing matches. */
export function playbookForComplaint(complaint: string, playbooks: Playbook[], locale?: string): string | undefined {
  // The last complaint's answer, kept: a batch with --complaint asks it for every line, and the
  // replies of one thread follow each other with the same complaint.
  const last = lastRouted;
  if (last && last.complaint === complaint && last.playbooks === playbooks && last.locale === locale) return last.id;
  // Only the first playbook's id: the router's scoring without the matched words lint never reads.
  const best = topPlaybook(complaint, playbooks, locale ? { locale } : {});
  const id = best.score > 0 ? best.id : undefined;
  lastRouted = { complaint, playbooks, locale, id };
  return id;
}
let lastRouted: { complaint: string; playbooks: Playbook[]; locale: string | undefined; id: string | undefined } | undefined;

/** guessCustomer's strict guess, the last complaint's kept (as playbookForComplaint's). */
function customerGuessOf(complaint: string): CustomerGuess | undefined {
  if (lastGuess?.complaint !== complaint) lastGuess = { complaint, guess: guessCustomer(complaint, { strict: true }) };
  return lastGuess.guess;
}
let lastGuess: { complaint: string; guess: CustomerGuess | undefined } | undefined;

/** A reply's leading @mention: on X it is the handle of the person the reply answers. */
const LEADING_HANDLE = /^\s*(@[A-Za-z0-9_]{1,30})\b/;

/**
 * `context` with what `complaint` tells (given fields win): sets `complaint`, and `playbookId`
 * and `customer` when the context has none. A blank complaint changes nothing. The customer is
 * guessed strictly (no person confirms it): a name signed after a dash or a closing and a
 * comma; when the reply opens with an @mention (X), that is their handle.
 */
export function withComplaint(context: LintContext, complaint: string | undefined, reply: string, playbooks: Playbook[]): LintContext {
  const text = complaint?.trim();
  if (!text) return context;
  context.complaint = text;
  if (!context.playbook && !context.playbookId) {
    const id = playbookForComplaint(text, playbooks, context.locale);
    if (id) {
      context.playbookId = id;
      context.playbookRouted = true;
    }
  }
  if (!context.customer) {
    const guess = customerGuessOf(text);
    if (guess) {
      const handle = guess.handle ?? LEADING_HANDLE.exec(reply)?.[1];
      const customer = customerOf(guess.name, handle, undefined);
      if (customer) context.customer = customer;
    }
  }
  return context;
}
