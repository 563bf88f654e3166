/**
 * A month of flashcard history for a demo student (lib/study generateDemoHistory: real scheduler,
 * real queue), written as the app would have written it: one card-state row per studied card and
 * one review-log row per review, in one transaction. Does nothing when the student already has
 * reviews, so a second `npm start` never doubles it.
 */
import { generateDemoHistory, type StudySettings } from "../../study";
import type { Db } from "../db/client";
import { cardCatalogue, columnsOf } from "./cards";
import { getStudySettings } from "./settings";

export interface DemoStudyOptions {
  now: Date;
  seed?: string | number;
  days?: number;
  /** Stored as the student's settings first (default: the defaults). */
  settings?: StudySettings;
}

/** Returns how many reviews were written (0 when the student already had history or there are no cards). */
export async function seedDemoStudy(database: Db, userId: string, opts: DemoStudyOptions): Promise<{ cards: number; reviews: number }> {
  if ((await database.reviewLog.count({ where: { userId } })) > 0) return { cards: 0, reviews: 0 };
  if (opts.settings) await database.studySettings.upsert({ where: { userId }, create: { userId, ...opts.settings }, update: opts.settings });
  const settings = opts.settings ?? (await getStudySettings(database, userId));
  const catalogue = await cardCatalogue(database);
  const history = generateDemoHistory(catalogue.cards, { seed: opts.seed ?? userId, now: opts.now, settings, days: opts.days ?? 30 });
  const states = Object.entries(history.states);
  if (states.length === 0) return { cards: 0, reviews: 0 };
  await database.$transaction(async (tx) => {
    await tx.cardState.createMany({
      data: states.map(([cardKey, state]) => ({ userId, cardKey, ...columnsOf(state), factVersions: catalogue.byKey.get(cardKey)?.factVersions ?? {}, revision: 1 })),
    });
    await tx.reviewLog.createMany({
      data: history.logs.map((log, i) => ({
        userId,
        cardKey: log.cardKey,
        clientId: `demo-${i}`,
        source: "flashcards",
        rating: log.rating,
        before: (log.before ?? undefined) as object | undefined,
        firstReview: !log.before,
        after: log.after as object,
        elapsedDays: log.elapsedDays,
        scheduledDays: log.scheduledDays,
        // A plausible answer time, from the log's position (deterministic).
        durationMs: 4_000 + ((i * 7919) % 11_000),
        reviewedAt: new Date(log.reviewedAt),
      })),
    });
    // A month of reviews is thousands of rows: Prisma's 5 s default is too short on a busy machine.
  }, { maxWait: 10_000, timeout: 30_000 });
  return { cards: states.length, reviews: history.logs.length };
}
