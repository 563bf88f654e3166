/** Parses content/ and imports it: the whole import, used by `npm run import` and `npm start`. */
import type { Config } from "../../env";
import type { ParseIssue } from "../../facts/types";
import { createDb } from "../db/client";
import { contentFiles, parseFiles, parseLibrary, uploadedFiles } from "../library/corpus";
import { importCorpus, type ImportReport } from "./import-corpus";

export class ContentError extends Error {
  override name = "ContentError";
  constructor(readonly issues: ParseIssue[]) {
    const shown = issues.slice(0, 20).map(formatIssue).join("\n");
    const more = issues.length > 20 ? `\n…and ${issues.length - 20} more` : "";
    super(`Content has ${issues.length} problem${issues.length === 1 ? "" : "s"}; nothing was imported:\n${shown}${more}`);
  }
}

export function formatIssue(issue: ParseIssue): string {
  return `${issue.file}:${issue.line}: ${issue.severity}: ${issue.message}`;
}

export interface ImportOptions {
  /** Treat warnings as errors. */
  strict?: boolean;
  now?: Date;
  /** Called with each warning that did not stop the import. */
  onWarning?: (issue: ParseIssue) => void;
}

/**
 * Imports the library: content/ (whose errors stop the import before anything is written) and the
 * articles teachers added, read inside the import transaction so a publish running at the same time
 * is never undone (lib/server/library/corpus.ts).
 */
export async function importContentFromDisk(cfg: Pick<Config, "contentDir" | "database">, options: ImportOptions = {}): Promise<ImportReport> {
  const content = parseFiles(contentFiles(cfg.contentDir));
  const contentIssues = content.flatMap((article) => article.issues);
  const blocking = contentIssues.filter((issue) => issue.severity === "error" || options.strict);
  if (blocking.length) throw new ContentError(blocking);

  const client = createDb(cfg.database);
  try {
    let warnings: ParseIssue[] = [];
    const report = await importCorpus(client, async (tx) => {
      const corpus = parseLibrary(content, await uploadedFiles(tx));
      warnings = corpus.issues;
      return corpus;
    }, options.now);
    for (const issue of warnings) options.onWarning?.(issue);
    return report;
  } finally {
    await client.$disconnect();
  }
}
