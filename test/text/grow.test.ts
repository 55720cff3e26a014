// atLeast: the one rule by which the per-word typed arrays grow.
import { describe, expect, it } from "vitest";
import { atLeast } from "../../src/text/grow.js";

describe("atLeast", () => {
  it.each([
    ["long enough: the same array", () => new Int32Array(8), 8, 0, 8, true],
    ["doubles", () => new Int32Array(8), 9, 0, 16, false],
    ["the length asked when more than double", () => new Uint8Array(8), 40, 0, 40, false],
    ["the floor when more than both", () => new Uint16Array(0), 1, 1024, 1024, false],
  ] as const)("%s", (_what, make, length, floor, size, same) => {
    const array = make();
    array.fill(7);
    const grown = atLeast(array, length, floor);
    expect(grown.length).toBe(size);
    expect(grown === array).toBe(same);
    expect(grown.constructor).toBe(array.constructor);
    expect([...grown.subarray(0, array.length)]).toEqual([...array]);
    expect([...grown.subarray(array.length)].every((v) => v === 0)).toBe(true);
  });
});
