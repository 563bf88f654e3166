/**
 * Assignment authoring, for the class's teacher only: create a draft from a blueprint (its questions
 * are snapshots from the first moment), preview every question with its key, distractors and
 * sources, drop or replace single questions, change the settings, publish, delete a draft, and list
 * a class's assignments. Publishing freezes the questions: from then on drop and replace are refused
 * (409), and nothing re-reads the content, so a changed article never alters a live assignment.
 * Settings (title, times, attempts, time limit, late work, reveal) may still change after publishing.
 *
 * Someone else's class or assignment (another teacher, a student) is 404: nothing says it exists.
 */
import { assembleDraftQuestions, blueprintSchema, canonicalBlueprint, type AssignmentMode, type Blueprint } from "../../assignments/blueprint";
import type { DraftInput } from "../../assignments/draft";
import { chooseReplacement, replacementSeed } from "../../assignments/replacement";
import { publishProblem, type AssignmentSettings, type LateWork, type Reveal } from "../../assignments/settings";
import { describeAnswer, type Explanation, type Family, type Format, type MatchingItems, type Option, type Question } from "../../questions";
import type { Db } from "../db/client";
import { uniqueViolation } from "../db/errors";
import { questionPool } from "../practice";

export class AuthoringError extends Error {
  override name = "AuthoringError";
  constructor(
    message: string,
    readonly status: 400 | 404 | 409,
  ) {
    super(message);
  }
}

export const notFoundMessage = "No such assignment.";
export const classNotFoundMessage = "No such class.";
export const frozenMessage = "This assignment is published: its questions are frozen and can no longer be dropped or replaced.";

export type AssignmentStatus = "draft" | "published";

/** One question as the teacher previews it: everything, key included. Never for students. */
export interface PreviewQuestion {
  /** AssignmentQuestion id. */
  rowId: string;
  position: number;
  /** The generator's question id (lib/questions ids.ts). */
  questionId: string;
  family: Family;
  format: Format;
  prompt: string;
  options?: Option[];
  matching?: MatchingItems;
  inputHint?: string;
  /** The key in words (describeAnswer). */
  answer: string;
  /** Orderings and matchings: the key as a list. */
  answerList?: string[];
  /** Plausible wrong answers (for choice formats: the wrong options). */
  distractors: string[];
  explanation: Explanation;
  eventIds: string[];
  factIds: string[];
  withdrawnAt: Date | null;
}

export interface AssignmentPreview {
  id: string;
  classroomId: string;
  className: string;
  status: AssignmentStatus;
  mode: AssignmentMode;
  blueprint: Blueprint;
  settings: AssignmentSettings;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** The blueprint's events with their names (for the summary). */
  events: { id: string; name: string }[];
  questions: PreviewQuestion[];
}

/** A class's assignment as the class page lists it (teacher view). */
export interface ClassAssignmentSummary {
  id: string;
  title: string;
  status: AssignmentStatus;
  mode: AssignmentMode;
  /** Questions per attempt (blueprint.count). */
  questionsPerAttempt: number;
  /** Frozen questions not withdrawn (the set, or the drawn pool). */
  questionCount: number;
  opensAt: Date | null;
  dueAt: Date | null;
  timeZone: string;
  publishedAt: Date | null;
  archivedAt: Date | null;
  createdAt: Date;
  /** /classes/<classId>/assignments/<id> */
  href: string;
}

