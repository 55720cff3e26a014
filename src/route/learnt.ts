/**
 * The router's learnt part: a naive Bayes classifier over the router's own features of a
 * message (its normalized words, ./words.ts, and the concepts it names, ./concepts.ts), learnt
 * from labelled examples written in our own words: each playbook's `examples` (a complaint it
 * handles, as customers write them) and the kinds' examples (./kind-examples.ts: praise,
 * questions, spam). Two classifiers share the features: one over the language's playbooks,
 * one over the kinds of message. ./route.ts adds the first's posterior to each playbook's
 * score and weighs the second's with the kind cues.
 *
 * Multinomial naive Bayes on binary features (each feature once per message), with additive
 * smoothing, equal priors (the examples' proportions are ours, not the queue's) and every
 * label's counts scaled to the same total (so a label with few examples does not win every
 * message whose words it never saw). A feature
 * never seen with a label weighs log(alpha / (total + alpha * V)); the model keeps that per
 * label and, per feature, only how much more it weighs with the labels it was seen with, so a
 * message's scores are sparse sums over its features' rows: no table of every feature for
 * every label, nothing allocated per message.
 *
 *   const nb = trainNaiveBayes([{ label: 0, features: ["charg", "twice"] }, { label: 1, features: ["rude", "driver"] }], 2);
 *   const sums = new Float64Array(2);
 *   posteriorOf(nb, [nb.rows.get("twice")!], sums, 1) // sums[0] > sums[1]
 */

/** One feature's weights: the labels it was seen with, and log((count + alpha) / alpha) for each. */
export interface LearntRow {
  labels: Int32Array;
  weights: Float64Array;
}

export interface NaiveBayes {
  labelCount: number;
  /** Per label: 0, or -Infinity for a label with no example (never predicted). */
  base: Float64Array;
  /** Per label: the log-probability of a feature never seen with it. */
  unseen: Float64Array;
  rows: Map<string, LearntRow>;
}

/** Learns a classifier from examples given as label indexes and their distinct features. */
export function trainNaiveBayes(docs: ReadonlyArray<{ label: number; features: readonly string[] }>, labelCount: number, alpha: number): NaiveBayes {
  const counts = new Map<string, Float64Array>();
  const totals = new Float64Array(labelCount);
  const docsPer = new Float64Array(labelCount);
  for (const { label, features } of docs) {
    docsPer[label]!++;
    for (const f of new Set(features)) {
      let c = counts.get(f);
      if (!c) counts.set(f, (c = new Float64Array(labelCount)));
      c[label]!++;
      totals[label]!++;
    }
  }
  const v = counts.size;
  // Every label's counts scaled to the same total: a label with few examples would otherwise
  // find every word it never saw less unlikely than a big one does, and win short messages.
  let seen = 0;
  let sum = 0;
  for (let l = 0; l < labelCount; l++) if (totals[l]! > 0) (seen++, (sum += totals[l]!));
  const mean = seen ? sum / seen : 0;
  const scale = Float64Array.from(totals, (t) => (t > 0 ? mean / t : 0));
  const base = new Float64Array(labelCount);
  const unseen = new Float64Array(labelCount);
  for (let l = 0; l < labelCount; l++) {
    base[l] = docsPer[l]! > 0 ? 0 : -Infinity;
    unseen[l] = Math.log(alpha / (mean + alpha * v));
  }
  const rows = new Map<string, LearntRow>();
  for (const [f, c] of counts) {
    const labels: number[] = [];
    const weights: number[] = [];
    for (let l = 0; l < labelCount; l++) {
      if (c[l]! > 0) {
        labels.push(l);
        weights.push(Math.log((c[l]! * scale[l]! + alpha) / alpha));
      }
    }
    rows.set(f, { labels: Int32Array.from(labels), weights: Float64Array.from(weights) });
  }
  return { labelCount, base, unseen, rows };
}

/**
 * The posterior of each label given the rows of a message's known features (each once), into
 * `out`, with a temperature (above 1 flattens the overconfident posteriors naive Bayes gives).
 * All zero when no feature is known: the classifier has nothing to say.
 */
export function posteriorOf(nb: NaiveBayes, rows: readonly LearntRow[], out: Float64Array, temperature: number): Float64Array {
  const n = nb.labelCount;
  if (rows.length === 0) {
    out.fill(0, 0, n);
    return out;
  }
  for (let l = 0; l < n; l++) out[l] = nb.base[l]! + rows.length * nb.unseen[l]!;
  for (const row of rows) for (let k = 0; k < row.labels.length; k++) out[row.labels[k]!]! += row.weights[k]!;
  let max = -Infinity;
  for (let l = 0; l < n; l++) if (out[l]! > max) max = out[l]!;
  let sum = 0;
  for (let l = 0; l < n; l++) {
    const e = out[l] === -Infinity ? 0 : Math.exp((out[l]! - max) / temperature);
    out[l] = e;
    sum += e;
  }
  for (let l = 0; l < n; l++) out[l]! /= sum;
  return out;
}

/** A classifier as saved in the compiled router (JSON): per feature, label and weight pairs. */
export interface SavedNaiveBayes {
  labelCount: number;
  base: Array<number | null>;
  unseen: number[];
  rows: Array<[string, number[]]>;
}

/** A language's two classifiers as `npm run build` saves them (./compiled.ts), with their key. */
export interface SavedLearnt {
  key: string;
  route: SavedNaiveBayes;
  kind: SavedNaiveBayes;
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

export function saveNaiveBayes(nb: NaiveBayes): SavedNaiveBayes {
  return {
    labelCount: nb.labelCount,
    base: [...nb.base].map((b) => (b === -Infinity ? null : b)),
    unseen: [...nb.unseen].map(r4),
    rows: [...nb.rows].map(([f, row]) => [f, [...row.labels].flatMap((l, k) => [l, r4(row.weights[k]!)])]),
  };
}

export function loadNaiveBayes(saved: SavedNaiveBayes): NaiveBayes {
  const rows = new Map<string, LearntRow>();
  for (const [f, pairs] of saved.rows) {
    const labels = new Int32Array(pairs.length / 2);
    const weights = new Float64Array(pairs.length / 2);
    for (let i = 0; i < labels.length; i++) {
      labels[i] = pairs[2 * i]!;
      weights[i] = pairs[2 * i + 1]!;
    }
    rows.set(f, { labels, weights });
  }
  return {
    labelCount: saved.labelCount,
    base: Float64Array.from(saved.base.map((b) => (b === null ? -Infinity : b))),
    unseen: Float64Array.from(saved.unseen),
    rows,
  };
}
