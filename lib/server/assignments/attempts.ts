/**
 * A student's attempts at an assignment: starting one (its question and option order and its
 * deadline fixed on the server), saving each answer as it is given (marked here, stored once per
 * client id, final once saved), resuming it anywhere, and submitting it, by the student or, when
 * an expired attempt is touched, by the server with what was saved. Submitting scores the attempt
 * and feeds the student's flashcards in the same transaction. Verdicts and keys leave the server
 * only as the assignment's reveal rule allows (lib/assignments/attempt-rules.ts revealState).
 */
import { answerRefusal, deadlineFor, isExpired, isLate, openAttempt, revealState, startRefusal, type RevealState } from "../../assignments/attempt-rules";
import { markAnswer, markingProblem, TYPED_FORMATS } from "../../assignments/marking";
import { scoreAttempt } from "../../assignments/score";
import { applyOptionOrder, attemptSeed, drawnAttemptOrder, fixedAttemptOrder } from "../../assignments/shuffle";
import { toPublicQuestion, type PublicQuestion, type Question, type UserAnswer } from "../../questions";
import { practiceRatings } from "../../study";
import type { Db } from "../db/client";
import { uniqueViolation } from "../db/errors";
import { feedbackFor, type AnswerFeedback } from "../practice";
import { cardCatalogue } from "../study/cards";
import { StudyError } from "../study/errors";
import { submitReview } from "../study/reviews";
import { inOneTransaction } from "../study/transaction-view";
import { assignmentSelect, attemptSelect, AttemptError, toStudentAssignment, frozenQuestions, noAttempt, optionOrderOf, orderOf, ownAttempt, visibleAssignment, type AttemptRow, type FrozenRow, type StudentAssignment } from "./attempts-access";

export { AttemptError } from "./attempts-access";

/** A question as the student sees it: public fields only, id = the AssignmentQuestion id, options in their order. */
export interface AttemptQuestion extends PublicQuestion {
  position: number;
  /** The teacher withdrew it: it cannot be answered and counts for no one. */
  withdrawn: boolean;
}

export interface SavedAttemptAnswer {
  answerId: string;
  questionId: string;
  answer: UserAnswer;
  clientId: string;
  answeredAt: string;
}

/** One question of a revealed attempt. */
export interface ReviewItem {
  questionId: string;
  answerId: string | null;
  answer: UserAnswer | null;
  verdict: AnswerFeedback["verdict"] | null;
  correct: boolean;
  reason: string | null;
  correctAnswer: string;
  correctAnswerList?: string[];
  explanation: AnswerFeedback["explanation"];
  /** A rejected typed answer the student may contest ("I was right"). */
  contestable: boolean;
  contest: { status: string } | null;
  withdrawn: boolean;
}

export interface AttemptResult {
  /** null: the reveal rule hides it. */
  score: number | null;
  maxScore: number | null;
  /** null: hidden (see reviewAt for when it shows, if ever). */
  review: ReviewItem[] | null;
  reviewAt: string | null;
}

