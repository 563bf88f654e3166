/**
 * Question engine types. A Question is the server-side record (key, accepted
 * answers, known distractors, explanation); PublicQuestion is what the browser
 * may see. Everything is plain JSON.
 */
import type { DatePrecision, SourceRef } from "../facts/types";

export type Format = "choice" | "trueFalse" | "shortAnswer" | "number" | "date" | "ordering" | "matching";

export type Family =
  | "dates"
  | "commanders"
  | "casualties"
  | "strength"
  | "result"
  | "war"
  | "campaign"
  | "place"
  | "belligerents"
  | "units"
  | "territory"
  | "names"
  | "timeline"
  | "prose";

export const FORMATS: readonly Format[] = ["choice", "trueFalse", "shortAnswer", "number", "date", "ordering", "matching"];
export const FAMILIES: readonly Family[] = [
  "dates",
  "commanders",
  "casualties",
  "strength",
  "result",
  "war",
  "campaign",
  "place",
  "belligerents",
  "units",
  "territory",
  "names",
  "timeline",
  "prose",
];

/** An option shown to the student; `id` is stable for a question, order is seeded. */
export interface Option {
  id: string;
  text: string;
}

/** Matching: left items are matched to right items (several left items may share one right item). */
export interface MatchingItems {
  left: Option[];
  right: Option[];
}

/** What a typed text answer must match: a canonical form plus its variants. */
export interface AcceptedText {
  /** What the student is told they matched ("Mikhail Nikolaevich Lyapunov"). */
  display: string;
  /** Spellings to compare against (display, aliases…); raw, normalised by the checker. */
  variants: string[];
  /** A person: enables name rules (word order, rank optional, unambiguous surname). */
  person?: { rank: string | null; surnames: string[] };
}

/** A known wrong answer that a typed answer must never drift into ("commanded the other side"). */
export interface RejectedText {
  text: string;
  reason: string;
}

export type Answer =
  | { kind: "choice"; optionId: string }
  | { kind: "boolean"; value: boolean }
  | {
      kind: "text";
      display: string;
      accepted: AcceptedText[];
      /** Surnames that identify an accepted answer only if no rejected name shares them. */
      rejected: RejectedText[];
    }
  | {
      kind: "number";
      display: string;
      min: number;
      max: number;
      approx: boolean;
      /** Accept answers within [min - tolerance, max + tolerance]. */
      tolerance: number;
      rejected: { value: number; reason: string }[];
    }
  | {
      kind: "date";
      display: string;
      start: string;
      end: string;
      precision: DatePrecision;
      /** Year implied by the question: a day-month answer without a year is accepted. */
      impliedYear: string | null;
    }
  | { kind: "order"; optionIds: string[] }
  | { kind: "match"; pairs: Record<string, string> };

export interface Explanation {
  /** One readable sentence: why the key is right. */
  text: string;
  /** Quoted lines, with file and 1-based line, that state the fact. */
  sources: { file: string; line: number; quote: string }[];
}

/**
 * What the browser may see before answering: nothing that tells the answer.
 * (templateId can say "…tf.false", fact ids can be looked up: both stay on the server.)
 */
export interface PublicQuestion {
  id: string;
  family: Family;
  format: Format;
  prompt: string;
  /** choice, trueFalse and ordering (items to order, shuffled). */
  options?: Option[];
  matching?: MatchingItems;
  /** For typed formats: a hint on the expected shape ("a number", "a date"). */
  inputHint?: string;
}

export interface Question extends PublicQuestion {
  templateId: string;
  generatorVersion: number;
  eventIds: string[];
  factIds: string[];
  /**
   * Facts the question uses only for context (the belligerent that names a side): they are versioned
   * with the question but do not keep other questions about them out of a quiz.
   */
  supportIds?: string[];
  /** factId → versionHash at generation time: lets the app notice a changed fact. */
  factVersions: Record<string, string>;
  /** 0 (easy) .. 1 (hard): distractor closeness and how obscure the fact is. */
  difficulty: number;
  answer: Answer;
  /** Plausible wrong answers (texts). For choice formats these are the wrong options. */
  distractors: string[];
  explanation: Explanation;
  /** Internal: the SourceRefs behind the question, for audit. */
  sources: SourceRef[];
  /** Tags used by assembly to avoid giveaways: "<eventId>:<slot>" the question reveals or asks. */
  reveals: string[];
  asks: string[];
}

export type UserAnswer = string | boolean | string[] | Record<string, string>;

export interface CheckResult {
  correct: boolean;
  verdict: "correct" | "close" | "incorrect";
  reason: string;
  matched?: string;
}
