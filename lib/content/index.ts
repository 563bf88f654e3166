/**
 * The content parser and reconciler: battle articles (plain text) → sourced structured facts.
 * Pure functions; file-system loading lives in ./load (Node only).
 */
import type { Corpus } from "../facts/types";
import { parseArticle } from "./article";
import { reconcile } from "./reconcile";

export { parseArticle } from "./article";
export { parsePartOf, isWarPhrase } from "./partof";
export { reconcile } from "./reconcile";
export { parseDateRange } from "./dates";
export { matchNumbers, parseNumberRange } from "./numbers";
export { parseCasualties } from "./casualties";
export { splitPeople, samePerson, personKey } from "./people";
export { factId, versionHash } from "./facts";

/** Parses and reconciles in-memory files (names relative to the content root). */
export function parseCorpus(inputs: { file: string; bytes: Buffer }[]): Corpus {
  return reconcile(inputs.map((i) => parseArticle(i.file, i.bytes)));
}
