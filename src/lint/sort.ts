/**
 * Array#sort for the short arrays the linter sorts on every reply (a reply's findings, its
 * time expressions, a rule's hits): with a handful of items, Array#sort's own set-up costs more
 * than the sorting. An insertion sort is stable like Array#sort, so both give the same order;
 * longer arrays (a long reply can have thousands of hits) still go to Array#sort.
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 16) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
