/** The team from the config, checked once per command: a mistake in `agents` is one line naming the file and key, exit 2. */
import type { Config } from "../config/types.js";
import { InputError } from "../core/errors.js";
import { resolveTeam, type TeamAgent } from "../team/agents.js";

export function teamOf(config: Config): TeamAgent[] {
  const team = resolveTeam(config);
  if (team.ok) return team.value;
  const first = team.errors[0]!;
  const file = config.origins.agents && config.origins.agents !== "default" ? config.origins.agents : undefined;
  throw new InputError(first.message, { ...(file && { file }), ...(first.keyPath && { keyPath: first.keyPath }) });
}
