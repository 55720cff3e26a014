/**
 * A short, stable name for a text: FNV-1a, 64 bits as two 32-bit halves, in hex. Not for
 * security; for cache file names and for telling whether what a cache was built from changed.
 *
 * @example
 *   hashText("en:banned:sorry for any inconvenience") // "4f0c1e2a9b3d5c71" (16 hex digits)
 */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}
