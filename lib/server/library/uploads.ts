/**
 * Articles teachers add in the browser. A preview parses the library with the article in it and
 * stores nothing; publishing stores the article and imports the library in one transaction
 * (lib/server/import: the same path as content/), so it is either fully in — facts versioned,
 * questions available — or not at all. The author may withdraw it: its facts retire, students'
 * history stays.
 */
import { sha256Hex } from "../../content/hash";
import { checkArticleBytes, uploadFileName, UploadError } from "../../library/upload";
import { previewArticle, type ArticlePreview } from "../../library/preview";
import type { Db } from "../db/client";
import { uniqueViolation } from "../db/errors";
import { importCorpus, type ImportReport } from "../import/import-corpus";
import { contentFiles, parseFiles, parseLibrary, uploadedFiles } from "./corpus";

export interface ArticleInput {
  bytes: Uint8Array;
  /** The uploaded file's name; null for pasted text. */
  name: string | null;
}

export interface UploadPreview extends ArticlePreview {
  /** sha-256 of the article: publishing sends the same text and must find the same preview. */
  sha256: string;
}

/** The corpus file name follows from the text (title + hash), so a preview and its publish agree. */
function fileNameFor(buffer: Buffer, title: string): string {
  return uploadFileName(title, sha256Hex(buffer).slice(0, 10));
}

function titleOf(buffer: Buffer): string {
  return parseFiles([{ file: "uploads/article.txt", bytes: buffer }])[0]?.title ?? "";
}

/** What publishing this article would do, computed on the library as it is now. Stores nothing. */
export async function previewUpload(database: Db, contentDir: string, input: ArticleInput): Promise<UploadPreview> {
  const buffer = checkArticleBytes(input.bytes, input.name);
  const file = fileNameFor(buffer, titleOf(buffer));
  const content = parseFiles(contentFiles(contentDir));
  const uploads = await uploadedFiles(database);
  const before = parseLibrary(content, uploads);
  const after = parseLibrary(content, [...uploads.filter((entry) => entry.file !== file), { file, bytes: buffer }]);
  return { ...previewArticle(before, after, file), sha256: sha256Hex(buffer) };
}

/** content/ parsed; with an error in it nothing may be imported (its events would retire). */
function cleanContent(contentDir: string) {
  const content = parseFiles(contentFiles(contentDir));
  const error = content.flatMap((article) => article.issues).find((issue) => issue.severity === "error");
  if (error) throw new UploadError(`The library's own content has an error (${error.file}:${error.line}: ${error.message}); nothing can change until it is fixed.`, 409);
  return content;
}

export interface PublishOutcome {
  articleId: string;
  file: string;
  eventId: string;
  report: ImportReport;
}

export async function publishUpload(database: Db, contentDir: string, authorId: string, input: ArticleInput & { expectedSha256?: string }, now: Date): Promise<PublishOutcome> {
  const buffer = checkArticleBytes(input.bytes, input.name);
  const sha256 = sha256Hex(buffer);
  if (input.expectedSha256 && input.expectedSha256 !== sha256) throw new UploadError("The article changed since its preview; preview it again before publishing.", 409);
  const title = titleOf(buffer);
  const file = fileNameFor(buffer, title);
  const content = cleanContent(contentDir);
  let articleId = "";
  let eventId = "";
  try {
    const report = await importCorpus(
      database,
      async (tx) => {
        const corpus = parseLibrary(content, await uploadedFiles(tx));
        const problem = corpus.issues.find((issue) => issue.file === file && (issue.severity === "error" || issue.message.startsWith("left out")));
        const entry = corpus.articles.find((article) => article.file === file);
        if (problem || !entry?.eventId) throw new UploadError(`The article cannot be published: line ${problem?.line ?? 1}: ${problem?.message ?? "no event could be read from it"}.`, 400);
        eventId = entry.eventId;
        return corpus;
      },
      now,
      {
        within: async (tx) => {
          const row = await tx.uploadedArticle.create({ data: { file, title, text: buffer.toString("utf8"), sha256, bytes: buffer.byteLength, authorId, createdAt: now }, select: { id: true } });
          articleId = row.id;
        },
      },
    );
    return { articleId, file, eventId, report };
  } catch (error) {
    if (uniqueViolation(error)?.model === "UploadedArticle") throw new UploadError("This article is already in the library.", 409);
    throw error;
  }
}

export interface AuthoredArticle {
  id: string;
  title: string;
  file: string;
  bytes: number;
  createdAt: string;
  withdrawnAt: string | null;
  event: { id: string; name: string } | null;
}

export async function listAuthoredArticles(database: Db, authorId: string): Promise<AuthoredArticle[]> {
  const rows = await database.uploadedArticle.findMany({ where: { authorId }, orderBy: { createdAt: "desc" }, select: { id: true, title: true, file: true, bytes: true, createdAt: true, withdrawnAt: true } });
  const sources = await database.sourceArticle.findMany({ where: { file: { in: rows.map((row) => row.file) } }, select: { file: true, event: { select: { id: true, name: true } } } });
  const eventOf = new Map(sources.map((source) => [source.file, source.event]));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), withdrawnAt: row.withdrawnAt?.toISOString() ?? null, event: eventOf.get(row.file) ?? null }));
}

/** The author withdraws their article: it leaves the library and the facts only it stated retire. */
export async function withdrawUpload(database: Db, contentDir: string, authorId: string, articleId: string, now: Date): Promise<ImportReport> {
  const row = await database.uploadedArticle.findFirst({ where: { id: articleId, authorId }, select: { id: true, withdrawnAt: true } });
  if (!row) throw new UploadError("There is no such article of yours.", 404);
  if (row.withdrawnAt) throw new UploadError("This article was already withdrawn.", 409);
  const content = cleanContent(contentDir);
  return importCorpus(database, async (tx) => parseLibrary(content, await uploadedFiles(tx)), now, {
    within: async (tx) => {
      const { count } = await tx.uploadedArticle.updateMany({ where: { id: articleId, authorId, withdrawnAt: null }, data: { withdrawnAt: now } });
      if (count !== 1) throw new UploadError("This article was already withdrawn.", 409);
    },
  });
}