export interface AttemptState {
  attemptId: string;
  assignmentId: string;
  number: number;
  title: string;
  instructions: string;
  className: string;
  timeZone: string;
  dueAt: string | null;
  reveal: StudentAssignment["reveal"];
  startedAt: string;
  /** The server's deadline; the page counts down from serverNow to it. */
  deadline: string | null;
  serverNow: string;
  submittedAt: string | null;
  submittedBy: string | null;
  late: boolean;
  questions: AttemptQuestion[];
  answers: SavedAttemptAnswer[];
  /** AssignmentQuestion ids this student reported. */
  reported: string[];
  /** null until submitted. */
  result: AttemptResult | null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function publicQuestion(row: FrozenRow, optionOrder: Record<string, string[]>): AttemptQuestion {
  const shown = applyOptionOrder(toPublicQuestion(row.question), optionOrder[row.id]);
  return { ...shown, id: row.id, position: row.position, withdrawn: row.withdrawn };
}

const answerSelect = { id: true, assignmentQuestionId: true, answer: true, verdict: true, correct: true, reason: true, clientId: true, answeredAt: true, attemptId: true, contest: { select: { status: true } } } as const;

type AnswerRow = { id: string; assignmentQuestionId: string; answer: unknown; verdict: string; correct: boolean; reason: string; clientId: string; answeredAt: Date; attemptId: string; contest: { status: string } | null };

function reviewItems(order: string[], frozen: Map<string, FrozenRow>, answers: AnswerRow[]): ReviewItem[] {
  const byQuestion = new Map(answers.map((answer) => [answer.assignmentQuestionId, answer]));
  return order.flatMap((id) => {
    const row = frozen.get(id);
    if (!row) return [];
    const answer = byQuestion.get(id);
    const verdict = (answer?.verdict ?? null) as ReviewItem["verdict"];
    const feedback = feedbackFor(row.question, { correct: answer?.correct ?? false, verdict: verdict ?? "incorrect", reason: answer?.reason ?? "" });
    return [
      {
        questionId: id,
        answerId: answer?.id ?? null,
        answer: (answer?.answer ?? null) as UserAnswer | null,
        verdict,
        correct: answer?.correct ?? false,
        reason: answer?.reason ?? null,
        correctAnswer: feedback.correctAnswer,
        ...(feedback.correctAnswerList && { correctAnswerList: feedback.correctAnswerList }),
        explanation: feedback.explanation,
        contestable: answer !== undefined && !answer.correct && !row.withdrawn && TYPED_FORMATS.has(row.question.format),
        contest: answer?.contest ?? null,
        withdrawn: row.withdrawn,
      },
    ];
  });
}

function resultOf(attempt: AttemptRow, reveal: RevealState, order: string[], frozen: Map<string, FrozenRow>, answers: AnswerRow[]): AttemptResult | null {
  if (attempt.submittedAt === null) return null;
  return {
    score: reveal.score ? attempt.score : null,
    maxScore: reveal.score ? attempt.maxScore : null,
    review: reveal.review ? reviewItems(order, frozen, answers) : null,
    reviewAt: iso(reveal.reviewAt),
  };
}

async function stateOf(database: Db, attempt: AttemptRow, assignment: StudentAssignment, now: Date): Promise<AttemptState> {
  const [frozen, answers, reports] = await Promise.all([
    frozenQuestions(database, attempt.assignmentId),
    database.attemptAnswer.findMany({ where: { attemptId: attempt.id }, select: answerSelect }),
    database.questionReport.findMany({ where: { userId: attempt.userId, question: { assignmentId: attempt.assignmentId } }, select: { assignmentQuestionId: true } }),
  ]);
  const order = orderOf(attempt);
  const optionOrder = optionOrderOf(attempt);
  const position = new Map(order.map((id, index) => [id, index]));
  return {
    attemptId: attempt.id,
    assignmentId: attempt.assignmentId,
    number: attempt.number,
    title: assignment.title,
    instructions: assignment.instructions,
    className: assignment.className,
    timeZone: assignment.timeZone,
    dueAt: iso(assignment.dueAt),
    reveal: assignment.reveal,
    startedAt: attempt.startedAt.toISOString(),
    deadline: iso(attempt.deadline),
    serverNow: now.toISOString(),
    submittedAt: iso(attempt.submittedAt),
    submittedBy: attempt.submittedBy,
    late: attempt.late,
    questions: order.flatMap((id) => {
      const row = frozen.get(id);
      return row ? [publicQuestion(row, optionOrder)] : [];
    }),
    answers: answers
      .map((answer) => ({ answerId: answer.id, questionId: answer.assignmentQuestionId, answer: answer.answer as UserAnswer, clientId: answer.clientId, answeredAt: answer.answeredAt.toISOString() }))
      .sort((a, b) => (position.get(a.questionId) ?? 0) - (position.get(b.questionId) ?? 0)),
    reported: reports.map((report) => report.assignmentQuestionId),
    result: resultOf(attempt, revealState(assignment, attempt, now), order, frozen, answers),
  };
}

/** Test seam: runs inside the submission transaction, after the flashcard reviews, before it commits. */
export interface SubmitHooks {
  afterReviews?: () => Promise<void> | void;
}

/**
 * Submits the attempt (once: a second submission finds it done and writes nothing), scores it
 * and feeds the flashcards with each answered question's ratings, in one transaction. An expired
 * attempt is submitted at its deadline by "expired".
 */
async function finish(database: Db, attempt: AttemptRow, assignment: StudentAssignment, now: Date, by: "student" | "expired", hooks: SubmitHooks = {}): Promise<void> {
  const submittedAt = by === "expired" && attempt.deadline ? attempt.deadline : now;
  const frozen = await frozenQuestions(database, attempt.assignmentId);
  const catalogue = await cardCatalogue(database);
  const userId = attempt.userId;
  await inOneTransaction(database, async (tx) => {
    const { count } = await tx.attempt.updateMany({ where: { id: attempt.id, submittedAt: null }, data: { submittedAt, submittedBy: by } });
    if (count !== 1) return;
    const answers = await tx.attemptAnswer.findMany({ where: { attemptId: attempt.id }, select: { id: true, assignmentQuestionId: true, correct: true }, orderBy: { answeredAt: "asc" } });
    const withdrawn = new Set([...frozen.values()].filter((row) => row.withdrawn).map((row) => row.id));
    const { score, maxScore } = scoreAttempt(orderOf(attempt), answers, withdrawn);
    await tx.attempt.update({ where: { id: attempt.id }, data: { score, maxScore, late: attempt.late || (assignment.lateWork === "accept" && isLate(assignment, submittedAt)) } });
    for (const answer of answers) {
      const row = frozen.get(answer.assignmentQuestionId);
      if (!row || row.withdrawn) continue;
      for (const { cardKey, rating } of practiceRatings({ asks: row.question.asks, correct: answer.correct }, catalogue.cards)) {
        const card = await tx.cardState.findUnique({ where: { userId_cardKey: { userId, cardKey } }, select: { revision: true, retiredAt: true } });
        if (card?.retiredAt) continue;
        try {
          // The flashcards' own review writer, joined to this transaction; the client id is the
          // answer's, so this answer never reviews a card twice.
          await submitReview(tx, userId, { cardKey, rating, clientId: `assignment:${answer.id}:${cardKey}`, shownRevision: card?.revision ?? 0, source: "assignment", durationMs: null, now });
        } catch (error) {
          // A card reviewed later than `now` (a clock behind): the submission stands without that review.
          if (!(error instanceof StudyError)) throw error;
        }
      }
    }
    await hooks.afterReviews?.();
  });
}

/** An expired attempt is submitted by the server (with what was saved) whenever it is touched. */
export async function settleIfExpired(database: Db, attempt: AttemptRow, assignment: StudentAssignment, now: Date): Promise<AttemptRow> {
  if (!isExpired(attempt, now)) return attempt;
  await finish(database, attempt, assignment, now, "expired");
  return (await database.attempt.findUniqueOrThrow({ where: { id: attempt.id }, select: attemptSelect })) as AttemptRow;
}

/**
 * Submits, with what was saved, every attempt whose deadline has passed in a class or one
 * assignment: results and the gradebook call it first, so a student who closed the tab before the
 * time ran out shows as submitted, not as still in progress.
 */
export async function settleExpiredAttempts(database: Db, scope: { classroomId: string } | { assignmentId: string }, now: Date): Promise<number> {
  const where = { submittedAt: null, deadline: { lte: now }, ...("assignmentId" in scope ? { assignmentId: scope.assignmentId } : { assignment: { classroomId: scope.classroomId } }) };
  const rows = await database.attempt.findMany({ where, select: { ...attemptSelect, assignment: { select: assignmentSelect } } });
  for (const { assignment, ...attempt } of rows) await settleIfExpired(database, attempt as AttemptRow, toStudentAssignment(assignment), now);
  return rows.length;
}

export interface StartOutcome {
  state: AttemptState;
  /** False: the running attempt was returned (another tab, a second click). */
  created: boolean;
}

/**
 * Starts an attempt, or returns the one running: one unfinished attempt at a time, so two tabs
 * get the same attempt (Attempt's unique (assignment, user, number) settles a race).
 */
export async function startAttempt(database: Db, userId: string, assignmentId: string, now: Date): Promise<StartOutcome> {
  const assignment = await visibleAssignment(database, userId, assignmentId);
  const attempts: AttemptRow[] = [];
  for (const row of await database.attempt.findMany({ where: { assignmentId, userId }, select: attemptSelect, orderBy: { number: "asc" } })) attempts.push(await settleIfExpired(database, row, assignment, now));
  const running = openAttempt(attempts, now);
  if (running) return { state: await stateOf(database, running, assignment, now), created: false };
  const refusal = startRefusal(assignment, attempts, now, assignment.timeZone);
  if (refusal) throw new AttemptError(refusal, 409);
  const live = [...(await frozenQuestions(database, assignmentId)).values()].filter((row) => !row.withdrawn);
  if (live.length === 0) throw new AttemptError("This assignment has no questions to answer yet.", 409);
  const number = Math.max(0, ...attempts.map((attempt) => attempt.number)) + 1;
  const seed = attemptSeed(assignmentId, userId, number);
  const frozen = live.map((row) => ({ id: row.id, question: row.question }));
  const order = assignment.mode === "drawn" ? drawnAttemptOrder(frozen, assignment.count || frozen.length, seed) : fixedAttemptOrder(frozen, seed);
  try {
    const created = await database.attempt.create({
      data: { assignmentId, userId, number, questionOrder: order.questionOrder, optionOrder: order.optionOrder, startedAt: now, deadline: deadlineFor(assignment, now) },
      select: attemptSelect,
    });
    return { state: await stateOf(database, created, assignment, now), created: true };
  } catch (error) {
    if (uniqueViolation(error)?.model !== "Attempt") throw error;
    // Another tab started it at the same moment: that one is the student's attempt.
    const rows = await database.attempt.findMany({ where: { assignmentId, userId }, select: attemptSelect });
    const other = openAttempt(rows, now);
    if (!other) throw new AttemptError("This attempt was started and finished elsewhere. Reload the page.", 409);
    return { state: await stateOf(database, other, assignment, now), created: false };
  }
}

/** The attempt as the student resumes it (expired ones are submitted first), or a 404. */
export async function getAttemptState(database: Db, userId: string, attemptId: string, now: Date): Promise<AttemptState> {
  const { attempt, assignment } = await ownAttempt(database, userId, attemptId);
  return stateOf(database, await settleIfExpired(database, attempt, assignment, now), assignment, now);
}

/** Submits the student's attempt (a second submit returns it as it is), or a 404. */
export async function submitAttempt(database: Db, userId: string, attemptId: string, now: Date, hooks: SubmitHooks = {}): Promise<AttemptState> {
  const { attempt, assignment } = await ownAttempt(database, userId, attemptId);
  const settled = await settleIfExpired(database, attempt, assignment, now);
  if (settled.submittedAt === null) await finish(database, settled, assignment, now, "student", hooks);
  const fresh = (await database.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: attemptSelect })) as AttemptRow;
  return stateOf(database, fresh, assignment, now);
}

