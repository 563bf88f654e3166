/**
 * The study data layer on a real database of the project's provider, with content/ imported:
 * scheduling over simulated days (injected `now`), study days in the student's time zone,
 * idempotent and stale submissions, concurrent reviews of one card, a failure between the log and
 * the card write, undo, and one student's cards hidden from another.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/server/db/client";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { importContentFromDisk } from "../../lib/server/import/run";
import { cardBack, cardCatalogue, getOwnCard, loadQueue, parseScope, stateOf } from "../../lib/server/study/cards";
import { StudyError } from "../../lib/server/study/errors";
import { seedDemoStudy } from "../../lib/server/study/demo";
import { submitReview, undoReview, type ReviewInput } from "../../lib/server/study/reviews";
import { getStudySettings, saveStudySettings } from "../../lib/server/study/settings";
import { buildQueue, newIntroducedOn, type CardState, type StudyScope } from "../../lib/study";
import { freshDatabase, testProvider, type TestDatabase } from "./support/databases";

const contentDir = path.resolve(import.meta.dirname, "../../content");
const DAY = 86_400_000;

let ids = 0;
const clientId = () => `client-${++ids}-${Math.random().toString(36).slice(2)}`;

describe(`study data layer (${testProvider})`, () => {
  let target: TestDatabase;
  let client: Db;
  let cardKeys: string[];

  async function student(name: string): Promise<string> {
    const id = `u_${name}_${Math.random().toString(36).slice(2, 8)}`;
    await client.user.create({ data: { id, name, email: `${id}@example.org` } });
    return id;
  }

  const grade = (userId: string, input: Partial<ReviewInput> & Pick<ReviewInput, "cardKey" | "now">) =>
    submitReview(client, userId, { rating: "good", clientId: clientId(), shownRevision: 0, source: "flashcards", ...input });

  async function rejection(promise: Promise<unknown>): Promise<StudyError> {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(StudyError);
    return error as StudyError;
  }

  beforeAll(async () => {
    target = await freshDatabase("study");
    await migrateDatabase(target.database);
    await importContentFromDisk({ contentDir, database: target.database }, { now: new Date("2026-01-01T00:00:00Z") });
    client = createDb(target.database);
    cardKeys = (await cardCatalogue(client)).cards.map((c) => c.cardKey);
    expect(cardKeys.length).toBeGreaterThan(20);
  });
  afterAll(async () => {
    await client?.$disconnect();
    await target?.drop();
  });

  it("grows intervals on Good and shrinks them on Again over simulated days", async () => {
    const userId = await student("days");
    const cardKey = cardKeys[0]!;
    let now = new Date("2026-03-01T18:00:00Z");
    let revision = 0;
    const intervals: number[] = [];
    // Good until the card is in review, then Good at each due date.
    for (let i = 0; i < 6; i++) {
      const outcome = await grade(userId, { cardKey, now, shownRevision: revision });
      revision = outcome.revision;
      intervals.push(Date.parse(outcome.state.due) - now.getTime());
      now = new Date(Math.max(Date.parse(outcome.state.due), now.getTime() + 60_000));
    }
    const reviewIntervals = intervals.filter((ms) => ms >= DAY);
    expect(reviewIntervals.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < reviewIntervals.length; i++) expect(reviewIntervals[i]!).toBeGreaterThan(reviewIntervals[i - 1]!);
    // The card is due at `now` and appears in the queue as due.
    const queue = await loadQueue(client, userId, { now, limit: 500 });
    expect(queue.cards.find((c) => c.cardKey === cardKey)?.kind).toBe("due");
    const lapse = await grade(userId, { cardKey, now, rating: "again", shownRevision: revision });
    expect(Date.parse(lapse.state.due) - now.getTime()).toBeLessThan(reviewIntervals.at(-1)!);
    expect(lapse.state.lapses).toBe(1);
    expect(await client.reviewLog.count({ where: { userId } })).toBe(7);
  });

  it("starts a new study day at 04:00 in the student's time zone", async () => {
    const tokyo = await student("tokyo");
    const utc = await student("utc");
    await saveStudySettings(client, tokyo, { desiredRetention: 0.9, newCardsPerDay: 2, timeZone: "Asia/Tokyo" });
    await saveStudySettings(client, utc, { desiredRetention: 0.9, newCardsPerDay: 2, timeZone: "UTC" });
    // 03:30 in Tokyo on 10 March = 18:30 UTC on 9 March: still Tokyo's study day of 9 March.
    const early = new Date("2026-03-09T18:30:00Z");
    for (const userId of [tokyo, utc]) {
      for (const cardKey of cardKeys.slice(0, 2)) await grade(userId, { cardKey, now: early });
    }
    // 03:59 Tokyo: same study day, both new cards used up.
    expect((await loadQueue(client, tokyo, { now: new Date("2026-03-09T18:59:00Z") })).newLeftToday).toBe(0);
    // 04:01 Tokyo: a new day, two new cards again; in UTC it is still the 9th (19:01).
    const after = new Date("2026-03-09T19:01:00Z");
    expect((await loadQueue(client, tokyo, { now: after })).newLeftToday).toBe(2);
    expect((await loadQueue(client, utc, { now: after })).newLeftToday).toBe(0);
    // UTC's day turns at 04:00 UTC.
    expect((await loadQueue(client, utc, { now: new Date("2026-03-10T03:59:00Z") })).newLeftToday).toBe(0);
    expect((await loadQueue(client, utc, { now: new Date("2026-03-10T04:00:00Z") })).newLeftToday).toBe(2);
  });

  it("writes the review rows in plain SQL exactly as Prisma reads them back", async () => {
    const userId = await student("sqlrows");
    const cardKey = cardKeys[5]!;
    const now = new Date("2026-03-02T10:00:00.123Z");
    const first = await grade(userId, { cardKey, now, durationMs: 4321 });
    const row = await client.cardState.findUniqueOrThrow({ where: { userId_cardKey: { userId, cardKey } } });
    expect(row).toMatchObject({ id: first.cardStateId, revision: 1, updated: false, retiredAt: null });
    expect(stateOf(row)).toEqual(first.state);
    expect(row.factVersions).toEqual((await cardCatalogue(client)).byKey.get(cardKey)!.factVersions);
    expect(Math.abs(row.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(row.updatedAt.getTime()).toBe(row.createdAt.getTime());
    const log = await client.reviewLog.findUniqueOrThrow({ where: { id: first.reviewId } });
    expect(log).toMatchObject({ userId, cardKey, source: "flashcards", rating: "good", before: null, firstReview: true, durationMs: 4321, elapsedDays: 0 });
    expect(log.reviewedAt.toISOString()).toBe(now.toISOString());
    expect(log.after).toEqual(first.state);
    // A later review: the log keeps the state before it and the row's versions, and is no first review.
    const later = new Date(Date.parse(first.state.due) + DAY);
    const second = await grade(userId, { cardKey, now: later, shownRevision: 1, rating: "hard" });
    const log2 = await client.reviewLog.findUniqueOrThrow({ where: { id: second.reviewId } });
    expect(log2.firstReview).toBe(false);
    expect(log2.before).toEqual({ ...first.state, row: { factVersions: row.factVersions, updated: false } });
    const row2 = await client.cardState.findUniqueOrThrow({ where: { userId_cardKey: { userId, cardKey } } });
    expect(row2.revision).toBe(2);
    expect(stateOf(row2)).toEqual(second.state);
    expect(row2.updatedAt.getTime()).toBeGreaterThanOrEqual(row.updatedAt.getTime());
  });

  it("records one review when the same client id is submitted twice", async () => {
    const userId = await student("retry");
    const input = { cardKey: cardKeys[1]!, now: new Date("2026-03-02T10:00:00Z"), clientId: clientId() };
    const first = await grade(userId, input);
    const second = await grade(userId, input);
    expect(first.duplicate).toBe(false);
    expect(second).toMatchObject({ duplicate: true, reviewId: first.reviewId, revision: first.revision });
    expect(await client.reviewLog.count({ where: { userId } })).toBe(1);
    expect((await client.cardState.findFirstOrThrow({ where: { userId } })).reps).toBe(1);
  });

  it("rejects a review of a card that changed since it was shown (409)", async () => {
    const userId = await student("stale");
    const cardKey = cardKeys[2]!;
    const now = new Date("2026-03-02T10:00:00Z");
    await grade(userId, { cardKey, now });
    // A second tab still showing the card as new.
    const error = await rejection(grade(userId, { cardKey, now: new Date(now.getTime() + 5_000), shownRevision: 0, rating: "easy" }));
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/changed since it was shown/);
    expect(await client.reviewLog.count({ where: { userId } })).toBe(1);
  });

  it("applies one of two concurrent reviews of one card and refuses the other", async () => {
    const userId = await student("race");
    const now = new Date("2026-03-02T10:00:00Z");
    for (const shownRevision of [0, 1]) {
      const cardKey = cardKeys[3]!;
      const results = await Promise.allSettled([grade(userId, { cardKey, now, shownRevision, rating: "good" }), grade(userId, { cardKey, now, shownRevision, rating: "again" })]);
      const applied = results.filter((r) => r.status === "fulfilled");
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(applied).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(refused[0]!.reason).toBeInstanceOf(StudyError);
      expect((refused[0]!.reason as StudyError).status).toBe(409);
      const row = await client.cardState.findFirstOrThrow({ where: { userId, cardKey } });
      expect(row.revision).toBe(shownRevision + 1);
      expect(row.reps).toBe(shownRevision + 1);
    }
    expect(await client.reviewLog.count({ where: { userId } })).toBe(2);
  });

  it("leaves neither the log row nor the card when the card write fails", async () => {
    const userId = await student("failure");
    const now = new Date("2026-03-02T10:00:00Z");
    const cardKey = cardKeys[4]!;
    // Another tab grades the new card between this review's read and its write: the card create
    // fails (the row exists now), and the log row written just before it in the transaction goes too.
    let other: Awaited<ReturnType<typeof grade>> | undefined;
    const raced = submitReview(client, userId, { cardKey, now, rating: "good", clientId: clientId(), shownRevision: 0, source: "flashcards" }, {
      beforeWrite: async () => {
        other = await grade(userId, { cardKey, now, rating: "easy" });
      },
    });
    expect((await rejection(raced)).status).toBe(409);
    expect(await client.reviewLog.count({ where: { userId } })).toBe(1);
    expect(await client.reviewLog.count({ where: { userId, rating: "easy" } })).toBe(1);
    const before = await client.cardState.findFirstOrThrow({ where: { userId, cardKey } });
    expect(before.revision).toBe(other!.revision);
    // Same on a card that has a row: the update at the revision read finds nothing, so neither write stays.
    const later = new Date(now.getTime() + DAY);
    let third: Awaited<ReturnType<typeof grade>> | undefined;
    const raced2 = submitReview(client, userId, { cardKey, now: later, rating: "again", clientId: clientId(), shownRevision: before.revision, source: "flashcards" }, {
      beforeWrite: async () => {
        third = await grade(userId, { cardKey, now: later, rating: "hard", shownRevision: before.revision });
      },
    });
    expect((await rejection(raced2)).status).toBe(409);
    expect(await client.reviewLog.count({ where: { userId } })).toBe(2);
    expect(await client.reviewLog.count({ where: { userId, rating: "again" } })).toBe(0);
    expect((await client.cardState.findFirstOrThrow({ where: { userId, cardKey } })).revision).toBe(third!.revision);
    // A failure before the write leaves everything as it was.
    const now3 = await client.cardState.findFirstOrThrow({ where: { userId, cardKey } });
    await expect(
      submitReview(client, userId, { cardKey, now: new Date(later.getTime() + DAY), rating: "good", clientId: clientId(), shownRevision: now3.revision, source: "flashcards" }, {
        beforeWrite: () => {
          throw new Error("injected failure");
        },
      }),
    ).rejects.toThrow("injected failure");
    expect(await client.cardState.findFirstOrThrow({ where: { userId, cardKey } })).toEqual(now3);
    expect(await client.reviewLog.count({ where: { userId } })).toBe(2);
  });

  it("builds the same queue as lib/study over every row: due by retrievability, new up to today's limit, ahead, retired hidden, updated due, in each scope", async () => {
    const userId = await student("mix");
    const now = new Date("2026-03-20T12:00:00Z");
    const min = 60_000;
    const at = (ms: number) => new Date(now.getTime() + ms);
    // Review cards learnt over the past weeks, so they fall due on different days with different recall.
    for (let i = 0; i < 12; i++) {
      let t = at(-(20 - i) * DAY);
      let outcome = await grade(userId, { cardKey: cardKeys[i]!, now: t, rating: i % 3 === 0 ? "easy" : "good" });
      t = new Date(Math.max(Date.parse(outcome.state.due), t.getTime() + min));
      outcome = await grade(userId, { cardKey: cardKeys[i]!, now: t, shownRevision: outcome.revision, rating: i % 4 === 0 ? "hard" : "good" });
    }
    // Learning cards introduced today: failed just now (a step coming within 20 minutes), and one an hour ago.
    const today: Awaited<ReturnType<typeof grade>>[] = [];
    for (let i = 12; i < 18; i++) today.push(await grade(userId, { cardKey: cardKeys[i]!, now: at(-(i - 11) * min), rating: i % 2 ? "again" : "hard" }));
    await grade(userId, { cardKey: cardKeys[18]!, now: at(-60 * min), rating: "good" });
    // One of today's first reviews undone: it gives its new card back.
    await undoReview(client, userId, { reviewId: today[0]!.reviewId, clientId: clientId(), now: at(-30_000) });
    await saveStudySettings(client, userId, { desiredRetention: 0.9, newCardsPerDay: 10, timeZone: "UTC" });
    await loadQueue(client, userId, { now });
    // A retired card (hidden) and an updated one (due now, memory kept).
    await client.cardState.update({ where: { userId_cardKey: { userId, cardKey: cardKeys[1]! } }, data: { retiredAt: now, revision: { increment: 1 } } });
    await client.cardState.update({ where: { userId_cardKey: { userId, cardKey: cardKeys[11]! } }, data: { updated: true, due: now, revision: { increment: 1 } } });

    async function reference(scope: StudyScope) {
      const catalogue = await cardCatalogue(client);
      const settings = await getStudySettings(client, userId);
      const rows = new Map((await client.cardState.findMany({ where: { userId } })).map((r) => [r.cardKey, r]));
      const items = catalogue.cards.filter((c) => !rows.get(c.cardKey)?.retiredAt).map((c) => ({ cardKey: c.cardKey, eventIds: c.eventIds, wars: c.wars, state: rows.has(c.cardKey) ? stateOf(rows.get(c.cardKey)!) : null }));
      const logs = await client.reviewLog.findMany({ where: { userId, source: "flashcards", undo: { is: null } }, select: { reviewedAt: true, before: true } });
      const introduced = newIntroducedOn(logs.map((l) => ({ reviewedAt: l.reviewedAt.toISOString(), before: l.before as CardState | null })), now, settings.timeZone);
      const queue = buildQueue(items, { now, settings, newIntroducedToday: introduced, scope });
      return { ...queue, entries: queue.entries.map((e) => ({ cardKey: e.card.cardKey, kind: e.kind, revision: rows.get(e.card.cardKey)?.revision ?? 0, updated: rows.get(e.card.cardKey)?.updated ?? false })) };
    }
    const someCard = (await cardCatalogue(client)).byKey.get(cardKeys[3]!)!;
    const scopes = ["all", ...(someCard.wars[0] ? [`war:${someCard.wars[0]}`] : []), `event:${someCard.eventIds[0]}`];
    async function same(scope: StudyScope) {
      const expected = await reference(scope);
      const queue = await loadQueue(client, userId, { now, scope, limit: 1000 });
      expect(queue.cards.map((c) => ({ cardKey: c.cardKey, kind: c.kind, revision: c.revision, updated: c.updated }))).toEqual(expected.entries);
      expect(queue.newLeftToday).toBe(expected.newLeftToday);
      return queue;
    }
    // Today's new cards are counted again after each change: a first review at `now`, one dated
    // earlier today (behind the part counted before), and an undo.
    const left = (await same({ kind: "all" })).newLeftToday;
    await grade(userId, { cardKey: cardKeys[19]!, now });
    expect((await same({ kind: "all" })).newLeftToday).toBe(left - 1);
    const early = await grade(userId, { cardKey: cardKeys[20]!, now: at(-3 * 60 * min) });
    expect((await same({ kind: "all" })).newLeftToday).toBe(left - 2);
    await undoReview(client, userId, { reviewId: early.reviewId, clientId: clientId(), now });
    expect((await same({ kind: "all" })).newLeftToday).toBe(left - 1);
    await grade(userId, { cardKey: cardKeys[20]!, now, source: "practice" });
    expect((await same({ kind: "all" })).newLeftToday).toBe(left - 1);
    for (const text of scopes) {
      const scope = parseScope(text);
      const expected = await reference(scope);
      for (const limit of [1000, 20, 3]) {
        const queue = await loadQueue(client, userId, { now, scope, limit });
        expect(queue.cards.map((c) => ({ cardKey: c.cardKey, kind: c.kind, revision: c.revision, updated: c.updated }))).toEqual(expected.entries.slice(0, limit));
        expect({ dueCount: queue.dueCount, newCount: queue.newCount, newLeftToday: queue.newLeftToday, laterToday: queue.laterToday }).toEqual({ dueCount: expected.dueCount, newCount: expected.newCount, newLeftToday: expected.newLeftToday, laterToday: expected.laterToday });
      }
      if (text === "all") {
        expect(expected.entries.map((e) => e.kind)).toEqual(expect.arrayContaining(["due", "new", "ahead"]));
        expect(expected.entries.find((e) => e.cardKey === cardKeys[11])).toMatchObject({ kind: "due", updated: true });
        expect(expected.entries.some((e) => e.cardKey === cardKeys[1])).toBe(false);
        // 10 a day, 6 introduced today (one of the 7 undone), then one more.
        expect(expected.newLeftToday).toBe(3);
      }
    }
  });

  it("undoes reviews exactly, keeping the log append-only", async () => {
    const userId = await student("undo");
    const cardKey = cardKeys[5]!;
    const t0 = new Date("2026-03-02T10:00:00Z");
    const a = await grade(userId, { cardKey, now: t0 });
    const b = await grade(userId, { cardKey, now: new Date(t0.getTime() + 15 * 60_000), shownRevision: a.revision });
    const undone = await undoReview(client, userId, { reviewId: b.reviewId, clientId: clientId(), now: new Date(t0.getTime() + 20 * 60_000) });
    expect(undone.state).toEqual(a.state);
    const row = await client.cardState.findFirstOrThrow({ where: { userId, cardKey } });
    expect(row.due.toISOString()).toBe(a.state.due);
    expect(row.stability).toBe(a.state.stability);
    expect(row.reps).toBe(1);
    // Undoing the same review twice is refused; then the first review is the card's latest, so it can go.
    const again = await rejection(undoReview(client, userId, { reviewId: b.reviewId, clientId: clientId(), now: t0 }));
    expect(again.status).toBe(409);
    const first = await undoReview(client, userId, { reviewId: a.reviewId, clientId: clientId(), now: t0 });
    expect(first.state).toBeNull();
    expect(await client.cardState.count({ where: { userId } })).toBe(0);
    expect(await client.reviewLog.count({ where: { userId } })).toBe(2);
    expect(await client.reviewUndo.count({ where: { userId } })).toBe(2);
    // Undone first reviews give the day's new cards back.
    expect((await loadQueue(client, userId, { now: t0 })).newLeftToday).toBe(20);
  });

  it("undoes a review back to the row's fact versions and updated mark, not only its memory", async () => {
    const userId = await student("undorow");
    const cardKey = cardKeys[6]!;
    const t0 = new Date("2026-03-02T10:00:00Z");
    const a = await grade(userId, { cardKey, now: t0 });
    // As a sync leaves a card whose fact changed: older versions studied, marked updated.
    const older = { "an-older-fact": "v0" };
    await client.cardState.update({ where: { userId_cardKey: { userId, cardKey } }, data: { factVersions: older, updated: true, revision: { increment: 1 } } });
    const before = await client.cardState.findFirstOrThrow({ where: { userId, cardKey } });
    const b = await grade(userId, { cardKey, now: new Date(t0.getTime() + 15 * 60_000), shownRevision: a.revision + 1 });
    const reviewed = await client.cardState.findFirstOrThrow({ where: { userId, cardKey } });
    expect(reviewed.updated).toBe(false);
    expect(reviewed.factVersions).not.toEqual(older);
    const undone = await undoReview(client, userId, { reviewId: b.reviewId, clientId: clientId(), now: new Date(t0.getTime() + 20 * 60_000) });
    expect(undone.state).toEqual(a.state);
    const after = await client.cardState.findFirstOrThrow({ where: { userId, cardKey } });
    expect({ ...after, revision: 0, updatedAt: null }).toEqual({ ...before, revision: 0, updatedAt: null });
    expect(after.revision).toBe(before.revision + 2);
  });

  it("refuses to undo a review the card has moved on from", async () => {
    const userId = await student("undostale");
    const cardKey = cardKeys[6]!;
    const t0 = new Date("2026-03-02T10:00:00Z");
    const a = await grade(userId, { cardKey, now: t0 });
    await grade(userId, { cardKey, now: new Date(t0.getTime() + 60_000), shownRevision: a.revision });
    expect((await rejection(undoReview(client, userId, { reviewId: a.reviewId, clientId: clientId(), now: t0 }))).status).toBe(409);
  });

  it("hides one student's cards and reviews from another (404)", async () => {
    const owner = await student("owner");
    const other = await student("other");
    const review = await grade(owner, { cardKey: cardKeys[7]!, now: new Date("2026-03-02T10:00:00Z") });
    expect(await getOwnCard(client, owner, review.cardStateId)).toMatchObject({ cardKey: cardKeys[7] });
    expect(await getOwnCard(client, other, review.cardStateId)).toBeNull();
    expect((await rejection(undoReview(client, other, { reviewId: review.reviewId, clientId: clientId(), now: new Date() }))).status).toBe(404);
    expect(await client.cardState.count({ where: { userId: other } })).toBe(0);
  });

  it("refuses a card that does not exist (404)", async () => {
    const userId = await student("nocard");
    expect((await rejection(grade(userId, { cardKey: "c_nope", now: new Date() }))).status).toBe(404);
  });

  it("seeds a demo student's month of history that the app can carry on from", async () => {
    const userId = await student("demo");
    const now = new Date("2026-04-30T20:00:00Z");
    const seeded = await seedDemoStudy(client, userId, { now, seed: "demo" });
    expect(seeded.reviews).toBeGreaterThan(seeded.cards);
    expect(await client.reviewLog.count({ where: { userId } })).toBe(seeded.reviews);
    expect(await client.cardState.count({ where: { userId } })).toBe(seeded.cards);
    const days = new Set((await client.reviewLog.findMany({ where: { userId }, select: { reviewedAt: true } })).map((r) => r.reviewedAt.toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThan(15);
    // A second seeding writes nothing.
    expect(await seedDemoStudy(client, userId, { now, seed: "demo" })).toEqual({ cards: 0, reviews: 0 });
    // The latest demo review undoes exactly, like one made in the app.
    const latest = await client.reviewLog.findFirstOrThrow({ where: { userId }, orderBy: { reviewedAt: "desc" } });
    const undone = await undoReview(client, userId, { reviewId: latest.id, clientId: clientId(), now });
    expect(undone.state).toEqual(latest.before ?? null);
    // Tomorrow the student has cards due.
    expect((await loadQueue(client, userId, { now: new Date(now.getTime() + 2 * DAY) })).dueCount).toBeGreaterThan(0);
  });

  it("keeps a card's memory when its fact changes, marks it updated and makes it due", async () => {
    // A separate database, so the re-import does not change the cards the other tests use.
    const other = await freshDatabase("studysync");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "muster-study-sync-"));
    const db2 = createDb(other.database);
    try {
      for (const file of fs.readdirSync(contentDir).filter((f) => f.endsWith(".txt"))) fs.copyFileSync(path.join(contentDir, file), path.join(dir, file));
      await migrateDatabase(other.database);
      await importContentFromDisk({ contentDir: dir, database: other.database }, { now: new Date("2026-01-01T00:00:00Z") });
      // A number card whose source line states its number once: change that number in the article.
      const cards = (await cardCatalogue(db2)).cards;
      const target = cards.find((c) => {
        const n = /^(\d+)\b/.exec(c.back.answer)?.[1];
        const source = c.back.sources[0];
        if (!n || !source) return false;
        const line = fs.readFileSync(path.join(dir, source.file), "utf8").split("\n")[source.line - 1] ?? "";
        return line.split(new RegExp(`\\b${n}\\b`)).length === 2;
      });
      expect(target).toBeDefined();
      const n = /^(\d+)/.exec(target!.back.answer)![1]!;
      const userId = `u_sync_${Math.random().toString(36).slice(2, 8)}`;
      await db2.user.create({ data: { id: userId, name: "Sync", email: `${userId}@example.org` } });
      const t0 = new Date("2026-03-01T10:00:00Z");
      let outcome = await submitReview(db2, userId, { cardKey: target!.cardKey, rating: "good", clientId: clientId(), shownRevision: 0, source: "flashcards", now: t0 });
      outcome = await submitReview(db2, userId, { cardKey: target!.cardKey, rating: "good", clientId: clientId(), shownRevision: outcome.revision, source: "flashcards", now: new Date(t0.getTime() + 10 * 60_000) });
      expect(Date.parse(outcome.state.due)).toBeGreaterThan(t0.getTime() + DAY);

      const source = target!.back.sources[0]!;
      const file = path.join(dir, source.file);
      const lines = fs.readFileSync(file, "utf8").split("\n");
      const changed = String(Number(n) + 11);
      lines[source.line - 1] = lines[source.line - 1]!.replace(new RegExp(`\\b${n}\\b`), changed);
      fs.writeFileSync(file, lines.join("\n"));
      await importContentFromDisk({ contentDir: dir, database: other.database }, { now: new Date("2026-03-01T12:00:00Z") });

      const now = new Date("2026-03-01T12:30:00Z");
      const queue = await loadQueue(db2, userId, { now, limit: 1000 });
      const card = queue.cards.find((c) => c.cardKey === target!.cardKey);
      expect(card).toMatchObject({ updated: true, kind: "due" });
      expect((await cardBack(db2, target!.cardKey))!.answer).toContain(changed);
      // The queue carries fronts only: the answer is fetched on "Show answer".
      expect(card).not.toHaveProperty("back");
      const row = await db2.cardState.findFirstOrThrow({ where: { userId, cardKey: target!.cardKey } });
      expect(row.reps).toBe(2);
      expect(row.stability).toBe(outcome.state.stability);
      expect(row.due.getTime()).toBeLessThanOrEqual(now.getTime());
      // Reviewing it clears the mark.
      const cleared = await submitReview(db2, userId, { cardKey: target!.cardKey, rating: "good", clientId: clientId(), shownRevision: card!.revision, source: "flashcards", now });
      expect((await db2.cardState.findFirstOrThrow({ where: { userId, cardKey: target!.cardKey } })).updated).toBe(false);
      // Undoing that review brings the mark back with the row as it was.
      await undoReview(db2, userId, { reviewId: cleared.reviewId, clientId: clientId(), now: new Date(now.getTime() + 60_000) });
      const restored = await db2.cardState.findFirstOrThrow({ where: { userId, cardKey: target!.cardKey } });
      expect({ ...restored, revision: 0, updatedAt: null }).toEqual({ ...row, revision: 0, updatedAt: null });
      expect(restored.revision).toBe(row.revision + 2);
      const again = (await loadQueue(db2, userId, { now: new Date(now.getTime() + 60_000), limit: 1000 })).cards.find((c) => c.cardKey === target!.cardKey);
      expect(again).toMatchObject({ updated: true, kind: "due", revision: restored.revision });
    } finally {
      await db2.$disconnect();
      await other.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
