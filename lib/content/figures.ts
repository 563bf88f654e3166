/**
 * Whose figure, by whose count, and for when: a side's strength or loss figure read with the words
 * around it. "26,211–28,169 casualties" on the Soviet–Mongolian side is the Soviet figure when the
 * article says "26,211–28,169 Soviet and 556–990 Mongolian casualties"; "21,389 killed (Japanese
 * medical records)" and "Soviet claim 83,737 killed" are competing counts; "57,000 (late August)" is
 * the strength at one moment. A question that drops these words asks for a different fact.
 */
import type { NumberRange, ProseNumberValue } from "../facts/types";
import { matchNumbers, type NumberMatch } from "./numbers";

/** The figures of a text; callers that look at the same texts many times pass a memo. */
export type NumbersOf = (text: string) => readonly NumberMatch[];

/** Words that mark a count as someone's account rather than the side's agreed figure. */
const CLAIM_RE = /\b(?:claims?|claimed|estimates?|estimated|records?|sources?|figures?|reports?|reported|according|official|count|archives?|data|historians?)\b/i;

/** The significant words of a belligerent's name ("Mongolian People's Republic" → mongolian). */
function nameStems(name: string): string[] {
  return name
    .split(/[\s'’-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:Empire|Union|Republic|Kingdom|People|Peoples|State|States|Democratic|Imperial|Socialist|Federation|Of|The)$/i.test(w))
    .map((w) => w.toLowerCase().slice(0, 5));
}

/**
 * The text before a figure, back to the start of its clause: "Soviet losses of 9,780–12,031 killed and "
 * heads a list the figure 24,425 belongs to. A capitalised name inside the list ("…, with 72 Mongolians")
 * starts another list, so the look-back stops there.
 */
function listHead(t: string, at: number): string {
  const from = Math.max(0, at - 100, t.lastIndexOf(";", at - 1) + 1, t.lastIndexOf(". ", at - 1) + 1);
  const head = t.slice(from, at);
  const cut = head.search(/,\s+with\s+[^,]*$|\bwhile\b[^,]*$/);
  return cut >= 0 ? head.slice(cut) : head;
}

/** Does a word name this belligerent ("Japanese" for "Empire of Japan", "Soviet" for "Soviet Union")? */
function names(word: string, belligerent: string): boolean {
  const w = word.toLowerCase();
  return w.length >= 4 && nameStems(belligerent).some((s) => s.length >= 4 && w.startsWith(s));
}

/**
 * The one belligerent of a coalition side that `texts` attribute the figure to: the figure is followed
 * by that belligerent's name and by no other name of the side ("26,211–28,169 Soviet and 556–990
 * Mongolian"). null when the side has one belligerent, or nothing says.
 */
export function figureBelligerent(r: NumberRange, belligerents: readonly string[], texts: readonly string[], numbersOf: NumbersOf = matchNumbers): string | null {
  if (belligerents.length < 2) return null;
  const found = new Set<string>();
  for (const t of texts) {
    for (const n of numbersOf(t)) {
      if (n.min !== r.min || n.max !== r.max) continue;
      // "26,211–28,169 Soviet and …", or before it: "Soviet losses of 9,780–12,031".
      const next =
        /^\s+(\p{Lu}[\p{L}-]*)(\s+and\s+(\p{Lu}[\p{L}-]*))?/u.exec(t.slice(n.end)) ??
        /(\p{Lu}[\p{L}-]*)\s+(?:losses|casualties|dead|strength|troops|forces)\s+(?:of|at|were|was|numbered|:)\s*(?:[^;.()]*?\b(?:and|,)\s+)?()()$/u.exec(listHead(t, n.start));
      if (!next) continue;
      const hit = belligerents.filter((b) => names(next[1]!, b));
      // "26,211 Soviet and Mongolian casualties": the whole side, not one member.
      if (next[3] && belligerents.some((b) => names(next[3]!, b))) continue;
      if (hit.length === 1) found.add(hit[0]!);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * Who gives the figure, from the cell it was read in: a bracket right after it ("21,389 killed
 * (Japanese medical records)") or the head of its part of the cell ("Soviet claim 83,737 killed, …",
 * "According to Soviet sources, …").
 */
export function figureClaimant(r: NumberRange, cell: string): string | null {
  const pos = figureAt(r, cell);
  return pos ? claimantAt(pos, cell) : null;
}

function claimantAt(pos: FigurePosition, cell: string): string | null {
  const at = pos.at;
  const after = /^[^()\d;]{0,40}\(([^()]{2,60})\)/.exec(cell.slice(pos.end));
  if (after && CLAIM_RE.test(after[1]!)) return after[1]!.trim();
  const partStart = Math.max(cell.lastIndexOf(";", at), cell.lastIndexOf("\n", at)) + 1;
  const head = cell.slice(partStart, at);
  const acc = /\baccording\s+to\s+([^,;:\d]{2,60}?)[,:]?\s*$/i.exec(head);
  if (acc) return acc[1]!.trim();
  const lead = /^\s*(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}?\s+(?:claims?|estimates?|figures?|sources|records|reports?))\s*:?\s*/u.exec(head);
  return lead ? lead[1]!.trim() : null;
}

/** A bracket after the figure that is not a source: when or where the figure holds ("57,000 (late August)"). */
export function figureQualifier(r: NumberRange, cell: string): string | null {
  const pos = figureAt(r, cell);
  return pos ? qualifierAt(pos, cell) : null;
}

function qualifierAt(pos: FigurePosition, cell: string): string | null {
  const after = /^[^()\d;,]{0,20}\(([^()]{2,40})\)/.exec(cell.slice(pos.end));
  if (!after || CLAIM_RE.test(after[1]!) || /\d{3}/.test(after[1]!) || /^(?:including|incl\.?|of whom|of them)\b/i.test(after[1]!)) return null;
  return after[1]!.trim();
}

interface FigurePosition {
  at: number;
  end: number;
}

/** Where the figure is in its cell: its text once, else the first number with its value. */
function figureAt(r: NumberRange, cell: string, numbersOf: NumbersOf = matchNumbers): FigurePosition | null {
  const t = r.text.trim();
  const at = t ? cell.indexOf(t) : -1;
  if (at >= 0 && cell.indexOf(t, at + 1) < 0 && at + t.length < cell.length && t !== cell.trim()) return { at, end: at + t.length };
  const n = numbersOf(cell).find((m) => m.min === r.min && m.max === r.max);
  return n ? { at: n.start, end: n.end } : null;
}

/** The figure with what its surroundings say about it; fields are set only when something is found. */
export function annotateFigure<R extends NumberRange>(r: R, cell: string, belligerents: readonly string[], texts: readonly string[], numbersOf: NumbersOf = matchNumbers): R {
  const out = { ...r };
  const b = belligerents.length < 2 ? null : figureBelligerent(r, belligerents, [cell, ...texts], numbersOf);
  if (b) out.belligerent = b;
  const pos = figureAt(r, cell, numbersOf);
  const c = pos && claimantAt(pos, cell);
  if (c) out.claimant = c;
  const q = pos && qualifierAt(pos, cell);
  if (q) out.qualifier = q;
  return out;
}

/** Prose words for what a casualty category counts: "casualties" and "losses" are totals. */
const TOTAL_WORDS_RE = /\b(?:casualties|losses)\b/i;

/**
 * Does the prose give another figure for the same side and category ("Brinkley's history gives … 1,363
 * Russians killed" beside the infobox's 593 killed)? Then the cell's figure is one count among several,
 * and a question must say it asks for the infobox's.
 */
export function hasCompetingFigure(r: NumberRange, category: string, belligerents: readonly string[], prose: readonly ProseNumberValue[]): boolean {
  return prose.some((p) => {
    // "casualties"/"losses" count a total; "out of 158,000 Russians" counts a strength.
    const measure =
      p.measure === "other" && TOTAL_WORDS_RE.test(p.quantity.text) ? "total" : p.measure === "other" && /^[\d,.~\s–-]+\p{Lu}\p{L}+$/u.test(p.quantity.text.trim()) ? "strength" : p.measure;
    if (measure !== category || !p.subject) return false;
    // The same belligerent: the figure's own, or the side's only one. Another member's figure ("556–990
    // Mongolian" beside the Soviet figure) is a part of the side, not a rival count.
    const whose = r.belligerent ? [r.belligerent] : belligerents.length === 1 ? belligerents : [];
    const words = p.subject.split(/\s+/);
    if (!whose.some((b) => words.some((w) => names(w, b)))) return false;
    // Clearly another figure: no overlap and more than 10% apart.
    const q = p.quantity;
    return (q.max < r.min || q.min > r.max) && Math.abs(q.min - r.min) > 0.1 * Math.max(q.min, r.min);
  });
}
