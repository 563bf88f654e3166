/** Parses content/ and imports it: the whole import, used by `npm run import` and `npm start`. */
import type { Config } from "../../env";
import { loadCorpus } from "../../content/load";
import type { ParseIssue } from "../../facts/types";
import { createDb } from "../db/client";
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

export async function importContentFromDisk(cfg: Pick<Config, "contentDir" | "database">, options: ImportOptions = {}): Promise<ImportReport> {
  const corpus = loadCorpus([cfg.contentDir]);
  const blocking = corpus.issues.filter((issue) => issue.severity === "error" || options.strict);
  if (blocking.length) throw new ContentError(blocking);
  for (const issue of corpus.issues) options.onWarning?.(issue);

  const client = createDb(cfg.database);
  try {
    return await importCorpus(client, corpus, options.now);
  } finally {
    await client.$disconnect();
  }
}
