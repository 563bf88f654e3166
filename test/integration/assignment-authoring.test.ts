/**
 * Assignment authoring on a real database of the project's provider, with content/ imported (from a
 * copy, so one article can be changed): a teacher creates a draft for their class (a retry with the
 * same client id finds it), the preview has every key, distractors and sources, drop and replace
 * work on a draft, publishing freezes the questions (a re-import of a changed article or an edited
 * fact version leaves every snapshot as it was), drop/replace after publishing are 409 while the
 * settings may still change, another teacher and a student get 404, and a drawn draft freezes a pool.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blueprintSchema } from "../../lib/assignments/blueprint";
import type { DraftInput } from "../../lib/assignments/draft";
import { clashes } from "../../lib/assignments/replacement";
import { parseSettings } from "../../lib/assignments/settings";
import type { Question } from "../../lib/questions";
import {
  AuthoringError,
  createDraft,
  deleteDraft,
  dropQuestion,
  getDraftPreview,
  listClassAssignments,
  publish,
  replaceQuestion,
  updateSettings,
} from "../../lib/server/assignments/authoring";
import { createDb, type Db } from "../../lib/server/db/client";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { importContentFromDisk } from "../../lib/server/import/run";
import { questionPool } from "../../lib/server/practice";
import { freshDatabase, testProvider, type TestDatabase } from "./support/databases";

const sourceDir = path.resolve(import.meta.dirname, "../../content");
const article = "000_0cdfd5aa0431fa71.txt";
const now = new Date("2026-03-02T10:00:00Z");

async function rejection(promise: Promise<unknown>): Promise<AuthoringError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AuthoringError);
  return error as AuthoringError;
}

describe(`assignment authoring (${testProvider})`, () => {
  let target: TestDatabase;
  let client: Db;
  let contentDir: string;
  let teacher: string;
  let otherTeacher: string;
  let student: string;
  let classroomId: string;
  let sakhalinEvent: string;

  async function user(name: string, role: "teacher" | "student"): Promise<string> {
    const id = `u_${name}_${Math.random().toString(36).slice(2, 8)}`;
    await client.user.create({ data: { id, name, email: `${id}@example.org`, role } });
    return id;
  }

  const settings = (over: Record<string, unknown> = {}) =>
    parseSettings({ title: "Sakhalin quiz", instructions: "No notes.", timeZone: "Europe/Berlin", opensAt: null, dueAt: "2026-03-09T23:59", attemptsAllowed: 1, timeLimitMinutes: 20, lateWork: "refuse", reveal: "afterSubmit", ...over });

  const input = (over: Partial<DraftInput> = {}): DraftInput => ({
    mode: "fixed",
    blueprint: { eventIds: [], families: [], formats: [], count: 10, seed: "authoring-1" },
    settings: settings(),
    ...over,
  });

  beforeAll(async () => {
    contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "muster-authoring-"));
    for (const file of fs.readdirSync(sourceDir).filter((name) => name.endsWith(".txt"))) fs.copyFileSync(path.join(sourceDir, file), path.join(contentDir, file));
    target = await freshDatabase("authoring");
    await migrateDatabase(target.database);
    await importContentFromDisk({ contentDir, database: target.database }, { now: new Date("2026-01-01T00:00:00Z") });
    client = createDb(target.database);
    teacher = await user("teacher", "teacher");
    otherTeacher = await user("other", "teacher");
    student = await user("student", "student");
    classroomId = (await client.classroom.create({ data: { teacherId: teacher, name: "7B History", joinCode: `J${Math.random().toString(36).slice(2, 8).toUpperCase()}` }, select: { id: true } })).id;
    await client.classMember.create({ data: { classroomId, userId: student, joinedAt: now } });
    sakhalinEvent = (await client.sourceArticle.findUniqueOrThrow({ where: { file: article } })).eventId!;
  });
  afterAll(async () => {
    await client?.$disconnect();
    await target?.drop();
    if (contentDir) fs.rmSync(contentDir, { recursive: true, force: true });
  });

  it("creates a draft of snapshots; a retry with the same client id finds it", async () => {
    const id = `draft-${Math.random().toString(36).slice(2, 10)}`;
    const first = await createDraft(client, teacher, classroomId, input({ id }), now);
    expect(first).toEqual({ assignmentId: id, duplicate: false });
    expect(await createDraft(client, teacher, classroomId, input({ id }), now)).toEqual({ assignmentId: id, duplicate: true });
    expect(await client.assignment.count({ where: { id } })).toBe(1);
    const row = await client.assignment.findUniqueOrThrow({ where: { id }, include: { questions: { orderBy: { position: "asc" } } } });
    expect(row).toMatchObject({ status: "draft", mode: "fixed", title: "Sakhalin quiz", timeZone: "Europe/Berlin", timeLimitMinutes: 20, attemptsAllowed: 1, createdById: teacher });
    expect(row.dueAt?.toISOString()).toBe("2026-03-09T22:59:00.000Z");
    expect(blueprintSchema.parse(row.blueprint)).toEqual({ eventIds: [], families: [], formats: [], count: 10, seed: "authoring-1", excludedQuestionIds: [] });
    expect(row.questions.map((q) => q.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const pool = (await questionPool(client)).byId;
    for (const q of row.questions) {
      const snapshot = q.snapshot as unknown as Question;
      expect(snapshot.id).toBe(q.questionId);
      expect(snapshot).toEqual(pool.get(q.questionId));
      expect(q.factIds).toEqual(snapshot.factIds);
    }
    // The same id from another class of the same teacher, or another teacher, is refused rather than leaked.
    expect((await rejection(createDraft(client, otherTeacher, classroomId, input({ id }), now))).status).toBe(404);
  });

  it("the preview shows every question with its key, distractors and sources", async () => {
    const { assignmentId } = await createDraft(client, teacher, classroomId, input({ blueprint: { eventIds: [], families: [], formats: ["choice", "shortAnswer"], count: 6, seed: "preview" } }), now);
    const preview = await getDraftPreview(client, teacher, assignmentId);
    expect(preview).toMatchObject({ classroomId, className: "7B History", status: "draft", mode: "fixed" });
    expect(preview.settings.timeLimitMinutes).toBe(20);
    expect(preview.questions).toHaveLength(6);
    for (const q of preview.questions) {
      expect(["choice", "shortAnswer"]).toContain(q.format);
      expect(q.answer.length).toBeGreaterThan(0);
      expect(q.explanation.sources.length).toBeGreaterThan(0);
      for (const source of q.explanation.sources) {
        expect(source.file).toMatch(/\.txt$/);
        expect(source.line).toBeGreaterThan(0);
        const line = fs.readFileSync(path.join(contentDir, source.file), "utf8").split("\n")[source.line - 1]!;
        expect(line).toContain(source.quote.slice(0, 20));
      }
      if (q.format === "choice") {
        expect(q.options?.map((o) => o.text)).toContain(q.answer);
        expect(q.distractors.length).toBeGreaterThan(0);
        expect(q.distractors).not.toContain(q.answer);
      }
    }
  });

  it("drops and replaces single questions of a draft; a stale replace is refused", async () => {
    const { assignmentId } = await createDraft(client, teacher, classroomId, input({ blueprint: { eventIds: [], families: [], formats: [], count: 8, seed: "edit" } }), now);
    const before = await getDraftPreview(client, teacher, assignmentId);
    const dropped = before.questions[2]!;
    expect(await dropQuestion(client, teacher, assignmentId, dropped.rowId, now)).toEqual({ dropped: dropped.rowId, duplicate: false });
    expect(await dropQuestion(client, teacher, assignmentId, dropped.rowId, now)).toEqual({ dropped: dropped.rowId, duplicate: true });
    const afterDrop = await getDraftPreview(client, teacher, assignmentId);
    expect(afterDrop.questions.map((q) => q.questionId)).toEqual(before.questions.filter((q) => q !== dropped).map((q) => q.questionId));
    expect(afterDrop.questions.map((q) => q.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(afterDrop.blueprint.excludedQuestionIds).toEqual([dropped.questionId]);

    const old = afterDrop.questions[0]!;
    const replacement = await replaceQuestion(client, teacher, assignmentId, old.rowId, old.questionId, now);
    expect(replacement.rowId).toBe(old.rowId);
    expect(replacement.position).toBe(1);
    expect(replacement.questionId).not.toBe(old.questionId);
    expect(replacement.questionId).not.toBe(dropped.questionId);
    const afterReplace = await getDraftPreview(client, teacher, assignmentId);
    expect(afterReplace.questions[0]!.questionId).toBe(replacement.questionId);
    expect(afterReplace.questions.slice(1)).toEqual(afterDrop.questions.slice(1));
    // The replacement gives none of the others away.
    const rows = await client.assignmentQuestion.findMany({ where: { assignmentId } });
    const snapshots = rows.map((r) => r.snapshot as unknown as Question);
    const fresh = snapshots.find((q) => q.id === replacement.questionId)!;
    for (const other of snapshots) if (other !== fresh) expect(clashes(fresh, other)).toBe(false);
    // A second click with the question that was shown before is refused instead of replacing again.
    expect((await rejection(replaceQuestion(client, teacher, assignmentId, old.rowId, old.questionId, now))).status).toBe(409);
    expect((await getDraftPreview(client, teacher, assignmentId)).questions[0]!.questionId).toBe(replacement.questionId);
  });

  it("publishing freezes the questions: changed content leaves every snapshot as it was; drop and replace are refused; settings may change", async () => {
    const { assignmentId } = await createDraft(client, teacher, classroomId, input({ blueprint: { eventIds: [sakhalinEvent], families: [], formats: [], count: 6, seed: "freeze" } }), now);
    expect((await rejection(publish(client, otherTeacher, assignmentId, now))).status).toBe(404);
    const published = await publish(client, teacher, assignmentId, now);
    expect(published).toEqual({ publishedAt: now, duplicate: false });
    expect(await publish(client, teacher, assignmentId, new Date(now.getTime() + 1000))).toEqual({ publishedAt: now, duplicate: true });
    const frozen = await client.assignmentQuestion.findMany({ where: { assignmentId }, orderBy: { position: "asc" } });
    expect(frozen.length).toBeGreaterThan(0);

    // The article changes and is imported again: the practice pool changes, the assignment does not.
    const file = path.join(contentDir, article);
    const original = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, original.replace("- Place: Sakhalin", "- Place: Sakhalin Island").replace("- Strength1: 14,000", "- Strength1: 15,500").replace("7–31 July 1905", "8–30 July 1905"));
    const report = await importContentFromDisk({ contentDir, database: target.database }, { now: new Date("2026-03-03T00:00:00Z") });
    expect(report.factsChanged).toBeGreaterThanOrEqual(1);
    // And a fact version is edited in place for good measure (the snapshot must not follow it either).
    const someFact = (frozen[0]!.factIds as string[])[0]!;
    const fact = await client.fact.findUniqueOrThrow({ where: { id: someFact } });
    await client.factVersion.update({ where: { id: fact.currentVersionId! }, data: { versionHash: "edited-by-test" } });

    const pool = (await questionPool(client)).byId;
    const changed = frozen.filter((row) => JSON.stringify(pool.get(row.questionId) ?? null) !== JSON.stringify(row.snapshot));
    expect(changed.length).toBeGreaterThan(0);
    const after = await client.assignmentQuestion.findMany({ where: { assignmentId }, orderBy: { position: "asc" } });
    expect(after.map((row) => [row.id, row.questionId, row.position, row.snapshot, row.factIds])).toEqual(frozen.map((row) => [row.id, row.questionId, row.position, row.snapshot, row.factIds]));
    const preview = await getDraftPreview(client, teacher, assignmentId);
    expect(preview.status).toBe("published");
    expect(preview.publishedAt?.toISOString()).toBe(now.toISOString());
    expect(preview.questions.map((q) => q.prompt)).toEqual(frozen.map((row) => (row.snapshot as unknown as Question).prompt));

    const first = preview.questions[0]!;
    const drop = await rejection(dropQuestion(client, teacher, assignmentId, first.rowId, now));
    expect(drop.status).toBe(409);
    expect(drop.message).toMatch(/published/);
    expect((await rejection(replaceQuestion(client, teacher, assignmentId, first.rowId, first.questionId, now))).status).toBe(409);
    expect((await rejection(deleteDraft(client, teacher, assignmentId))).status).toBe(409);
    expect(await client.assignmentQuestion.count({ where: { assignmentId } })).toBe(frozen.length);

    const later = await updateSettings(client, teacher, assignmentId, settings({ dueAt: "2026-03-16T23:59", attemptsAllowed: 2 }), now);
    expect(later.dueAt?.toISOString()).toBe("2026-03-16T22:59:00.000Z");
    expect(later.attemptsAllowed).toBe(2);
    fs.writeFileSync(file, original);
  });

  it("another teacher and a student get 404 for everything; publishing needs a question and a due time ahead", async () => {
    const { assignmentId } = await createDraft(client, teacher, classroomId, input({ blueprint: { eventIds: [], families: [], formats: [], count: 3, seed: "others" } }), now);
    const row = (await getDraftPreview(client, teacher, assignmentId)).questions[0]!;
    for (const outsider of [otherTeacher, student]) {
      for (const attempt of [
        () => createDraft(client, outsider, classroomId, input(), now),
        () => getDraftPreview(client, outsider, assignmentId),
        () => updateSettings(client, outsider, assignmentId, settings(), now),
        () => dropQuestion(client, outsider, assignmentId, row.rowId, now),
        () => replaceQuestion(client, outsider, assignmentId, row.rowId, row.questionId, now),
        () => publish(client, outsider, assignmentId, now),
        () => deleteDraft(client, outsider, assignmentId),
        () => listClassAssignments(client, outsider, classroomId),
      ]) {
        const error = await rejection(attempt());
        expect(error.status).toBe(404);
      }
    }
    expect(await client.assignmentQuestion.count({ where: { assignmentId } })).toBe(3);
    expect((await client.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).status).toBe("draft");

    // A due time in the past cannot be published; nor can an empty draft.
    expect((await rejection(publish(client, teacher, assignmentId, new Date("2026-03-10T00:00:00Z")))).message).toMatch(/due time has passed/);
    for (const q of (await getDraftPreview(client, teacher, assignmentId)).questions) await dropQuestion(client, teacher, assignmentId, q.rowId, now);
    expect((await rejection(publish(client, teacher, assignmentId, now))).message).toMatch(/at least one question/);
    await deleteDraft(client, teacher, assignmentId);
    expect(await client.assignment.count({ where: { id: assignmentId } })).toBe(0);
  });

  it("a drawn draft freezes a pool of up to three times the count; the class page lists the class's assignments", async () => {
    const { assignmentId } = await createDraft(client, teacher, classroomId, input({ mode: "drawn", blueprint: { eventIds: [], families: [], formats: [], count: 5, seed: "drawn" } }), new Date(now.getTime() + 60_000));
    const questions = await client.assignmentQuestion.count({ where: { assignmentId } });
    expect(questions).toBeGreaterThan(5);
    expect(questions).toBeLessThanOrEqual(15);
    const list = await listClassAssignments(client, teacher, classroomId);
    const drawn = list.find((a) => a.id === assignmentId)!;
    expect(drawn).toMatchObject({ status: "draft", mode: "drawn", questionsPerAttempt: 5, questionCount: questions, timeZone: "Europe/Berlin", href: `/classes/${classroomId}/assignments/${assignmentId}` });
    expect(list[0]!.id).toBe(assignmentId);
    expect(list.some((a) => a.status === "published")).toBe(true);
    // Unknown events and impossible filters are 400 with a message.
    expect((await rejection(createDraft(client, teacher, classroomId, input({ blueprint: { eventIds: ["no-such-event"], families: [], formats: [], count: 5 } }), now))).status).toBe(400);
  });
});
