/**
 * The bundle with every non-ASCII character written as \uXXXX. esbuild escapes strings and
 * templates but not regular expressions, String.raw templates or comments; an ASCII script is
 * read and held by V8 as one byte per character (a UTF-8 one takes twice the memory and a slower
 * read, on every start). In a regular expression, and in the String.raw sources replybook builds
 * regular expressions from, \uXXXX means the same character.
 */
export function asAscii(text: string): string {
  return text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes: string, char: string) => {
    // After an escaping backslash, \uXXXX would not be the same character: refuse to guess.
    if (slashes.length % 2 === 1) throw new Error(`a backslash before "${char}" in the bundle; write the character as \\u${char.charCodeAt(0).toString(16).padStart(4, "0")} in the source`);
    return `${slashes}\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
