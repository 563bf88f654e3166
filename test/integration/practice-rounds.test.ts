/**
 * Saved practice on a real database of the project's provider, with content/ imported: an answer
 * stores one row and one review per related card in one transaction (a failure injected before
 * commit leaves neither), a retried client id stores one answer, a reload resumes the round with
 * its answers and no keys for the unanswered questions, contests are stored, and another student's
 * round or answer is not found.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkAnswer, type Question } from "../../lib/questions";
import { practiceRatings } from "../../lib/study";
import { createDb, type Db } from "../../lib/server/db/client";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { importContentFromDisk } from "../../lib/server/import/run";
import { PracticeError, questionPool, type PracticeRequest } from "../../lib/server/practice";
import { cardCatalogue } from "../../lib/server/study/cards";
import { seedDemoStudy } from "../../lib/server/study/demo";
import { contestAnswer, getOwnRound, openRound, submitRoundAnswer } from "../../lib/server/study/practice-rounds";
import { loadDashboard } from "../../lib/server/study/progress";
import { undoReview } from "../../lib/server/study/reviews";
import { freshDatabase, testProvider, type TestDatabase } from "./support/databases";

const contentDir = path.resolve(import.meta.dirname, "../../content");
const now = new Date("2026-03-02T10:00:00Z");
let ids = 0;
const clientId = () => `client-${++ids}-${Math.random().toString(36).slice(2)}`;

describe(`saved practice (${testProvider})`, () => {
  let target: TestDatabase;
  let client: Db;
  let questions: Map<string, Question>;
  let cards: { cardKey: string; asks: readonly string[] }[];

  async function student(name: string): Promise<string> {
    const id = `u_${name}_${Math.random().toString(36).slice(2, 8)}`;
    await client.user.create({ data: { id, name, email: `${id}@example.org` } });
    return id;
  }

  /** A correct answer from the question's key (the test plays a student who knows it). */
  function rightAnswer(question: Question): string {
    const key = question.answer;
    if (key.kind === "text") return key.accepted[0]!.variants[0]!;
    if (key.kind === "choice") return key.optionId;
    throw new Error(`no simple answer for ${key.kind}`);
  }

  const typedRequest = (seed: string): PracticeRequest => ({ count: 5, seed, formats: ["shortAnswer"] });

  async function rejection(promise: Promise<unknown>): Promise<PracticeError> {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PracticeError);
    return error as PracticeError;
  }

  beforeAll(async () => {
    target = await freshDatabase("practice");
    await migrateDatabase(target.database);
    await importContentFromDisk({ contentDir, database: target.database }, { now: new Date("2026-01-01T00:00:00Z") });
    client = createDb(target.database);
    questions = (await questionPool(client)).byId;
    cards = (await cardCatalogue(client)).cards;
  });
  afterAll(async () => {
    await client?.$disconnect();
    await target?.drop();
  });

  /** The first question of a new round that moves at least one card. */
  async function roundWithCards(userId: string, seed: string) {
    const round = await openRound(client, userId, typedRequest(seed), now);
    expect(round.questions.length).toBe(5);
    const question = round.questions.map((q) => questions.get(q.id)!).find((q) => practiceRatings({ asks: q.asks, correct: true }, cards).length > 0);
    expect(question).toBeDefined();
    return { round, question: question! };
  }

  it("stores an answer with one practice review per related card, in one transaction", async () => {
    const userId = await student("answer");
    const { round, question } = await roundWithCards(userId, "s1");
    const expected = practiceRatings({ asks: question.asks, correct: false }, cards);
    const outcome = await submitRoundAnswer(client, userId, { roundId: round.roundId, questionId: question.id, answer: "Nobody at all", clientId: clientId(), timeTakenMs: 4200, now });
    expect(outcome.feedback.verdict).toBe("incorrect");
    expect(outcome.contestable).toBe(true);
    const stored = await client.practiceAnswer.findMany({ where: { userId } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ questionId: question.id, verdict: "incorrect", answer: "Nobody at all", timeTakenMs: 4200, generatorVersion: String(question.generatorVersion), factVersions: question.factVersions });
    const logs = await client.reviewLog.findMany({ where: { userId } });
    expect(logs.map((l) => l.cardKey).sort()).toEqual(expected.map((r) => r.cardKey).sort());
    for (const log of logs) expect(log).toMatchObject({ source: "practice", rating: "again", answerId: stored[0]!.id });
    expect(await client.cardState.count({ where: { userId } })).toBe(expected.length);

    // A correct answer on a card that already has a row reviews it Good from its revision.
    const second = await roundWithCards(userId, "s1-again");
    const good = await submitRoundAnswer(client, userId, { roundId: second.round.roundId, questionId: second.question.id, answer: rightAnswer(second.question), clientId: clientId(), now: new Date(now.getTime() + 60_000) });
    expect(good.feedback.correct).toBe(true);
    const goods = await client.reviewLog.findMany({ where: { userId, answerId: good.answerId } });
    expect(goods.length).toBe(practiceRatings({ asks: second.question.asks, correct: true }, cards).length);
    for (const log of goods) expect(log.rating).toBe("good");
  });

  it("stores neither the answer nor any review when the transaction fails", async () => {
    const userId = await student("failure");
    const { round, question } = await roundWithCards(userId, "s2");
    const failing = submitRoundAnswer(client, userId, { roundId: round.roundId, questionId: question.id, answer: rightAnswer(question), clientId: clientId(), now }, {
      afterReviews: () => {
        throw new Error("injected failure");
      },
    });
    await expect(failing).rejects.toThrow("injected failure");
    expect(await client.practiceAnswer.count({ where: { userId } })).toBe(0);
    expect(await client.reviewLog.count({ where: { userId } })).toBe(0);
    expect(await client.cardState.count({ where: { userId } })).toBe(0);
    // The question can still be answered afterwards.
    const retried = await submitRoundAnswer(client, userId, { roundId: round.roundId, questionId: question.id, answer: rightAnswer(question), clientId: clientId(), now });
    expect(retried.duplicate).toBe(false);
    expect(await client.practiceAnswer.count({ where: { userId } })).toBe(1);
  });

  it("stores one answer when the same client id is sent twice, also at once", async () => {
    const userId = await student("retry");
    const { round, question } = await roundWithCards(userId, "s3");
    const input = { roundId: round.roundId, questionId: question.id, answer: rightAnswer(question), clientId: clientId(), now };
    const first = await submitRoundAnswer(client, userId, input);
    const again = await submitRoundAnswer(client, userId, input);
    expect(again).toMatchObject({ duplicate: true, answerId: first.answerId });
    expect(await client.practiceAnswer.count({ where: { userId } })).toBe(1);
    const reviews = await client.reviewLog.count({ where: { userId } });
    expect(reviews).toBe(first.reviews);

    const other = round.questions.map((q) => questions.get(q.id)!).find((q) => q.id !== question.id)!;
    const twin = { roundId: round.roundId, questionId: other.id, answer: "someone", clientId: clientId(), now };
    const results = await Promise.allSettled([submitRoundAnswer(client, userId, twin), submitRoundAnswer(client, userId, twin)]);
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await client.practiceAnswer.count({ where: { userId } })).toBe(2);
    // A second answer to the same question under a new client id is refused.
    const error = await rejection(submitRoundAnswer(client, userId, { ...twin, clientId: clientId() }));
    expect(error.status).toBe(409);
  });

  it("resumes a round after a reload with its answers, and no keys for unanswered questions", async () => {
    const userId = await student("resume");
    const request = typedRequest("s4");
    const round = await openRound(client, userId, request, now);
    const [q1, q2] = round.questions.map((q) => questions.get(q.id)!);
    await submitRoundAnswer(client, userId, { roundId: round.roundId, questionId: q1!.id, answer: rightAnswer(q1!), clientId: clientId(), now });
    await submitRoundAnswer(client, userId, { roundId: round.roundId, questionId: q2!.id, answer: "wrong guess", clientId: clientId(), now });
    const resumed = await openRound(client, userId, { ...request, formats: ["shortAnswer"] }, new Date(now.getTime() + 60_000));
    expect(resumed.roundId).toBe(round.roundId);
    expect(resumed.questions.map((q) => q.id)).toEqual(round.questions.map((q) => q.id));
    expect(resumed.answers.map((a) => [a.position, a.feedback.verdict])).toEqual([
      [0, "correct"],
      [1, "incorrect"],
    ]);
    expect(resumed.answers[1]!.feedback.correctAnswer).toBe(q2!.answer.kind === "text" ? q2!.answer.display : "");
    expect(resumed.finished).toBe(false);
    // Unanswered questions travel without keys: only the public fields of a question.
    const publicFields = new Set(["id", "family", "format", "prompt", "options", "matching", "inputHint"]);
    for (const q of resumed.questions.slice(2)) {
      expect(Object.keys(q).filter((field) => !publicFields.has(field))).toEqual([]);
      expect(JSON.stringify(q)).not.toMatch(/"(answer|accepted|explanation|distractors|sources)"/);
    }
    // Another seed is another round.
    expect((await openRound(client, userId, typedRequest("s5"), now)).roundId).not.toBe(round.roundId);
    // Answering the rest finishes the round.
    for (const q of resumed.questions.slice(2)) await submitRoundAnswer(client, userId, { roundId: round.roundId, questionId: q.id, answer: "x", clientId: clientId(), now });
    expect((await getOwnRound(client, userId, round.roundId))?.finished).toBe(true);
  });

  it("stores a contest of a rejected typed answer once, and refuses one of an accepted answer", async () => {
    const userId = await student("contest");
    const { round, question } = await roundWithCards(userId, "s6");
    const wrong = await submitRoundAnswer(client, userId, { roundId: round.roundId, questionId: question.id, answer: "a name it is not", clientId: clientId(), now });
    const contest = await contestAnswer(client, userId, { answerId: wrong.answerId, note: "My book spells it this way", now });
    expect(contest).toMatchObject({ status: "open", duplicate: false });
    expect(await contestAnswer(client, userId, { answerId: wrong.answerId, note: "again", now })).toMatchObject({ contestId: contest.contestId, duplicate: true });
    const stored = await client.answerContest.findMany({ where: { userId } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ answerId: wrong.answerId, note: "My book spells it this way", status: "open" });
    expect((await getOwnRound(client, userId, round.roundId))?.answers[0]?.contested).toBe(true);

    const other = round.questions.map((q) => questions.get(q.id)!).find((q) => q.id !== question.id)!;
    expect(checkAnswer(other, rightAnswer(other)).correct).toBe(true);
    const right = await submitRoundAnswer(client, userId, { roundId: round.roundId, questionId: other.id, answer: rightAnswer(other), clientId: clientId(), now });
    expect((await rejection(contestAnswer(client, userId, { answerId: right.answerId, note: "", now }))).status).toBe(400);
  });

  it("answers 404 for another student's round and answer, and 400 for a wrong shape", async () => {
    const owner = await student("owner");
    const intruder = await student("intruder");
    const { round, question } = await roundWithCards(owner, "s7");
    const mine = await submitRoundAnswer(client, owner, { roundId: round.roundId, questionId: question.id, answer: "guess", clientId: clientId(), now });
    expect(await getOwnRound(client, intruder, round.roundId)).toBeNull();
    const other = round.questions[1]!;
    expect((await rejection(submitRoundAnswer(client, intruder, { roundId: round.roundId, questionId: other.id, answer: "x", clientId: clientId(), now }))).status).toBe(404);
    expect((await rejection(contestAnswer(client, intruder, { answerId: mine.answerId, note: "", now }))).status).toBe(404);
    // A typed question answered with a list: refused without grading (the key stays put).
    expect((await rejection(submitRoundAnswer(client, owner, { roundId: round.roundId, questionId: other.id, answer: ["a", "b"], clientId: clientId(), now }))).status).toBe(400);
    expect(await client.practiceAnswer.count({ where: { roundId: round.roundId } })).toBe(1);
    expect(await client.answerContest.count({ where: { userId: intruder } })).toBe(0);
  });

  it("builds the dashboard from the student's own cards and reviews, in their time zone, without undone reviews", async () => {
    const userId = await student("dashboard");
    const other = await student("dashboard-other");
    const at = new Date("2026-04-20T12:00:00Z");
    const empty = await loadDashboard(client, userId, at);
    expect(empty.totals).toMatchObject({ studied: 0, reviewsToday: 0, dueToday: 0 });
    expect(empty.heatmap).toHaveLength(365);
    expect(empty.streak.current).toBe(0);

    const seeded = await seedDemoStudy(client, userId, { now: at, settings: { desiredRetention: 0.9, newCardsPerDay: 20, timeZone: "America/New_York" } });
    await seedDemoStudy(client, other, { now: at });
    const board = await loadDashboard(client, userId, at);
    expect(board.timeZone).toBe("America/New_York");
    // 12:00 UTC is 08:00 in New York: the study day is the 20th there.
    expect(board.today).toBe("2026-04-20");
    expect(board.heatmap.reduce((sum, d) => sum + d.count, 0)).toBe(seeded.reviews);
    expect(board.totals.studied).toBe(seeded.cards);
    expect(board.byEvent.reduce((sum, g) => sum + g.studied, 0)).toBeGreaterThanOrEqual(seeded.cards);
    expect(board.byEvent.some((g) => g.mastery > 0)).toBe(true);
    expect(board.forecast).toHaveLength(7);
    expect(board.accuracy.length).toBeGreaterThan(0);
    expect(board.weakest.length).toBeGreaterThan(0);
    for (let i = 1; i < board.weakest.length; i++) expect(board.weakest[i]!.retrievability).toBeGreaterThanOrEqual(board.weakest[i - 1]!.retrievability);

    // A practice answer counts today; undoing a review takes it off again.
    const { round, question } = await roundWithCards(userId, "dash");
    const outcome = await submitRoundAnswer(client, userId, { roundId: round.roundId, questionId: question.id, answer: "no idea", clientId: clientId(), now: at });
    const after = await loadDashboard(client, userId, at);
    expect(after.totals.reviewsToday).toBe(board.totals.reviewsToday + outcome.reviews);
    const log = await client.reviewLog.findFirstOrThrow({ where: { userId, answerId: outcome.answerId } });
    await undoReview(client, userId, { reviewId: log.id, clientId: clientId(), now: at });
    expect((await loadDashboard(client, userId, at)).totals.reviewsToday).toBe(after.totals.reviewsToday - 1);
  });
});
