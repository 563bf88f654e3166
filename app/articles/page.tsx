import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { listAuthoredArticles } from "@/lib/server/library/uploads";
import { AddArticle } from "./add-article";
import { WithdrawButton } from "./withdraw-button";

export const metadata: Metadata = { title: "Your articles" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** A teacher adds an article to the library (preview first) and sees, or withdraws, the ones they added. */
export default async function ArticlesPage() {
  const user = await requireUser({ role: "teacher", returnTo: "/articles" });
  const articles = await listAuthoredArticles(db(), user.id);
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Your articles</h1>
        <p className="max-w-2xl text-muted">
          Add a battle the library does not cover: paste the article or upload it as a .txt file. You see the facts Muster reads, with their lines, before anything is
          stored; once published, its questions are ready for practice and assignments.
        </p>
      </header>

      <AddArticle />

      <section aria-labelledby="authored-heading" className="space-y-3">
        <h2 id="authored-heading" className="font-serif text-2xl font-bold">
          Articles you added
        </h2>
        {articles.length === 0 ? (
          <p className="text-muted">None yet.</p>
        ) : (
          <ul className="divide-y divide-line-soft rounded-lg border border-line-soft bg-surface">
            {articles.map((article) => (
              <li key={article.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <div className="space-y-1">
                  <p className="font-semibold">{article.title || article.file}</p>
                  <p className="text-sm text-muted">
                    Added {dateFormat.format(new Date(article.createdAt))} · {Math.max(1, Math.round(article.bytes / 1024))} KB
                    {article.withdrawnAt ? ` · withdrawn ${dateFormat.format(new Date(article.withdrawnAt))}` : ""}
                  </p>
                  {article.event && !article.withdrawnAt && (
                    <p className="text-sm">
                      In the library as{" "}
                      <Link href={`/events/${article.event.id}`} className="font-medium text-accent underline underline-offset-4">
                        {article.event.name}
                      </Link>
                    </p>
                  )}
                </div>
                {!article.withdrawnAt && <WithdrawButton articleId={article.id} title={article.title} />}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
