/**
 * Rows for the results tests, inserted directly (the classes, authoring and attempt pages are
 * other helpers' work): a class with students, a published assignment whose questions are
 * snapshots of the real question pool, and submitted attempts marked by lib/assignments.
 */
import { markAnswer } from "../../lib/assignments/marking";
import { scoreAttempt } from "../../lib/assignments/score";
import type { Question, UserAnswer } from "../../lib/questions";
import type { Db } from "../../lib/server/db/client";

let counter = 0;
const unique = (label: string) => `${label}_${Date.now().toString(36)}_${(++counter).toString(36)}_${Math.random().toString(36).slice(2, 6)}`;

export async function seedUser(client: Db, name: string, role: "teacher" | "student" = "student"): Promise<string> {
  const id = unique(`u_${role}`);
  await client.user.create({ data: { id, name, email: `${id}@example.org`, role } });
  return id;
}

export async function seedClass(client: Db, teacherId: string, studentNames: string[], joinedAt = new Date("2026-02-01T00:00:00Z")): Promise<{ classId: string; students: { id: string; name: string }[] }> {
  const classroom = await client.classroom.create({ data: { teacherId, name: `Class ${unique("c")}`, joinCode: unique("J").toUpperCase().slice(0, 24) } });
  const students = [];
  for (const name of studentNames) {
    const id = await seedUser(client, name);
    await client.classMember.create({ data: { classroomId: classroom.id, userId: id, joinedAt } });
    students.push({ id, name });
  }
  return { classId: classroom.id, students };
}

export interface SeededQuestion {
  id: string;
  question: Question;
}

export async function seedAssignment(
  client: Db,
  { classId, teacherId, title, questions, dueAt, publishedAt = new Date("2026-02-15T00:00:00Z") }: { classId: string; teacherId: string; title: string; questions: Question[]; dueAt: Date | null; publishedAt?: Date },
): Promise<{ assignmentId: string; questions: SeededQuestion[] }> {
  const assignment = await client.assignment.create({
    data: {
      classroomId: classId,
      createdById: teacherId,
      title,
      blueprint: { eventIds: [], families: [], formats: [], count: questions.length, seed: "seed" },
      mode: "fixed",
      dueAt,
      lateWork: "accept",
      status: "published",
      publishedAt,
    },
  });
  const seeded: SeededQuestion[] = [];
  for (const [position, question] of questions.entries()) {
    const row = await client.assignmentQuestion.create({ data: { assignmentId: assignment.id, position, questionId: question.id, snapshot: question as object, factIds: question.factIds } });
    seeded.push({ id: row.id, question });
  }
  return { assignmentId: assignment.id, questions: seeded };
}

/** A submitted attempt (or an open one with `submittedAt: null`), every answer marked as the server would. */
export async function seedAttempt(
  client: Db,
  { assignmentId, userId, questions, answers, number = 1, startedAt = new Date("2026-02-20T10:00:00Z"), submittedAt = new Date("2026-02-20T10:20:00Z"), late = false }: {
    assignmentId: string;
    userId: string;
    questions: SeededQuestion[];
    answers: (UserAnswer | null)[];
    number?: number;
    startedAt?: Date;
    submittedAt?: Date | null;
    late?: boolean;
  },
): Promise<{ attemptId: string; answerIds: (string | null)[] }> {
  const order = questions.map((q) => q.id);
  const marks = questions.map((q, i) => (answers[i] === null || answers[i] === undefined ? null : markAnswer(q.question, answers[i], new Map())));
  const scored = scoreAttempt(
    order,
    marks.flatMap((m, i) => (m ? [{ assignmentQuestionId: order[i]!, correct: m.correct }] : [])),
    new Set(),
  );
  const attempt = await client.attempt.create({
    data: { assignmentId, userId, number, questionOrder: order, optionOrder: {}, startedAt, submittedAt, submittedBy: submittedAt ? "student" : null, late, score: submittedAt ? scored.score : null, maxScore: submittedAt ? scored.maxScore : null },
  });
  const answerIds: (string | null)[] = [];
  for (const [i, mark] of marks.entries()) {
    if (!mark) {
      answerIds.push(null);
      continue;
    }
    const row = await client.attemptAnswer.create({
      data: { attemptId: attempt.id, userId, assignmentQuestionId: order[i]!, answer: answers[i] as never, verdict: mark.verdict, correct: mark.correct, reason: mark.reason, timeTakenMs: 4000 + i * 1000, clientId: unique("ans"), answeredAt: new Date(startedAt.getTime() + (i + 1) * 60_000) },
    });
    answerIds.push(row.id);
  }
  return { attemptId: attempt.id, answerIds };
}

/** The key as a student would give it (choice, true/false and typed text questions). */
export function rightAnswer(question: Question): UserAnswer {
  const key = question.answer;
  if (key.kind === "choice") return key.optionId;
  if (key.kind === "boolean") return key.value;
  if (key.kind === "text") return key.accepted[0]!.variants[0]!;
  throw new Error(`no simple answer for ${key.kind}`);
}

/** A wrong answer: another option, the other truth value, or a name nobody would accept. */
export function wrongAnswer(question: Question, which = 0): UserAnswer {
  const key = question.answer;
  if (key.kind === "choice") {
    const others = (question.options ?? []).filter((o) => o.id !== key.optionId);
    return others[which % others.length]!.id;
  }
  if (key.kind === "boolean") return !key.value;
  if (key.kind === "text") return ["Nobody Atall", "Someone Else", "Zzyzx Qwerty"][which % 3]!;
  throw new Error(`no simple answer for ${key.kind}`);
}

/** Questions of the pool for a mixed assignment: `typed` short-answer questions and `choice` multiple-choice ones, of distinct facts. */
export function pickQuestions(pool: Question[], typed: number, choice: number): Question[] {
  const facts = new Set<string>();
  const picked: Question[] = [];
  const take = (format: Question["format"], n: number) => {
    for (const question of pool) {
      if (n === 0) return;
      if (question.format !== format || question.factIds.some((f) => facts.has(f))) continue;
      if (format === "shortAnswer" && question.answer.kind !== "text") continue;
      // The wrong answers must really be wrong for this question.
      if (markAnswer(question, wrongAnswer(question, 0)).correct || markAnswer(question, wrongAnswer(question, 1)).correct || markAnswer(question, wrongAnswer(question, 2)).correct) continue;
      if (!markAnswer(question, rightAnswer(question)).correct) continue;
      question.factIds.forEach((f) => facts.add(f));
      picked.push(question);
      n--;
    }
    if (n > 0) throw new Error(`not enough ${format} questions in the pool`);
  };
  take("shortAnswer", typed);
  take("choice", choice);
  return picked;
}
