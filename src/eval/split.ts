/**
 * The two parts of a labelled set: "calibration" (about 60% of the lines, what rules, weights
 * and thresholds are tuned on) and "held-out" (about 40%, never tuned on: it shows how the
 * figures hold on text the tuning never saw). A line's part is fixed by a hash of its id, so
 * it is the same on every run and on every machine, and adding lines never moves old ones.
 */
import { createHash } from "node:crypto";

export type Part = "calibration" | "held-out";

export const PARTS: readonly Part[] = ["calibration", "held-out"];

/** The part a labelled line belongs to: the first byte of the SHA-1 of its id, mod 10, below 6 is calibration. */
export function partOf(id: string): Part {
  return createHash("sha1").update(id).digest()[0]! % 10 < 6 ? "calibration" : "held-out";
}
