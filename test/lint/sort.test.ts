import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortSmall } from "../../src/lint/sort.js";

describe("sortSmall", () => {
  it("orders like Array#sort, ties kept in place (stable), short arrays or long", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer()), { maxLength: 40 }), (items) => {
        const compare = (a: [number, number], b: [number, number]) => a[0] - b[0];
        expect(sortSmall(items.slice(), compare)).toEqual(items.slice().sort(compare));
      }),
      { numRuns: 2000 },
    );
  });
});