export interface AuthoringClass {
  id: string;
  name: string;
  archived: boolean;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Client = Db | Tx;

/** The teacher's own class, or 404. */
export async function authoringClass(database: Db, teacherId: string, classroomId: string): Promise<AuthoringClass> {
  const row = await database.classroom.findFirst({ where: { id: classroomId, teacherId }, select: { id: true, name: true, archivedAt: true } });
  if (!row) throw new AuthoringError(classNotFoundMessage, 404);
  return { id: row.id, name: row.name, archived: row.archivedAt !== null };
}

const assignmentSelect = {
  id: true,
  classroomId: true,
  createdById: true,
  title: true,
  instructions: true,
  blueprint: true,
  mode: true,
  opensAt: true,
  dueAt: true,
  timeZone: true,
  attemptsAllowed: true,
  timeLimitMinutes: true,
  lateWork: true,
  reveal: true,
  status: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
  classroom: { select: { name: true, teacherId: true } },
} as const;

/** The teacher's own assignment (through its class), or 404. */
async function owned(database: Client, teacherId: string, assignmentId: string) {
  const row = await database.assignment.findFirst({ where: { id: assignmentId, classroom: { teacherId } }, select: assignmentSelect });
  if (!row) throw new AuthoringError(notFoundMessage, 404);
  return row;
}

function settingsOf(row: { title: string; instructions: string; timeZone: string; opensAt: Date | null; dueAt: Date | null; attemptsAllowed: number; timeLimitMinutes: number | null; lateWork: string; reveal: string }): AssignmentSettings {
  return {
    title: row.title,
    instructions: row.instructions,
    timeZone: row.timeZone,
    opensAt: row.opensAt,
    dueAt: row.dueAt,
    attemptsAllowed: row.attemptsAllowed,
    timeLimitMinutes: row.timeLimitMinutes,
    lateWork: row.lateWork as LateWork,
    reveal: row.reveal as Reveal,
  };
}

function settingsData(settings: AssignmentSettings) {
  return {
    title: settings.title,
    instructions: settings.instructions,
    timeZone: settings.timeZone,
    opensAt: settings.opensAt,
    dueAt: settings.dueAt,
    attemptsAllowed: settings.attemptsAllowed,
    timeLimitMinutes: settings.timeLimitMinutes,
    lateWork: settings.lateWork,
    reveal: settings.reveal,
  };
}

const blueprintOf = (json: unknown): Blueprint => blueprintSchema.parse(json);

function snapshotRow(question: Question, position: number) {
  return { position, questionId: question.id, snapshot: question as unknown as object, factIds: question.factIds };
}

/**
 * Makes a draft for the teacher's class: assembles the questions (a fixed set of `count`, or a
 * drawn pool of up to 3 × count) from the current content and stores them as snapshots, with the
 * settings, in one transaction. `input.id` (generated by the browser) makes a retry return the
 * same draft instead of a second one.
 */
export async function createDraft(database: Db, teacherId: string, classroomId: string, input: DraftInput, now: Date): Promise<{ assignmentId: string; duplicate: boolean }> {
  const classroom = await authoringClass(database, teacherId, classroomId);
  if (input.id) {
    const existing = await findRetried(database, teacherId, classroomId, input.id);
    if (existing) return existing;
  }
  if (classroom.archived) throw new AuthoringError("This class is archived: it takes no new assignments.", 409);
  const blueprint = canonicalBlueprint({ ...input.blueprint, seed: input.blueprint.seed ?? crypto.randomUUID().slice(0, 12), excludedQuestionIds: [] });
  if (blueprint.eventIds.length) {
    const known = await database.event.findMany({ where: { id: { in: blueprint.eventIds }, retiredAt: null }, select: { id: true } });
    const missing = blueprint.eventIds.filter((id) => !known.some((event) => event.id === id));
    if (missing.length) throw new AuthoringError(`Unknown event: ${missing.join(", ")}.`, 400);
  }
  const pool = await questionPool(database);
  const questions = assembleDraftQuestions(pool.questions, blueprint, input.mode);
  if (questions.length === 0) throw new AuthoringError("No questions match this choice of events, kinds of fact and formats. Choose more of them.", 400);
  try {
    const created = await database.assignment.create({
      data: {
        ...(input.id && { id: input.id }),
        classroomId,
        createdById: teacherId,
        ...settingsData(input.settings),
        blueprint: blueprint as unknown as object,
        mode: input.mode,
        status: "draft",
        createdAt: now,
        questions: { create: questions.map((question, i) => ({ ...snapshotRow(question, i + 1), createdAt: now })) },
      },
      select: { id: true },
    });
    return { assignmentId: created.id, duplicate: false };
  } catch (error) {
    // Two retries raced: the second finds the first's draft.
    if (input.id && uniqueViolation(error)?.model === "Assignment") {
      const existing = await findRetried(database, teacherId, classroomId, input.id);
      if (existing) return existing;
      throw new AuthoringError("This id is taken: reload the form and try again.", 409);
    }
    throw error;
  }
}

async function findRetried(database: Db, teacherId: string, classroomId: string, id: string) {
  const row = await database.assignment.findUnique({ where: { id }, select: { id: true, classroomId: true, createdById: true } });
  if (!row) return null;
  if (row.classroomId !== classroomId || row.createdById !== teacherId) throw new AuthoringError("This id is taken: reload the form and try again.", 409);
  return { assignmentId: row.id, duplicate: true };
}

function previewQuestion(row: { id: string; position: number; questionId: string; snapshot: unknown; factIds: unknown; withdrawnAt: Date | null }): PreviewQuestion {
  const q = row.snapshot as Question;
  const text = (options: Option[] | undefined, id: string | undefined) => options?.find((option) => option.id === id)?.text ?? "?";
  const answerList = q.answer.kind === "order" ? q.answer.optionIds.map((id) => text(q.options, id)) : q.answer.kind === "match" ? (q.matching?.left ?? []).map((item) => `${item.text}: ${text(q.matching?.right, (q.answer as { pairs: Record<string, string> }).pairs[item.id])}`) : undefined;
  return {
    rowId: row.id,
    position: row.position,
    questionId: row.questionId,
    family: q.family,
    format: q.format,
    prompt: q.prompt,
    ...(q.options && { options: q.options }),
    ...(q.matching && { matching: q.matching }),
    ...(q.inputHint && { inputHint: q.inputHint }),
    answer: describeAnswer(q),
    ...(answerList && { answerList }),
    distractors: q.distractors,
    explanation: { text: q.explanation.text, sources: q.explanation.sources.map(({ file, line, quote }) => ({ file, line, quote })) },
    eventIds: q.eventIds,
    factIds: (row.factIds as string[]) ?? q.factIds,
    withdrawnAt: row.withdrawnAt,
  };
}

const questionRows = (database: Client, assignmentId: string) =>
  database.assignmentQuestion.findMany({ where: { assignmentId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, position: true, questionId: true, snapshot: true, factIds: true, withdrawnAt: true } });

/** Everything the teacher's page shows: settings and every question with key, distractors and sources (draft or published). */
export async function getDraftPreview(database: Db, teacherId: string, assignmentId: string): Promise<AssignmentPreview> {
  const row = await owned(database, teacherId, assignmentId);
  const rows = await questionRows(database, assignmentId);
  const blueprint = blueprintOf(row.blueprint);
  const events = blueprint.eventIds.length ? await database.event.findMany({ where: { id: { in: blueprint.eventIds } }, select: { id: true, name: true } }) : [];
  return {
    id: row.id,
    classroomId: row.classroomId,
    className: row.classroom.name,
    status: row.status as AssignmentStatus,
    mode: row.mode as AssignmentMode,
    blueprint,
    settings: settingsOf(row),
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    events: blueprint.eventIds.map((id) => ({ id, name: events.find((event) => event.id === id)?.name ?? id })),
    questions: rows.map(previewQuestion),
  };
}

/** Changes the settings, before or after publishing (the questions stay as they are). */
export async function updateSettings(database: Db, teacherId: string, assignmentId: string, settings: AssignmentSettings, now: Date): Promise<AssignmentSettings> {
  await owned(database, teacherId, assignmentId);
  const row = await database.assignment.update({ where: { id: assignmentId }, data: { ...settingsData(settings), updatedAt: now }, select: assignmentSelect });
  return settingsOf(row);
}

/** Inside a transaction: 409 unless the assignment is still a draft; the write also serialises concurrent edits and publishing. */
async function lockDraft(tx: Tx, assignmentId: string, now: Date): Promise<void> {
  const { count } = await tx.assignment.updateMany({ where: { id: assignmentId, status: "draft" }, data: { updatedAt: now } });
  if (count !== 1) throw new AuthoringError(frozenMessage, 409);
}

async function renumber(tx: Tx, assignmentId: string): Promise<void> {
  const rows = await tx.assignmentQuestion.findMany({ where: { assignmentId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, position: true } });
  for (const [i, row] of rows.entries()) if (row.position !== i + 1) await tx.assignmentQuestion.update({ where: { id: row.id }, data: { position: i + 1 } });
}

async function exclude(tx: Tx, assignmentId: string, blueprint: Blueprint, questionId: string): Promise<void> {
  if (blueprint.excludedQuestionIds.includes(questionId)) return;
  const next: Blueprint = { ...blueprint, excludedQuestionIds: [...blueprint.excludedQuestionIds, questionId] };
  await tx.assignment.update({ where: { id: assignmentId }, data: { blueprint: next as unknown as object } });
}

/** Takes one question out of a draft (the others move up). A retry after it is gone answers `duplicate`. 409 once published. */
export async function dropQuestion(database: Db, teacherId: string, assignmentId: string, rowId: string, now: Date): Promise<{ dropped: string; duplicate: boolean }> {
  await owned(database, teacherId, assignmentId);
  return database.$transaction(async (tx) => {
    await lockDraft(tx, assignmentId, now);
    const current = await owned(tx, teacherId, assignmentId);
    const row = await tx.assignmentQuestion.findFirst({ where: { id: rowId, assignmentId }, select: { id: true, questionId: true } });
    if (!row) return { dropped: rowId, duplicate: true };
    await tx.assignmentQuestion.delete({ where: { id: row.id } });
    await exclude(tx, assignmentId, blueprintOf(current.blueprint), row.questionId);
    await renumber(tx, assignmentId);
    return { dropped: row.id, duplicate: false };
  });
}

/**
 * Replaces one question of a draft with another from the current content that fits the blueprint,
 * is not in the set and gives none of the others away (lib/assignments/replacement.ts); it takes
 * the same position. `shownQuestionId` is the question the teacher saw in that place: if it was
 * replaced meanwhile (a double click, another tab) the answer is 409, not a second replacement.
 */
export async function replaceQuestion(database: Db, teacherId: string, assignmentId: string, rowId: string, shownQuestionId: string, now: Date): Promise<PreviewQuestion> {
  const assignment = await owned(database, teacherId, assignmentId);
  if (assignment.status !== "draft") throw new AuthoringError(frozenMessage, 409);
  const rows = await questionRows(database, assignmentId);
  const row = rows.find((candidate) => candidate.id === rowId);
  if (!row) throw new AuthoringError("This question is no longer in the assignment: reload the page.", 404);
  if (row.questionId !== shownQuestionId) throw new AuthoringError("This question was already replaced: reload the page to see its replacement.", 409);
  const blueprint = blueprintOf(assignment.blueprint);
  const current = rows.map((r) => r.snapshot as unknown as Question);
  const pool = await questionPool(database);
  const replacement = chooseReplacement(pool.questions, blueprint, current, row.snapshot as unknown as Question, replacementSeed(blueprint.seed, row.questionId, blueprint.excludedQuestionIds.length));
  if (!replacement) throw new AuthoringError("No other question fits this assignment without repeating or giving away another. Drop this one instead.", 409);
  try {
    return await database.$transaction(async (tx) => {
      await lockDraft(tx, assignmentId, now);
      const fresh = await owned(tx, teacherId, assignmentId);
      const { count } = await tx.assignmentQuestion.updateMany({ where: { id: rowId, assignmentId, questionId: shownQuestionId }, data: { questionId: replacement.id, snapshot: replacement as unknown as object, factIds: replacement.factIds, createdAt: now } });
      if (count !== 1) throw new AuthoringError("This question was already replaced: reload the page to see its replacement.", 409);
      await exclude(tx, assignmentId, blueprintOf(fresh.blueprint), shownQuestionId);
      const updated = await tx.assignmentQuestion.findUniqueOrThrow({ where: { id: rowId }, select: { id: true, position: true, questionId: true, snapshot: true, factIds: true, withdrawnAt: true } });
      return previewQuestion(updated);
    });
  } catch (error) {
    // Another tab put the same replacement in another place meanwhile.
    if (uniqueViolation(error)?.model === "AssignmentQuestion") throw new AuthoringError("The set changed meanwhile: reload the page and try again.", 409);
    throw error;
  }
}

/** Publishes a draft: its questions are frozen from now on. Needs at least one question and a due time still ahead. Publishing twice answers `duplicate`. */
export async function publish(database: Db, teacherId: string, assignmentId: string, now: Date): Promise<{ publishedAt: Date; duplicate: boolean }> {
  const assignment = await owned(database, teacherId, assignmentId);
  if (assignment.status === "published") return { publishedAt: assignment.publishedAt ?? assignment.updatedAt, duplicate: true };
  return database.$transaction(async (tx) => {
    const fresh = await owned(tx, teacherId, assignmentId);
    if (fresh.status === "published") return { publishedAt: fresh.publishedAt ?? fresh.updatedAt, duplicate: true };
    const questions = await tx.assignmentQuestion.count({ where: { assignmentId, withdrawnAt: null } });
    if (questions === 0) throw new AuthoringError("An assignment needs at least one question before it can be published.", 409);
    const problem = publishProblem(settingsOf(fresh), now);
    if (problem) throw new AuthoringError(problem, 409);
    const { count } = await tx.assignment.updateMany({ where: { id: assignmentId, status: "draft" }, data: { status: "published", publishedAt: now, updatedAt: now } });
    if (count !== 1) {
      const after = await owned(tx, teacherId, assignmentId);
      return { publishedAt: after.publishedAt ?? now, duplicate: true };
    }
    return { publishedAt: now, duplicate: false };
  });
}

/** Deletes a draft and its questions. A published assignment is kept (409): students may have started it. */
export async function deleteDraft(database: Db, teacherId: string, assignmentId: string): Promise<void> {
  await owned(database, teacherId, assignmentId);
  const { count } = await database.assignment.deleteMany({ where: { id: assignmentId, status: "draft" } });
  if (count !== 1) throw new AuthoringError("A published assignment cannot be deleted.", 409);
}

/** The class's assignments, newest first (drafts included), for its teacher. 404 for anyone else. */
export async function listClassAssignments(database: Db, teacherId: string, classroomId: string): Promise<ClassAssignmentSummary[]> {
  await authoringClass(database, teacherId, classroomId);
  const rows = await database.assignment.findMany({
    where: { classroomId },
    select: {
      id: true,
      title: true,
      status: true,
      mode: true,
      blueprint: true,
      opensAt: true,
      dueAt: true,
      timeZone: true,
      publishedAt: true,
      archivedAt: true,
      createdAt: true,
      _count: { select: { questions: { where: { withdrawnAt: null } } } },
    },
  });
  return rows
    .map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status as AssignmentStatus,
      mode: row.mode as AssignmentMode,
      questionsPerAttempt: blueprintOf(row.blueprint).count,
      questionCount: row._count.questions,
      opensAt: row.opensAt,
      dueAt: row.dueAt,
      timeZone: row.timeZone,
      publishedAt: row.publishedAt,
      archivedAt: row.archivedAt,
      createdAt: row.createdAt,
      href: `/classes/${classroomId}/assignments/${row.id}`,
    }))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
