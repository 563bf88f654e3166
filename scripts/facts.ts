/**
 * Parse articles and print their events and facts as JSON.
 *   tsx scripts/facts.ts <file|dir>... [--strict]
 * stdout: {"events":[…],"facts":[…all events' facts…],"issues":[…]}
 * stderr: one "file:line: severity: message" line per issue.
 * Exit 0 when clean, 1 on any error (or any warning with --strict), 2 on usage errors.
 */
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { ParseIssue } from "../lib/facts/types";
import { loadCorpus } from "../lib/content/load";

const USAGE = "usage: facts <file|dir>... [--strict]";

export function formatIssue(i: ParseIssue): string {
  return `${i.file}:${i.line}: ${i.severity}: ${i.message}`;
}

export function main(argv: string[] = process.argv.slice(2)): number {
  const paths: string[] = [];
  let strict = false;
  for (const a of argv) {
    if (a === "--strict") strict = true;
    else if (a === "--help" || a === "-h") {
      process.stderr.write(USAGE + "\n");
      return 2;
    } else if (a.startsWith("--")) {
      process.stderr.write(`facts: unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else paths.push(a);
  }
  if (paths.length === 0) {
    process.stderr.write(`facts: no input given\n${USAGE}\n`);
    return 2;
  }
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length) {
    process.stderr.write(`facts: no such file or directory: ${missing.join(", ")}\n${USAGE}\n`);
    return 2;
  }
  const corpus = loadCorpus(paths);
  const facts = corpus.events.flatMap((e) => e.facts);
  process.stdout.write(JSON.stringify({ events: corpus.events, facts, issues: corpus.issues }, null, 2) + "\n");
  for (const i of corpus.issues) process.stderr.write(formatIssue(i) + "\n");
  const failed = corpus.issues.some((i) => i.severity === "error" || strict);
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
