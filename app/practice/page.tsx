import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { z } from "zod";
import { FAMILIES, FORMATS } from "@/lib/questions";
import { getEvent } from "@/lib/server/events";
import { startPractice } from "@/lib/server/practice";
import { PracticeSession } from "./practice-session";

export const metadata: Metadata = { title: "Practice" };

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const searchSchema = z.object({
  event: z.preprocess(first, z.string().max(200).optional()),
  count: z.preprocess(first, z.coerce.number().int().min(1).max(50).default(10)),
  seed: z.preprocess(first, z.string().max(64).optional()),
  family: z.preprocess(first, z.enum(FAMILIES as [string, ...string[]]).optional()),
  format: z.preprocess(first, z.enum(FORMATS as [string, ...string[]]).optional()),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PracticePage({ searchParams }: Props) {
  await connection();
  const parsed = searchSchema.safeParse(await searchParams);
  if (!parsed.success) {
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-4">
        This practice link is not valid ({parsed.error.issues[0]?.path.join(".")}: {parsed.error.issues[0]?.message}). <Link href="/practice">Start a new round</Link>.
      </p>
    );
  }
  const { event: eventId, count, family, format } = parsed.data;
  // The seed makes a round reproducible; a fresh visit gets a fresh one.
  const seed = parsed.data.seed ?? crypto.randomUUID().slice(0, 8);
  const event = eventId ? await getEvent(eventId) : null;
  if (eventId && !event) {
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-4">
        There is no event “{eventId}”. <Link href="/">Back to the library</Link>.
      </p>
    );
  }
  const questions = await startPractice({
    count,
    seed,
    ...(eventId && { eventIds: [eventId] }),
    ...(family && { families: [family as (typeof FAMILIES)[number]] }),
    ...(format && { formats: [format as (typeof FORMATS)[number]] }),
  });

  return (
    <div className="space-y-6">
      <header>
        <h1 className="font-serif text-3xl font-bold">Practice{event ? `: ${event.name}` : ""}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {questions.length} questions · round <code>{seed}</code>
        </p>
      </header>
      {questions.length === 0 ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-4">No questions match this choice yet.</p>
      ) : (
        <PracticeSession questions={questions} />
      )}
    </div>
  );
}
