/** Read access to the imported articles. */
import { db } from "./db/client";
import { byCodeUnits } from "./db/order";

export interface ArticleSummary {
  file: string;
  title: string;
  shape: string;
  importedAt: Date;
}

/** By file name, in code-unit order whatever the database's collation (see byCodeUnits). */
export async function listArticles(): Promise<ArticleSummary[]> {
  const rows = await db().sourceArticle.findMany({ select: { file: true, title: true, shape: true, importedAt: true } });
  return rows.sort((a, b) => byCodeUnits(a.file, b.file));
}
