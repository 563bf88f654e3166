import { describe, expect, it } from "vitest";
import { parseArticle, reconcile } from "../../../lib/content";
import { readContent, SEEDS } from "./helpers";

/** Small deterministic PRNG so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("robustness", () => {
  it("never throws on damaged articles: dropped, repeated, cut and shuffled lines", () => {
    const r = rng(42);
    const parsed = [];
    for (let i = 0; i < 300; i++) {
      const lines = readContent(SEEDS[i % 3]!).toString("utf8").split("\n");
      const out: string[] = [];
      for (const l of lines) {
        const x = r();
        if (x < 0.1) continue; // dropped
        if (x < 0.15) out.push(l, l); // repeated
        else if (x < 0.2) out.push(l.slice(0, Math.floor(r() * l.length))); // cut
        else out.push(l);
      }
      if (r() < 0.2) out.sort(() => r() - 0.5);
      const cut = r() < 0.3 ? Math.floor(r() * out.join("\n").length) : undefined;
      const text = out.join("\n").slice(0, cut);
      const a = parseArticle(`fuzz-${i}.txt`, text);
      for (const issue of a.issues) {
        expect(issue.file).toBe(`fuzz-${i}.txt`);
        expect(issue.line).toBeGreaterThanOrEqual(1);
        expect(issue.message.length).toBeGreaterThan(5);
      }
      parsed.push(a);
    }
    const corpus = reconcile(parsed);
    expect(corpus.articles).toHaveLength(300);
    for (const e of corpus.events) {
      const ids = e.facts.map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  // No backtracking blow-up: each parse ends (the test's own timeout catches one that would not);
  // speed itself is `npm run bench`'s business.
  it("parses pathological input to an article, each in its own right", () => {
    const inputs = [
      "= T =\nInfobox\n- Commander1: " + "Abc ".repeat(20000) + "\n\nx",
      "= T =\nInfobox\n- Casualties1: " + "1,000,".repeat(20000) + "00\n\nx",
      "T | |\n" + "|".repeat(200000) + "\n",
      "= T =\nInfobox\n- Date: 1905\n\n" + "A.Ab.".repeat(40000) + " " + "On 7 July ".repeat(5000),
      "= T =\nInfobox\n- Strength1: 5\n\n" + "The Russians suffered 181 dead and ".repeat(5000),
    ];
    for (const text of inputs) {
      const article = parseArticle("big.txt", text);
      expect(article.title.length + article.issues.length).toBeGreaterThan(0);
    }
  });

  it("reads CRLF line endings and a BOM like LF", () => {
    const lf = readContent(SEEDS[0]).toString("utf8");
    const crlf = "\ufeff" + lf.replace(/\n/g, "\r\n");
    const a = parseArticle("x.txt", lf);
    const b = parseArticle("x.txt", crlf);
    expect(b.event).toEqual(a.event);
    expect(b.issues).toEqual([]);
  });
});
