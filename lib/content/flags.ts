/**
 * Rendered flag images leave their file names in scraped cells: "Flag of the British East India
 * Company (1801).svg Sir Hugh Gough", "Sikh Empire flag.jpg Sher Singh White flag icon.svg".
 * The names are dropped; the white-flag icon, which marks a surrender, becomes "(surrendered)".
 */
import { isStateName } from "./sides";

const IMAGE_EXT = "(?:svg|png|jpe?g|gif)";
const WHITE_FLAG_RE = new RegExp(`\\bWhite flag icon\\.${IMAGE_EXT}\\b`, "gi");
/** "Flag of Genoa.svg", "Naval Ensign of Sweden.svg", "Royal Standard of Scotland.svg". */
const FLAG_OF_RE = new RegExp(`\\b(?:(?:Naval|Royal|Civil|State|War|Imperial|National)\\s+)?(?:Flag|Banner|Standard|Ensign|Coat of arms|Arms) of [^|\\n]*?\\.${IMAGE_EXT}\\b`, "gi");
/** "Union flag 1606 (Kings Colors).svg": a file name with a flag word in it, up to its extension. */
const FLAG_WORD_FILE_RE = new RegExp(`(?:\\p{Lu}[\\p{L}'\u2019-]*\\s+)?(?:flag|banner|ensign|standard)\\b[^|\\n]*?\\.${IMAGE_EXT}\\b`, "giu");
const NAMED_FLAG_RE = new RegExp(`((?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){1,3})(?:flag|standard|ensign|banner|CoA|coat of arms)\\.${IMAGE_EXT}\\b`, "gu");
const ANY_IMAGE_RE = new RegExp(`\\S+\\.${IMAGE_EXT}\\b`, "giu");
const QUICK_RE = new RegExp(`\\.${IMAGE_EXT}\\b`, "i");

/** "25px Ottoman Empire", "23px|border|link Ottoman Empire": an image's size left where its file name was lost. */
// ("22pxMughal Empire": the size glued to the name that follows.)
const IMAGE_SIZE_RE = /(?<![\p{L}\d])\d{1,3}px(?:\|[^\s|]*)*(?=\s|$|\p{Lu}\p{Ll})/gu;

export function stripFlagImages(s: string): string {
  if (s.includes("px")) s = s.replace(IMAGE_SIZE_RE, " ").replace(/\s{2,}/g, " ").trim();
  if (!QUICK_RE.test(s)) return s;
  let t = s.replace(WHITE_FLAG_RE, " (surrendered) ").replace(FLAG_OF_RE, " ");
  // "Sikh Empire flag.jpg": the country before the file name goes with it, when it is one.
  t = t.replace(NAMED_FLAG_RE, (_m, words: string) => {
    const ws = words.trim().split(/\s+/);
    for (let k = 1; k <= ws.length; k++) if (isStateName(ws.slice(-k).join(" "))) return ` ${ws.slice(0, -k).join(" ")} `;
    return ` ${words} `;
  });
  return t.replace(FLAG_WORD_FILE_RE, " ").replace(ANY_IMAGE_RE, " ").replace(/\s{2,}/g, " ").trim();
}
