import type { Metadata } from "next";
import Form from "next/form";
import { z } from "zod";
import { requireUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { cardCatalogue, loadQueue, parseScope } from "@/lib/server/study/cards";
import { FlashcardSession } from "./flashcard-session";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Flashcards" };

const searchSchema = z.object({ scope: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(300).optional()) });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FlashcardsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = searchSchema.safeParse(raw);
  const scopeText = parsed.success ? (parsed.data.scope ?? "all") : "all";
  const user = await requireUser({ returnTo: scopeText === "all" ? "/flashcards" : `/flashcards?scope=${encodeURIComponent(scopeText)}` });
  const database = db();
  const catalogue = await cardCatalogue(database);
  const scope = parseScope(scopeText);
  const queue = await loadQueue(database, user.id, { now: new Date(), scope });
  const wars = new Map<string, { id: string; name: string }[]>();
  for (const event of catalogue.events) {
    const war = event.war ?? "Other events";
    wars.set(war, [...(wars.get(war) ?? []), { id: event.id, name: event.name }]);
  }
  const scopeValue = scope.kind === "all" ? "all" : scope.kind === "war" ? `war:${scope.war}` : `event:${scope.eventId}`;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Flashcards</h1>
        <p className="max-w-2xl text-muted">
          Recall the answer, then show it and grade yourself. Cards come back just before you would forget them. Keys: <kbd>Space</kbd> or <kbd>Enter</kbd> shows the
          answer, <kbd>1</kbd>–<kbd>4</kbd> grade it, <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes the last grade.
        </p>
      </header>

      <Form action="/flashcards" className="flex flex-wrap items-end gap-3" aria-label="Choose what to study">
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor="flashcards-scope" className="block font-semibold">
            What to study
          </label>
          <select id="flashcards-scope" name="scope" defaultValue={scopeValue} className="block w-full max-w-xl rounded-md border border-line bg-surface px-3 py-2.5 text-base">
            <option value="all">All events</option>
            {[...wars].map(([war, events]) => (
              <optgroup key={war} label={war}>
                {war !== "Other events" && <option value={`war:${war}`}>All of the {war}</option>}
                {events.map((event) => (
                  <option key={event.id} value={`event:${event.id}`}>
                    {event.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-md border border-line bg-surface px-4 font-medium hover:bg-accent-soft">
          Study these
        </button>
      </Form>

      <FlashcardSession initial={queue} scope={scopeValue} />

      <details className="rounded-lg border border-line-soft bg-surface p-4 sm:p-5">
        <summary className="cursor-pointer font-semibold">Study settings</summary>
        <SettingsForm settings={queue.settings} />
      </details>
    </div>
  );
}
