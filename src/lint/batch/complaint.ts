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
import { guessCustomer } from "../../route/customer.js";
import { routeComplaint } from "../../route/route.js";
import { customerOf } from "../names.js";
import type { LintContext } from "../types.js";

/** The id of the playbook the router ranks first for a complaint, in the reply's locale when given; undefined when nothing matches. */
export function playbookForComplaint(complaint: string, playbooks: Playbook[], locale?: string): string | undefined {
  const ranked = routeComplaint(complaint, playbooks, locale ? { locale } : {});
  const best = ranked[0];
  return best && best.score > 0 ? best.id : undefined;
}

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
    if (id) context.playbookId = id;
  }
  if (!context.customer) {
    const guess = guessCustomer(text, { strict: true });
    if (guess) {
      const handle = guess.handle ?? LEADING_HANDLE.exec(reply)?.[1];
      const customer = customerOf(guess.name, handle, undefined);
      if (customer) context.customer = customer;
    }
  }
  return context;
}
