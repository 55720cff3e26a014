/**
 * How customers are matched: any case, accents ignored, spaces collapsed, and a handle's
 * leading "@" optional. "@LauraB", "laurab" and "LAURAB" are one customer; "Laura  Bianchi"
 * and "laura bianchi" are one name. SQLite's own NOCASE only knows ASCII, so the SQLite store
 * registers this function as `rb_fold` and compares folded text on both sides.
 */
export function foldKey(text: string | null | undefined): string {
  if (!text) return "";
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** A handle folded for comparison: no leading "@". */
export function foldHandle(handle: string | null | undefined): string {
  return foldKey(handle).replace(/^@+/, "");
}