export interface AnswerInput {
  /** AssignmentQuestion id. */
  questionId: string;
  answer: UserAnswer;
  /** Generated by the browser once per answer; a retry sends the same one. */
  clientId: string;
  timeTakenMs?: number | null;
}

/** A saved answer as the route returns it: no verdict, no key (nothing is revealed mid-attempt). */
export interface SaveOutcome {
  answerId: string;
  questionId: string;
  clientId: string;
  answeredAt: string;
  /** True when this client id had been stored already: nothing new was written. */
  duplicate: boolean;
  /** The attempt is late (answered after the due time, late work accepted). */
  late: boolean;
}

export const alreadyAnswered = "This question was already answered in this attempt: answers are final once saved.";

async function byClientId(database: Db, userId: string, attemptId: string, input: AnswerInput): Promise<SaveOutcome | null> {
  const row = await database.attemptAnswer.findUnique({ where: { userId_clientId: { userId, clientId: input.clientId } }, select: { id: true, attemptId: true, assignmentQuestionId: true, answeredAt: true, attempt: { select: { late: true } } } });
  if (!row) return null;
  if (row.attemptId !== attemptId || row.assignmentQuestionId !== input.questionId) throw new AttemptError("This answer id was already used for another question.", 409);
  return { answerId: row.id, questionId: row.assignmentQuestionId, clientId: input.clientId, answeredAt: row.answeredAt.toISOString(), duplicate: true, late: row.attempt.late };
}

