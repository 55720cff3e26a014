/**
 * The rule registry: rule id -> rule. The ids are a public interface (configs, scripts and
 * `--rule` use them); each has src/lint/rules/<id>.ts, docs/rules/<id>.md and
 * test/lint/rules/<id>.test.ts, and a test fails when one of the three is missing.
 */
import type { Rule } from "../rule.js";
import { rule as addressCustomer } from "./address-customer.js";
import { rule as calmTone } from "./calm-tone.js";
import { rule as concreteNextStep } from "./concrete-next-step.js";
import { rule as maxLength } from "./max-length.js";
import { rule as noBlame } from "./no-blame.js";
import { rule as noCannedPhrase } from "./no-canned-phrase.js";
import { rule as noOverPromise } from "./no-over-promise.js";
import { rule as noPlaceholder } from "./no-placeholder.js";
import { rule as offerPrivateChannel } from "./offer-private-channel.js";
import { rule as showEmpathy } from "./show-empathy.js";
import { rule as signedByPerson } from "./signed-by-person.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each rule types its own options
export const RULES: ReadonlyMap<string, Rule<any>> = new Map<string, Rule<any>>([
  ["no-canned-phrase", noCannedPhrase],
  ["no-over-promise", noOverPromise],
  ["no-blame", noBlame],
  ["address-customer", addressCustomer],
  ["signed-by-person", signedByPerson],
  ["show-empathy", showEmpathy],
  ["concrete-next-step", concreteNextStep],
  ["offer-private-channel", offerPrivateChannel],
  ["no-placeholder", noPlaceholder],
  ["calm-tone", calmTone],
  ["max-length", maxLength],
]);
