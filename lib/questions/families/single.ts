/** The common shape of one-value questions: a choice, a true/false pair and a typed answer from one key. */
import type { Fact } from "../../facts/types";
import type { Draft } from "../build";
import { echoCount, pickTiered, tierCloseness, type Candidate } from "../distractors";
import type { AcceptedText, Family } from "../types";
import { difficulty, rngFor } from "./common";

export interface Spec {
  family: Family;
  tid: string;
  facts: Fact[];
  slot: string;
  prompt: string;
  key: string;
  cands: Candidate[];
  ok: (text: string) => boolean;
  explanation: string;
  obscurity: number;
  /** "True or false: …" statement for a value. */
  statement?: (v: string) => string;
  /** The false statement's value, when a better one than the first wrong option exists (the key mirrored). */
  falseValue?: string;
  /** Typed version: accepted variants (key first). */
  typed?: { prompt: string; accepted: AcceptedText[]; rejectedReason: (t: string) => string };
  reveals?: string[];
}

/** choice + true/false pair + optional typed answer from one key and its candidates. */
export function single(s: Spec): Draft[] {
  const out: Draft[] = [];
  const ids = s.facts.map((f) => f.id);
  const wrong = pickTiered(rngFor(s.tid, ids), s.cands, 3, s.ok, [s.key], s.key, s.prompt);
  const reveals = s.reveals ?? [];
  // Three options at least; four when the candidates allow. A key that alone repeats words of the prompt
  // ("Port Arthur surrendered…" after "the Siege of Port Arthur") would be read off the wording.
  const echoes = echoCount(s.key, s.prompt) > Math.max(0, ...wrong.map((w) => echoCount(w.text, s.prompt)));
  if (wrong.length >= 2 && !echoes)
    out.push({
      templateId: `${s.tid}.choice`,
      family: s.family,
      format: "choice",
      facts: s.facts,
      prompt: s.prompt,
      key: s.key,
      wrong: wrong.map((w) => w.text),
      explanation: s.explanation,
      asks: [s.slot],
      reveals,
      difficulty: difficulty("choice", tierCloseness(wrong), s.obscurity),
    });
  // True/false come in pairs: a true statement with no false twin would teach "these are always true".
  const falseValue = s.falseValue ?? wrong[0]?.text;
  if (s.statement && falseValue !== undefined) {
    out.push({
      templateId: `${s.tid}.tf.true`,
      family: s.family,
      format: "trueFalse",
      facts: s.facts,
      prompt: `True or false: ${s.statement(s.key)}`,
      value: true,
      explanation: s.explanation,
      asks: [s.slot],
      reveals: [...reveals, s.slot],
      difficulty: difficulty("trueFalse", 0.4, s.obscurity),
    });
    const w = { text: falseValue, tier: s.falseValue !== undefined ? 0 : (wrong[0]?.tier ?? 0) };
    out.push({
      templateId: `${s.tid}.tf.false`,
      family: s.family,
      format: "trueFalse",
      facts: s.facts,
      prompt: `True or false: ${s.statement(w.text)}`,
      value: false,
      distractors: [w.text],
      explanation: s.explanation,
      asks: [s.slot],
      reveals,
      difficulty: difficulty("trueFalse", tierCloseness([w]), s.obscurity),
    });
  }
  if (s.typed) {
    const rejected = wrong.map((w) => ({ text: w.text, reason: s.typed!.rejectedReason(w.text) }));
    out.push({
      templateId: `${s.tid}.short`,
      family: s.family,
      format: "shortAnswer",
      facts: s.facts,
      prompt: s.typed.prompt,
      answer: { kind: "text", display: s.key, accepted: s.typed.accepted, rejected },
      explanation: s.explanation,
      asks: [s.slot],
      reveals,
      inputHint: "a short answer",
      difficulty: difficulty("shortAnswer", tierCloseness(wrong), s.obscurity),
    });
  }
  return out;
}