async function acceptedSpellings(database: Db, question: Question): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (!TYPED_FORMATS.has(question.format) || question.factIds.length === 0) return map;
  for (const row of await database.acceptedAnswer.findMany({ where: { factId: { in: question.factIds } }, select: { factId: true, text: true } })) map.set(row.factId, [...(map.get(row.factId) ?? []), row.text]);
  return map;
}

/**
 * Saves one answer, marked on the server. A retried client id returns the stored answer; a second
 * answer to the same question is a 409; after the deadline the answer is refused (409) and the
 * attempt is submitted as expired with what was saved.
 */
export async function saveAnswer(database: Db, userId: string, attemptId: string, input: AnswerInput, now: Date): Promise<SaveOutcome> {
  // A first save goes straight to the insert (a retry is found by its unique client id there);
  // before any refusal, a retry of an answer stored earlier gets that answer instead.
  const refuse: Refuse = async (message, status, after) => {
    const earlier = await byClientId(database, userId, attemptId, input);
    if (earlier) return earlier;
    await after?.();
    throw new AttemptError(message, status);
  };
  return storeAnswer(database, userId, attemptId, input, now, refuse);
}

/** The stored answer of a retried client id, or the refusal (after `after`, e.g. submitting an expired attempt). */
type Refuse = (message: string, status: 400 | 404 | 409, after?: () => Promise<void>) => Promise<SaveOutcome>;

