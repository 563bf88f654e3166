/** Hide date expressions in a sentence so an option or item does not state its own answer. */
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:\\.|(?![A-Za-z]))";
const PATTERNS = [
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[-–—]\\s*\\d{1,2}(?:st|nd|rd|th)?\\s*)?(?:of\\s+)?${MONTH}(?:,?\\s+\\d{4})?`, "g"),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?!\\d)(?:st|nd|rd|th)?(?:\\s*[-–—]\\s*\\d{1,2}(?!\\d))?(?:,?\\s+\\d{4})?`, "g"),
  new RegExp(`\\b(?:early|mid|late)?[-\\s]?${MONTH}(?:\\s+\\d{4})?`, "g"),
  /\b(?:1[6-9]|20)\d{2}\b/g,
];

export function redactDates(s: string): string {
  let out = s;
  for (const re of PATTERNS) out = out.replace(re, "…");
  return out.replace(/…(\s*…)+/g, "…").trim();
}
