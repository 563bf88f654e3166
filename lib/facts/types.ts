/**
 * The contract between the content parser (lib/content), the database import
 * (lib/server/import) and the question engine (lib/questions).
 * Pure data: everything here must survive JSON.stringify / JSON.parse.
 */

/** Where a fact was read: file relative to the content root, 1-based line, raw line text. */
export interface SourceRef {
  file: string;
  line: number;
  text: string;
}

export type DatePrecision = "day" | "month" | "year";

/**
 * A partial ISO date: "1905", "1905-07" or "1905-07-07".
 * Its length carries its own precision; never pad a missing part with invented values.
 */
export type PartialDate = string;

export interface DateRange {
  start: PartialDate;
  end: PartialDate;
  /** The coarsest precision of start and end. */
  precision: DatePrecision;
  /** The text the range was read from, e.g. "7–31 July 1905". */
  text: string;
}

/** A number or a range of numbers read from text ("c. 511", "700-2,000", "at least 962"). */
export interface NumberRange {
  min: number;
  max: number;
  /** true for "c.", "~", "about", "at least", "over"… : the figure is not exact. */
  approx: boolean;
  /** The text the figure was read from, footnote markers removed. */
  text: string;
  /**
   * The one belligerent of a coalition side the figure belongs to, when the article says so
   * ("26,211–28,169 Soviet and 556–990 Mongolian casualties" → "Soviet Union"). Absent: the whole side.
   */
  belligerent?: string;
  /** Whose count it is, when the source attributes it ("Japanese medical records", "Soviet claim"). */
  claimant?: string;
  /** When or where the figure holds, as the source qualifies it ("late August"). */
  qualifier?: string;
}

export type PersonStatus = "KIA" | "DOW" | "POW" | "WIA" | "executed" | "suicide" | "died";

export interface Person {
  /** Display name without rank or status, e.g. "Mikhail Nikolaevich Lyapunov". */
  name: string;
  /** Rank or title when the text gives one, e.g. "General". */
  rank: string | null;
  status: PersonStatus | null;
  /** Other spellings of the same person found across sources ("MN Lyapunov", "General Lyapunov"). */
  aliases: string[];
}

export interface Strength extends NumberRange {
  /** Qualitative or unparsed remainder ("including 10,000 reservists"). */
  note: string | null;
}

/** A sub-group line inside a casualty cell, e.g. "Pacific Fleet: 89 killed". */
export interface CasualtyNote {
  group: string;
  text: string;
  killed: NumberRange | null;
  wounded: NumberRange | null;
  captured: NumberRange | null;
  missing: NumberRange | null;
  civilian: NumberRange | null;
  total: NumberRange | null;
}

export interface Casualties {
  /** Whole cell text, footnote markers removed. */
  text: string;
  killed: NumberRange | null;
  wounded: NumberRange | null;
  captured: NumberRange | null;
  missing: NumberRange | null;
  civilian: NumberRange | null;
  total: NumberRange | null;
  /** Qualitative description kept as text ("Minimal", "Unknown"), else null. */
  qualitative: string | null;
  notes: CasualtyNote[];
}

export interface Side {
  /** 1-based, in the order the article lists the sides. */
  index: number;
  belligerents: string[];
  commanders: Person[];
  units: string[];
  strength: Strength | null;
  casualties: Casualties | null;
}

export interface TimelineEntry {
  date: PartialDate;
  /** The sentence (or clause) that states what happened. */
  text: string;
  source: SourceRef;
}

/** A field on which two sources of one event disagree. */
export interface FieldConflict {
  /** Slot key, e.g. "date", "side2.strength", "side1.casualties.killed". */
  field: string;
  values: { value: string; sources: SourceRef[] }[];
}

/** A field on which several sources of one event agree. */
export interface FieldAgreement {
  field: string;
  value: string;
  sources: SourceRef[];
}

