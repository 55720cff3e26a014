/**
 * What a reply's context gains from the complaint it answers: the playbook, when none is
 * given, as `route` would pick it (the same router, so a better router improves lint too).
 *
 *   playbookForComplaint("my parcel arrived smashed", catalog.playbooks, "en") // "parcel-damaged"
 */
import type { Playbook } from "../../playbook/types.js";
import { routeComplaint } from "../../route/route.js";

/** The id of the playbook the router ranks first for a complaint, in the reply's locale when given; undefined when nothing matches. */
export function playbookForComplaint(complaint: string, playbooks: Playbook[], locale?: string): string | undefined {
  const ranked = routeComplaint(complaint, playbooks, locale ? { locale } : {});
  const best = ranked[0];
  return best && best.score > 0 ? best.id : undefined;
}
