/**
 * What a teacher sees before an article joins the library: the facts read from it, each with its
 * line; the parser's warnings and errors with their lines; and what the import will do with the
 * event: a new event, or a merge with the event other articles already describe (and why), and
 * which events of the same name it keeps apart (and why). Computed by comparing the library parsed
 * without the article and with it, so the preview is exactly what publishing will import.
 */
import type { BattleEvent, Corpus, Fact } from "../facts/types";

export interface PreviewFact {
  id: string;
  kind: Fact["kind"];
  /** 1-based side, or null for the event as a whole. */
  side: number | null;
  /** The value in words. */
  value: string;
  line: number;
  /** What the article says, as it says it: the fact's own words when the line holds them, else the line. */
  quote: string;
  /** The library already states this (from another article): publishing adds a source, not a fact. */
  alreadyKnown: boolean;
  /** The library states this slot differently: publishing changes the value students learn. */
  changes: string | null;
}

export interface PreviewIssue {
  line: number;
  severity: "error" | "warning";
  message: string;
}

export interface EventOutcome {
  kind: "new" | "merge";
  eventId: string;
  name: string;
  /** The articles already in that event (merge only). */
  mergesWith: { file: string; title: string }[];
  /** One sentence on why. */
  reason: string;
  /** Events that share a name or alias with this one but stay separate, with the reason. */
  keptApart: { eventId: string; name: string; reason: string }[];
}

export interface ArticlePreview {
  file: string;
  title: string;
  shape: string;
  /** false when the parser found an error: nothing can be published. */
  publishable: boolean;
  facts: PreviewFact[];
  issues: PreviewIssue[];
  event: EventOutcome | null;
}

export function previewArticle(before: Corpus, after: Corpus, file: string): ArticlePreview {
  const article = after.articles.find((entry) => entry.file === file);
  const issues: PreviewIssue[] = after.issues
    .filter((issue) => issue.file === file)
    .map((issue): PreviewIssue => ({ line: issue.line, severity: issue.severity === "error" ? "error" : "warning", message: issue.message }))
    .sort((a, b) => a.line - b.line);
  const event = article?.eventId ? after.events.find((candidate) => candidate.id === article.eventId) : undefined;
  const publishable = !issues.some((issue) => issue.severity === "error") && event !== undefined;
  if (!article || !event) return { file, title: article?.title ?? "", shape: article?.shape ?? "", publishable: false, facts: [], issues, event: null };

  const known = new Map(before.events.flatMap((candidate) => candidate.facts).map((fact) => [fact.id, fact]));
  const facts = event.facts
    .map((fact) => ({ fact, source: [fact.source, ...fact.alsoIn].find((ref) => ref.file === file) }))
    .filter((entry): entry is { fact: Fact; source: Fact["source"] } => entry.source !== undefined)
    .map(({ fact, source }): PreviewFact => {
      const earlier = known.get(fact.id);
      const value = describeValue(fact);
      // A new spelling or source changes the hash without changing what students learn.
      const changed = earlier && earlier.versionHash !== fact.versionHash && describeValue(earlier) !== value ? describeValue(earlier) : null;
      return { id: fact.id, kind: fact.kind, side: fact.side, value, line: source.line, quote: source.text.includes(fact.text) ? fact.text : source.text, alreadyKnown: earlier !== undefined && changed === null, changes: changed };
    })
    .sort((a, b) => a.line - b.line || a.kind.localeCompare(b.kind));

  return { file, title: article.title, shape: article.shape, publishable, facts, issues, event: outcomeFor(before, after, event, file) };
}

function outcomeFor(before: Corpus, after: Corpus, event: BattleEvent, file: string): EventOutcome {
  const others = after.articles.filter((entry) => entry.eventId === event.id && entry.file !== file).map(({ file: other, title }) => ({ file: other, title }));
  const existing = before.events.find((candidate) => candidate.id === event.id) ?? before.events.find((candidate) => others.length > 0 && before.articles.some((entry) => entry.eventId === candidate.id && entry.file === others[0]!.file));
  const names = nameKeys(event);
  const keptApart = after.events
    .filter((candidate) => candidate.id !== event.id && nameKeys(candidate).some((key) => names.includes(key)))
    .map((candidate) => ({ eventId: candidate.id, name: candidate.name, reason: apartReason(event, candidate) }));
  if (others.length === 0 || !existing)
    return { kind: "new", eventId: event.id, name: event.name, mergesWith: [], reason: keptApart.length ? "No article in the library describes this event: the events of the same name below differ in date or war." : "No article in the library describes an event of this name.", keptApart };
  return { kind: "merge", eventId: event.id, name: event.name, mergesWith: others, reason: mergeReason(event, existing), keptApart };
}

function mergeReason(event: BattleEvent, existing: BattleEvent): string {
  const shared = nameKeys(event).filter((key) => nameKeys(existing).includes(key));
  const parts = [`it names the same event (${shared.length ? quoteList(displayNames(existing).filter((name) => shared.includes(key(name)))) : quoteList([existing.name])})`];
  if (event.date && existing.date) parts.push(`its dates agree (${existing.date.text})`);
  if (event.partOf && existing.partOf && key(event.partOf) === key(existing.partOf)) parts.push(`in the same war (${existing.partOf})`);
  return `Merges with "${existing.name}": ${parts.join(", ")}.`;
}

function apartReason(event: BattleEvent, other: BattleEvent): string {
  const years = (candidate: BattleEvent) => candidate.date?.start.slice(0, 4) ?? null;
  if (years(event) !== null && years(other) !== null && years(event) !== years(other)) return `a different year (${other.date?.text ?? years(other)})`;
  if (event.partOf && other.partOf && key(event.partOf) !== key(other.partOf)) return `a different war (${other.partOf})`;
  if (event.place && other.place && key(event.place) !== key(other.place)) return `a different place (${other.place})`;
  return "the articles do not agree on date, war and place";
}

const key = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
const displayNames = (event: BattleEvent) => [event.name, ...event.aliases];
const nameKeys = (event: BattleEvent) => displayNames(event).map(key);
const quoteList = (names: string[]) => names.map((name) => `"${name}"`).join(", ");

/** A fact's value in words, for the preview list. */
export function describeValue(fact: Fact): string {
  switch (fact.kind) {
    case "date":
      return fact.value.text;
    case "commander":
      return [fact.value.rank, fact.value.name].filter(Boolean).join(" ") + (fact.value.status ? ` (${fact.value.status})` : "");
    case "strength":
    case "killed":
    case "wounded":
    case "captured":
    case "missing":
    case "civilian":
    case "total":
      return fact.value.text;
    case "casualties":
      return fact.value.text;
    case "timeline":
      return `${fact.value.text}`;
    case "proseNumber":
      return fact.value.sentence;
    default:
      return String(fact.value);
  }
}
