/**
 * Growing the typed arrays that tables keyed by a word's id are held in (the tokenizer's
 * characters, the tries' and the router's per-word look-ups): one doubling rule for all of them.
 */
type Growable = Int32Array | Uint8Array | Uint16Array;

/**
 * `array` itself when it already holds `length` items, else a new array of the same kind with
 * its items copied: twice as long, or `length` (or `floor`) when that is more. Callers test
 * `length > array.length` first, so the hot path never pays for the call.
 *
 *   ids = atLeast(ids, id + 1, 1024);
 */
export function atLeast<T extends Growable>(array: T, length: number, floor = 0): T {
  if (length <= array.length) return array;
  const bigger = new (array.constructor as new (size: number) => T)(Math.max(array.length * 2, length, floor));
  bigger.set(array);
  return bigger;
}
