/** Read access to the imported articles. */
import { db } from "./db/client";

export interface ArticleSummary {
  file: string;
  title: string;
  shape: string;
  importedAt: Date;
}

export async function listArticles(): Promise<ArticleSummary[]> {
  return db().sourceArticle.findMany({
    select: { file: true, title: true, shape: true, importedAt: true },
    orderBy: { file: "asc" },
  });
}
