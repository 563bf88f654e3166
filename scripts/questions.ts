/**
 * Print a quiz as JSON, with keys, distractors and explanations.
 *   tsx scripts/questions.ts [--event <id>]… [--count N] [--seed S] [--format f[,f]] [--family f[,f]]
 *                            [--content <dir>] [--all] [--allow-repeat]
 * Usage errors exit 2.
 */
import { pathToFileURL } from "node:url";
import { loadCorpus } from "../lib/content/load";
import { assembleQuiz, FAMILIES, FORMATS, generateQuestions, type Family, type Format } from "../lib/questions";

const USAGE =
  "usage: questions [--event <id>]... [--count N] [--seed S] [--format " +
  FORMATS.join("|") +
  "] [--family " +
  FAMILIES.join("|") +
  "] [--content <dir>] [--all] [--allow-repeat]";

class UsageError extends Error {}

interface Args {
  events: string[];
  count: number;
  seed: string;
  formats: Format[];
  families: Family[];
  content: string;
  all: boolean;
  allowRepeat: boolean;
}

export function parseArgs(argv: string[]): Args {
  const a: Args = { events: [], count: 10, seed: "1", formats: [], families: [], content: "content", all: false, allowRepeat: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--event":
        a.events.push(...value().split(","));
        break;
      case "--count": {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) throw new UsageError(`--count must be a positive integer, got ${v}`);
        a.count = n;
        break;
      }
      case "--seed":
        a.seed = value();
        break;
      case "--format":
        for (const f of value().split(",")) {
          if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format ${f} (one of ${FORMATS.join(", ")})`);
          a.formats.push(f as Format);
        }
        break;
      case "--family":
        for (const f of value().split(",")) {
          if (!(FAMILIES as readonly string[]).includes(f)) throw new UsageError(`unknown family ${f} (one of ${FAMILIES.join(", ")})`);
          a.families.push(f as Family);
        }
        break;
      case "--content":
        a.content = value();
        break;
      case "--all":
        a.all = true;
        break;
      case "--allow-repeat":
        a.allowRepeat = true;
        break;
      case "--help":
      case "-h":
        throw new UsageError("");
      default:
        throw new UsageError(`unknown argument ${flag}`);
    }
  }
  return a;
}

export function main(argv: string[] = process.argv.slice(2)): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) process.stderr.write(`questions: ${e.message}\n`);
      process.stderr.write(USAGE + "\n");
      return 2;
    }
    throw e;
  }
  const corpus = loadCorpus([args.content]);
  const known = new Set(corpus.events.map((e) => e.id));
  for (const id of args.events)
    if (!known.has(id)) {
      process.stderr.write(`questions: unknown event ${id}; known: ${[...known].sort().join(", ")}\n`);
      return 2;
    }
  const filter = {
    ...(args.events.length ? { events: args.events } : {}),
    ...(args.formats.length ? { formats: args.formats } : {}),
    ...(args.families.length ? { families: args.families } : {}),
  };
  const questions = args.all
    ? generateQuestions(corpus.events, filter)
    : assembleQuiz(corpus.events, { ...filter, count: args.count, seed: args.seed, allowRepeat: args.allowRepeat });
  process.stdout.write(JSON.stringify({ questions }, null, 2) + "\n");
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
