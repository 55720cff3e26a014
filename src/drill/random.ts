/**
 * Seeded randomness for drills: `--seed` makes a random pick or a crisis burst the same on
 * every machine (mulberry32 seeded from a string hash), so a trainer can give a whole team
 * the same drill.
 */

export type Random = () => number;

/** A PRNG in [0, 1) from any string seed. */
export function seededRandom(seed: string): Random {
  // FNV-1a, then mulberry32.
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher-Yates). */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** n items without repeats, cycling through fresh shuffles when n exceeds the pool. */
export function pickSeeded<T>(pool: readonly T[], n: number, seed: string): T[] {
  if (!pool.length || n <= 0) return [];
  const random = seededRandom(seed);
  const out: T[] = [];
  while (out.length < n) out.push(...shuffle(pool, random).slice(0, n - out.length));
  return out;
}
