/**
 * The library: the articles of content/ and the articles teachers added (UploadedArticle rows not
 * withdrawn), parsed and reconciled as one corpus, so an added article merges with the events
 * content/ describes exactly as a file dropped into content/ would. Content errors stop an import;
 * an added article that no longer parses (the parser changed since it was published) is left out
 * with a warning naming it, so one teacher's article can never stop the app from starting.
 */
import { readFileSync } from "node:fs";
import { listArticleFiles } from "../../content/load";
import { parseArticle, reconcile } from "../../content";
import type { Corpus, ParsedArticle } from "../../facts/types";
import type { Db, Prisma } from "../db/client";

export interface LibraryFile {
  file: string;
  bytes: Buffer;
}

type Reader = Pick<Db | Prisma.TransactionClient, "uploadedArticle">;

export function contentFiles(contentDir: string): LibraryFile[] {
  return listArticleFiles([contentDir]).map((entry) => ({ file: entry.file, bytes: readFileSync(entry.path) }));
}

export async function uploadedFiles(database: Reader, options: { exceptId?: string } = {}): Promise<LibraryFile[]> {
  const rows = await database.uploadedArticle.findMany({
    where: { withdrawnAt: null, ...(options.exceptId && { id: { not: options.exceptId } }) },
    select: { file: true, text: true },
    orderBy: { file: "asc" },
  });
  return rows.map((row) => ({ file: row.file, bytes: Buffer.from(row.text, "utf8") }));
}

export function parseFiles(files: LibraryFile[]): ParsedArticle[] {
  return files.map((entry) => parseArticle(entry.file, entry.bytes));
}

/** Reconciles parsed content/ articles with the added articles into one corpus (see the module comment for errors). */
export function parseLibrary(content: ParsedArticle[], uploads: LibraryFile[]): Corpus {
  const parsed = [...content];
  const skipped: Corpus["issues"] = [];
  for (const entry of uploads) {
    const article = parseArticle(entry.file, entry.bytes);
    const error = article.issues.find((issue) => issue.severity === "error");
    if (error) skipped.push({ severity: "warning", file: entry.file, line: error.line, message: `left out of the library: ${error.message}` });
    else parsed.push(article);
  }
  const corpus = reconcile(parsed);
  return { ...corpus, issues: [...corpus.issues, ...skipped] };
}

/** The whole library as it is in the database now (inside an import transaction: after its lock). */
export async function readLibrary(database: Reader, contentDir: string): Promise<Corpus> {
  return parseLibrary(parseFiles(contentFiles(contentDir)), await uploadedFiles(database));
}
