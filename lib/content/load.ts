/**
 * Node-only: reads article files from disk and parses them.
 * A directory contributes its *.txt files recursively, sorted, named relative to that directory
 * (with "/" separators); a file given directly is named by its basename.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import type { Corpus } from "../facts/types";
import { parseCorpus } from "./index";

function walk(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && e.name.endsWith(".txt")) out.push(p);
  }
}

/** Lists the article files of `paths` as {file name, absolute path}, in a stable order. */
export function listArticleFiles(paths: string[]): { file: string; path: string }[] {
  const out: { file: string; path: string }[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      const found: string[] = [];
      walk(p, found);
      const rel = found.map((f) => ({ file: relative(p, f).split(sep).join("/"), path: f }));
      rel.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      out.push(...rel);
    } else out.push({ file: basename(p), path: p });
  }
  return out;
}

/** Reads and parses files and directories of articles into one corpus. Throws if a path is missing. */
export function loadCorpus(paths: string[]): Corpus {
  return parseCorpus(listArticleFiles(paths).map((f) => ({ file: f.file, bytes: readFileSync(f.path) })));
}