async function storeAnswer(database: Db, userId: string, attemptId: string, input: AnswerInput, now: Date, refuse: Refuse): Promise<SaveOutcome> {
  const owned = await ownAttempt(database, userId, attemptId).catch((error: unknown) => (error instanceof AttemptError ? null : Promise.reject(error)));
  if (!owned) return refuse(noAttempt, 404);
  const { attempt, assignment } = owned;
  const refusal = answerRefusal(attempt, now, assignment.timeZone);
  if (refusal) return refuse(refusal.message, 409, refusal.kind === "expired" ? () => finish(database, attempt, assignment, now, "expired") : undefined);
  if (!orderOf(attempt).includes(input.questionId)) return refuse("This question is not part of this attempt.", 404);
  const frozen = await database.assignmentQuestion.findFirst({ where: { id: input.questionId, assignmentId: attempt.assignmentId }, select: { snapshot: true, withdrawnAt: true } });
  if (!frozen) return refuse("This question is not part of this attempt.", 404);
  if (frozen.withdrawnAt) return refuse("Your teacher withdrew this question: it does not count and needs no answer.", 409);
  const question = frozen.snapshot as unknown as Question;
  const problem = markingProblem(question, input.answer);
  if (problem) return refuse(problem, 400);
  const mark = markAnswer(question, input.answer, await acceptedSpellings(database, question));
  const late = attempt.late || (assignment.lateWork === "accept" && isLate(assignment, now));
  const data = {
    attemptId,
    userId,
    assignmentQuestionId: input.questionId,
    answer: input.answer as object,
    verdict: mark.verdict,
    correct: mark.correct,
    reason: mark.reason,
    timeTakenMs: input.timeTakenMs ?? null,
    clientId: input.clientId,
    answeredAt: now,
  };
  try {
    const created =
      late && !attempt.late
        ? await database.$transaction(async (tx) => {
            const row = await tx.attemptAnswer.create({ data, select: { id: true } });
            await tx.attempt.update({ where: { id: attemptId }, data: { late: true } });
            return row;
          })
        : await database.attemptAnswer.create({ data, select: { id: true } });
    return { answerId: created.id, questionId: input.questionId, clientId: input.clientId, answeredAt: now.toISOString(), duplicate: false, late };
  } catch (error) {
    if (uniqueViolation(error)?.model !== "AttemptAnswer") throw error;
    // A retry raced the first save, or the question was answered already under another id.
    const same = await byClientId(database, userId, attemptId, input);
    if (same) return same;
    throw new AttemptError(alreadyAnswered, 409);
  }
}