export type FactKind =
  | "name"
  | "alias"
  | "partOf"
  | "campaign"
  | "date"
  | "place"
  | "result"
  | "territory"
  | "belligerent"
  | "commander"
  | "unit"
  | "strength"
  | "casualties"
  | "killed"
  | "wounded"
  | "captured"
  | "missing"
  | "civilian"
  | "total"
  | "timeline"
  | "proseNumber";

/** What a prose number counts. */
export type ProseMeasure = "killed" | "wounded" | "captured" | "missing" | "strength" | "population" | "other";

export interface ProseNumberValue {
  measure: ProseMeasure;
  quantity: NumberRange;
  /** Who the number is about, as the sentence says it ("the Japanese", "Russians"), or null. */
  subject: string | null;
  sentence: string;
}

/** The value of a fact, by kind. */
export interface FactValueByKind {
  name: string;
  alias: string;
  partOf: string;
  campaign: string;
  date: DateRange;
  place: string;
  result: string;
  territory: string;
  belligerent: string;
  commander: Person;
  unit: string;
  strength: Strength;
  casualties: Casualties;
  killed: NumberRange;
  wounded: NumberRange;
  captured: NumberRange;
  missing: NumberRange;
  civilian: NumberRange;
  total: NumberRange;
  timeline: { date: PartialDate; text: string };
  proseNumber: ProseNumberValue;
}

export interface FactOf<K extends FactKind> {
  /**
   * Stable id of the fact's slot: same event + kind + side + key → same id,
   * whatever the value. The value's own identity is `versionHash`.
   */
  id: string;
  eventId: string;
  kind: K;
  /** 1-based side index, or null for event-level facts. */
  side: number | null;
  /** Distinguishes several facts of one kind on one side (e.g. the commander's normalized name). */
  key: string;
  value: FactValueByKind[K];
  /** Raw text the fact was read from (cell, line or sentence). */
  text: string;
  /** The first source that states the fact. */
  source: SourceRef;
  /** Other sources that state the same fact. */
  alsoIn: SourceRef[];
  /** true when sources disagree on this slot; questions must not use it as a plain key. */
  disputed: boolean;
  /** sha-256 (hex, 16 chars) of the JSON value: changes when the article changes the fact. */
  versionHash: string;
}

export type Fact = { [K in FactKind]: FactOf<K> }[FactKind];

export interface BattleEvent {
  /** Stable slug id, e.g. "japanese-invasion-of-sakhalin-1905". */
  id: string;
  name: string;
  aliases: string[];
  /** The war, canonical across articles ("Soviet–Japanese War"), without "the" or qualifiers. */
  partOf: string | null;
  /**
   * The operation or campaign inside the war when the article names one
   * ("Invasion of South Sakhalin" for the Maoka landing), else null.
   */
  campaign: string | null;
  date: DateRange | null;
  place: string | null;
  result: string | null;
  territory: string | null;
  sides: Side[];
  timeline: TimelineEntry[];
  sources: { file: string; title: string }[];
  conflicts: FieldConflict[];
  agreements: FieldAgreement[];
  facts: Fact[];
}

export type Severity = "warning" | "error";

export interface ParseIssue {
  severity: Severity;
  file: string;
  line: number;
  message: string;
}

/** What one article file yields before reconciliation. */
export interface ParsedArticle {
  file: string;
  title: string;
  shape: "infobox" | "scraped";
  /** sha-256 hex of the file's bytes. */
  sha256: string;
  bytes: number;
  event: Omit<BattleEvent, "id" | "sources" | "conflicts" | "agreements" | "facts">;
  /** Every fact of the article with its own source line. eventId is "" until reconciliation. */
  facts: Fact[];
  issues: ParseIssue[];
}

export interface Corpus {
  events: BattleEvent[];
  articles: { file: string; title: string; shape: ParsedArticle["shape"]; sha256: string; bytes: number; eventId: string }[];
  issues: ParseIssue[];
}
