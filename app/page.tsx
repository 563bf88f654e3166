import Link from "next/link";
import { connection } from "next/server";
import { listArticles } from "@/lib/server/articles";
import { listEvents, type EventSummary } from "@/lib/server/events";

function groupByWar(events: EventSummary[]): [string, EventSummary[]][] {
  const groups = new Map<string, EventSummary[]>();
  for (const event of events) {
    const war = event.partOf ?? "Other events";
    groups.set(war, [...(groups.get(war) ?? []), event]);
  }
  return [...groups];
}

export default async function HomePage() {
  // Rendered per request: the library changes whenever content is imported.
  await connection();
  const [events, articles] = await Promise.all([listEvents(), listArticles()]);

  return (
    <div className="space-y-10">
      <section>
        <h1 className="font-serif text-3xl font-bold">The library</h1>
        <p className="mt-2 max-w-2xl text-muted">
          Every question in Muster comes from these articles, and every fact keeps the file and line it was read from.
        </p>
      </section>

      {events.length > 0 && (
        <section aria-labelledby="events-heading" className="space-y-6">
          <h2 id="events-heading" className="font-serif text-2xl font-semibold">
            Events
          </h2>
          {groupByWar(events).map(([war, group]) => (
            <div key={war}>
              <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">{war}</h3>
              <ul className="divide-y divide-line-soft rounded border border-line-soft bg-surface" data-testid="event-list">
                {group.map((event) => (
                  <li key={event.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
                    <Link href={`/events/${event.id}`} className="font-medium text-accent hover:underline">
                      {event.name}
                    </Link>
                    <span className="text-sm text-muted">
                      {event.dateText ?? "date unknown"} · {event.factCount} facts · {event.sources.length} source{event.sources.length === 1 ? "" : "s"}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      <section aria-labelledby="articles-heading" className="space-y-3">
        <h2 id="articles-heading" className="font-serif text-2xl font-semibold">
          Articles
        </h2>
        {articles.length === 0 ? (
          <p className="rounded border border-warn bg-warn-soft p-4">
            No articles imported yet. Add text files to <code>content/</code> and run <code>npm run import</code>.
          </p>
        ) : (
          <ul className="divide-y divide-line-soft rounded border border-line-soft bg-surface" data-testid="article-list">
            {articles.map((article) => (
              <li key={article.file} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
                <span className="font-medium">{article.title}</span>
                <code className="text-sm text-muted">{article.file}</code>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