/** Only when the reveal rule shows the verdicts may a student contest one. */
async function revealedAttempt(database: Db, userId: string, attemptId: string, now: Date) {
  const { attempt, assignment } = await ownAttempt(database, userId, attemptId);
  const settled = await settleIfExpired(database, attempt, assignment, now);
  return { attempt: settled, assignment, reveal: revealState(assignment, settled, now) };
}

/** "I was right" on a rejected typed answer, once the review is shown; stored once for the teacher. */
export async function contestAttemptAnswer(database: Db, userId: string, input: { attemptId: string; answerId: string; note: string; now: Date }): Promise<{ contestId: string; status: string; duplicate: boolean }> {
  const { reveal } = await revealedAttempt(database, userId, input.attemptId, input.now);
  const answer = await database.attemptAnswer.findFirst({
    where: { id: input.answerId, attemptId: input.attemptId, userId },
    select: { id: true, correct: true, question: { select: { snapshot: true, withdrawnAt: true } }, contest: { select: { id: true, status: true } } },
  });
  if (!answer) throw new AttemptError("There is no such answer.", 404);
  if (answer.contest) return { contestId: answer.contest.id, status: answer.contest.status, duplicate: true };
  if (!reveal.review) throw new AttemptError("You can contest a mark once the answers are shown.", 409);
  const format = (answer.question.snapshot as unknown as Question).format;
  if (answer.correct || answer.question.withdrawnAt || !TYPED_FORMATS.has(format)) throw new AttemptError("Only a rejected typed answer can be contested.", 400);
  try {
    const contest = await database.attemptContest.create({ data: { answerId: answer.id, userId, note: input.note, createdAt: input.now }, select: { id: true, status: true } });
    return { contestId: contest.id, status: contest.status, duplicate: false };
  } catch (error) {
    if (uniqueViolation(error)?.model === "AttemptContest") return contestAttemptAnswer(database, userId, input);
    throw error;
  }
}

/** "Report this question": a question of the student's attempt is wrong; stored once per student and question. */
export async function reportQuestion(database: Db, userId: string, input: { attemptId: string; questionId: string; note: string; now: Date }): Promise<{ reportId: string; status: string; duplicate: boolean }> {
  const { attempt } = await ownAttempt(database, userId, input.attemptId);
  if (!orderOf(attempt).includes(input.questionId)) throw new AttemptError("This question is not part of this attempt.", 404);
  const existing = await database.questionReport.findUnique({ where: { assignmentQuestionId_userId: { assignmentQuestionId: input.questionId, userId } }, select: { id: true, status: true } });
  if (existing) return { reportId: existing.id, status: existing.status, duplicate: true };
  try {
    const report = await database.questionReport.create({ data: { assignmentQuestionId: input.questionId, userId, note: input.note, createdAt: input.now }, select: { id: true, status: true } });
    return { reportId: report.id, status: report.status, duplicate: false };
  } catch (error) {
    if (uniqueViolation(error)?.model === "QuestionReport") return reportQuestion(database, userId, input);
    throw error;
  }
}

export { noAttempt };
