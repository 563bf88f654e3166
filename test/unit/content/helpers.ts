import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Fact, FactKind, FactOf, ParsedArticle } from "../../../lib/facts/types";
import { parseArticle } from "../../../lib/content";
import { clean } from "../../../lib/content/text";
import { renderWikiLine } from "../../../lib/content/wiki";

export const CONTENT_DIR = fileURLToPath(new URL("../../../content/", import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL("../../fixtures/articles/", import.meta.url));

export const SEEDS = ["000_0cdfd5aa0431fa71.txt", "001_fc88645e8bd454a4.txt", "002_2fb1f27a83095e86.txt"] as const;

export function readContent(file: string): Buffer {
  return readFileSync(CONTENT_DIR + file);
}

export function readFixture(file: string): Buffer {
  return readFileSync(FIXTURES_DIR + file);
}

export function parseSeed(file: string): ParsedArticle {
  return parseArticle(file, readContent(file));
}

export function parseFixture(file: string): ParsedArticle {
  return parseArticle(file, readFixture(file));
}

export function factsOf<K extends FactKind>(facts: Fact[], kind: K, side?: number | null): FactOf<K>[] {
  return facts.filter((f) => f.kind === kind && (side === undefined || f.side === side)) as unknown as FactOf<K>[];
}

/**
 * Every source of every fact points at its line (lines[line - 1] is the recorded raw text), and
 * the line contains what the fact quotes (figures quote their text with footnote markers removed,
 * so "45[11]–52 killed" on the line is quoted "45–52 killed").
 */
export function expectSourcesMatch(facts: Fact[], read: (file: string) => Buffer): string[] {
  const problems: string[] = [];
  const cache = new Map<string, string[]>();
  for (const f of facts) {
    for (const ref of [f.source, ...f.alsoIn]) {
      let lines = cache.get(ref.file);
      if (!lines) cache.set(ref.file, (lines = read(ref.file).toString("utf8").split("\n")));
      if (lines[ref.line - 1] !== ref.text) problems.push(`${f.kind} ${f.key}: ${ref.file}:${ref.line}`);
    }
    // Wiki source: a fact quotes its line as rendered ("[[Kessmark]]" reads "Kessmark").
    if (!f.source.text.includes(f.text) && !clean(f.source.text).includes(f.text) && !renderWikiLine(f.source.text).includes(f.text)) problems.push(`${f.kind} ${f.key}: text not on its line`);
  }
  return problems;
}
