/**
 * ASCII twins of Unicode patterns. V8 runs a `u` pattern with property classes (`\p{L}`) several
 * times slower than the same pattern over `[A-Za-z]`, and most lines of an article are plain
 * ASCII. On a string of ASCII characters only the two match exactly alike (ASCII has no marks and
 * no letters outside A–Z and a–z), so a hot pattern keeps its Unicode source as the definition and
 * runs its twin when the text is ASCII: `(isAscii(s) ? TWIN : RE).exec(s)`.
 */

const ASCII_RE = /^[\x00-\x7f]*$/;

export function isAscii(s: string): boolean {
  return ASCII_RE.test(s);
}

/** What each property class leaves of ASCII, as class members. */
const ASCII_MEMBERS: Readonly<Record<string, string>> = { L: "A-Za-z", Lu: "A-Z", Ll: "a-z", Lo: "", M: "", N: "0-9" };

/**
 * The same pattern without the `u` flag, each `\p{…}` replaced by its ASCII members (`[]`, which
 * matches nothing, when it has none). Throws on a property or a `u`-only escape it does not know,
 * so a new pattern cannot get a twin that means something else.
 */
export function asciiTwin(re: RegExp): RegExp {
  const src = re.source;
  let out = "";
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === "\\") {
      const next = src[i + 1];
      if (next === "p" || next === "P") {
        const close = src.indexOf("}", i);
        const name = src.slice(i + 3, close);
        const members = ASCII_MEMBERS[name];
        if (next === "P" || members === undefined || src[i + 2] !== "{") throw new Error(`asciiTwin: unsupported ${src.slice(i, close + 1)} in /${src}/`);
        out += inClass ? members : `[${members}]`;
        i = close;
        continue;
      }
      if (next === "u" && src[i + 2] === "{") throw new Error(`asciiTwin: unsupported code point escape in /${src}/`);
      out += c + (next ?? "");
      i++;
      continue;
    }
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    out += c;
  }
  return new RegExp(out, re.flags.replace("u", ""));
}
