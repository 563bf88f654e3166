/**
 * The assignment-draft route handlers as Next.js calls them (Request in, Response out) on a real
 * database: 401 without a session, 400 for wrong shapes with the field named, 403 for a student, 404
 * for another teacher, 201/200 for a draft and its retry, drop/replace/publish, 409 for a drop after
 * publishing, settings still editable after publishing.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { importContentFromDisk } from "../../lib/server/import/run";
import { freshDatabase, testProvider, type TestDatabase } from "./support/databases";
import { cookieOf, routeEnvironment } from "./support/routes";

const contentDir = path.resolve(import.meta.dirname, "../../content");
const base = "http://localhost:3000";

type Routes = {
  create: typeof import("../../app/api/assignment-drafts/route");
  assignment: typeof import("../../app/api/assignment-drafts/[assignmentId]/route");
  question: typeof import("../../app/api/assignment-drafts/[assignmentId]/questions/[rowId]/route");
  replace: typeof import("../../app/api/assignment-drafts/[assignmentId]/questions/[rowId]/replace/route");
  publish: typeof import("../../app/api/assignment-drafts/[assignmentId]/publish/route");
};

const settings = { title: "Route quiz", instructions: "", timeZone: "America/New_York", opensAt: "", dueAt: "2099-01-09T17:00", attemptsAllowed: 2, timeLimitMinutes: 30, lateWork: "accept", reveal: "afterDue" };

describe(`assignment draft routes (${testProvider})`, () => {
  let target: TestDatabase;
  let routes: Routes;
  let cookie: { teacher: string; other: string; student: string };
  let classroomId: string;
  let disconnect: () => Promise<void>;
  let db: typeof import("../../lib/server/db/client").db;

  const json = (url: string, method: string, who: string | null, body?: unknown) =>
    new Request(`${base}${url}`, { method, headers: { "content-type": "application/json", ...(who && { cookie: who }) }, ...(body !== undefined && { body: typeof body === "string" ? body : JSON.stringify(body) }) });
  const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });
  const draftBody = (over: Record<string, unknown> = {}) => ({ classroomId, mode: "fixed", blueprint: { eventIds: [], families: [], formats: [], count: 5 }, settings, ...over });

  const environment = routeEnvironment();

  beforeAll(async () => {
    target = await freshDatabase("authoringroutes");
    await migrateDatabase(target.database);
    await importContentFromDisk({ contentDir, database: target.database }, { now: new Date("2026-01-01T00:00:00Z") });
    environment.use(target.database);
    routes = {
      create: await import("../../app/api/assignment-drafts/route"),
      assignment: await import("../../app/api/assignment-drafts/[assignmentId]/route"),
      question: await import("../../app/api/assignment-drafts/[assignmentId]/questions/[rowId]/route"),
      replace: await import("../../app/api/assignment-drafts/[assignmentId]/questions/[rowId]/replace/route"),
      publish: await import("../../app/api/assignment-drafts/[assignmentId]/publish/route"),
    };
    const { auth } = await import("../../lib/server/auth/instance");
    db = (await import("../../lib/server/db/client")).db;
    disconnect = () => db().$disconnect();
    const made: Record<string, { cookie: string; id: string }> = {};
    for (const name of ["teacher", "other", "student"]) {
      const email = `${name}-${Date.now()}@example.org`;
      const { headers } = await auth().api.signUpEmail({ body: { name, email, password: "a long enough password" }, returnHeaders: true });
      const user = await db().user.findUniqueOrThrow({ where: { email } });
      // Sign-up through the API makes students; the teacher sign-up page is another flow, so set the role here.
      if (name !== "student") await db().user.update({ where: { id: user.id }, data: { role: "teacher" } });
      made[name] = { cookie: cookieOf(headers), id: user.id };
    }
    cookie = { teacher: made.teacher!.cookie, other: made.other!.cookie, student: made.student!.cookie };
    classroomId = (await db().classroom.create({ data: { teacherId: made.teacher!.id, name: "Route class", joinCode: `R${Date.now().toString(36).toUpperCase()}` } })).id;
    await db().classMember.create({ data: { classroomId, userId: made.student!.id, joinedAt: new Date() } });
  });
  afterAll(async () => {
    await disconnect?.();
    await target?.drop();
    environment.restore();
  });

  it("401 without a session, 400 for wrong shapes, 403 for a student, 404 for another teacher", async () => {
    expect((await routes.create.POST(json("/api/assignment-drafts", "POST", null, draftBody()))).status).toBe(401);
    const bad = await routes.create.POST(json("/api/assignment-drafts", "POST", cookie.teacher, draftBody({ blueprint: { eventIds: [], families: [], formats: [], count: 0 } })));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/blueprint\.count/);
    const times = await routes.create.POST(json("/api/assignment-drafts", "POST", cookie.teacher, draftBody({ settings: { ...settings, opensAt: "2099-01-10T09:00" } })));
    expect(times.status).toBe(400);
    expect(((await times.json()) as { error: string }).error).toBe("Invalid request: settings.dueAt: The due time must come after the opening time.");
    expect((await routes.create.POST(json("/api/assignment-drafts", "POST", cookie.teacher, "{not json"))).status).toBe(400);
    for (const [who, status] of [[cookie.student, 403], [cookie.other, 404]] as const) {
      const response = await routes.create.POST(json("/api/assignment-drafts", "POST", who, draftBody()));
      expect(response.status).toBe(status);
    }
    expect(await db().assignment.count()).toBe(0);
  });

  it("creates (201, retry 200), replaces, drops and publishes; after publishing a drop is 409 and settings still change", async () => {
    const id = `route-${Date.now().toString(36)}`;
    const created = await routes.create.POST(json("/api/assignment-drafts", "POST", cookie.teacher, draftBody({ id })));
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ assignmentId: id, duplicate: false, href: `/classes/${classroomId}/assignments/${id}` });
    expect((await routes.create.POST(json("/api/assignment-drafts", "POST", cookie.teacher, draftBody({ id })))).status).toBe(200);
    const stored = await db().assignment.findUniqueOrThrow({ where: { id }, include: { questions: { orderBy: { position: "asc" } } } });
    expect(stored).toMatchObject({ timeZone: "America/New_York", attemptsAllowed: 2, timeLimitMinutes: 30, lateWork: "accept", reveal: "afterDue" });
    expect(stored.dueAt?.toISOString()).toBe("2099-01-09T22:00:00.000Z");
    const [first, second] = stored.questions;

    for (const [who, status] of [[cookie.student, 403], [cookie.other, 404]] as const) {
      expect((await routes.replace.POST(json(`/x`, "POST", who, { questionId: first!.questionId }), params({ assignmentId: id, rowId: first!.id }))).status).toBe(status);
      expect((await routes.question.DELETE(json(`/x`, "DELETE", who), params({ assignmentId: id, rowId: first!.id }))).status).toBe(status);
      expect((await routes.publish.POST(json(`/x`, "POST", who), params({ assignmentId: id }))).status).toBe(status);
      expect((await routes.assignment.PATCH(json(`/x`, "PATCH", who, { settings }), params({ assignmentId: id }))).status).toBe(status);
      expect((await routes.assignment.DELETE(json(`/x`, "DELETE", who), params({ assignmentId: id }))).status).toBe(status);
    }

    const replaced = await routes.replace.POST(json(`/x`, "POST", cookie.teacher, { questionId: first!.questionId }), params({ assignmentId: id, rowId: first!.id }));
    expect(replaced.status).toBe(200);
    const { question } = (await replaced.json()) as { question: { questionId: string; answer: string; explanation: { sources: unknown[] } } };
    expect(question.questionId).not.toBe(first!.questionId);
    expect(question.answer.length).toBeGreaterThan(0);
    expect(question.explanation.sources.length).toBeGreaterThan(0);
    expect((await routes.replace.POST(json(`/x`, "POST", cookie.teacher, { questionId: first!.questionId }), params({ assignmentId: id, rowId: first!.id }))).status).toBe(409);
    expect((await routes.replace.POST(json(`/x`, "POST", cookie.teacher, {}), params({ assignmentId: id, rowId: first!.id }))).status).toBe(400);

    expect((await routes.question.DELETE(json(`/x`, "DELETE", cookie.teacher), params({ assignmentId: id, rowId: second!.id }))).status).toBe(200);
    const published = await routes.publish.POST(json(`/x`, "POST", cookie.teacher), params({ assignmentId: id }));
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ duplicate: false });
    expect((await db().assignment.findUniqueOrThrow({ where: { id } })).status).toBe("published");

    const drop = await routes.question.DELETE(json(`/x`, "DELETE", cookie.teacher), params({ assignmentId: id, rowId: first!.id }));
    expect(drop.status).toBe(409);
    expect(await db().assignmentQuestion.count({ where: { assignmentId: id } })).toBe(4);
    expect((await routes.assignment.DELETE(json(`/x`, "DELETE", cookie.teacher), params({ assignmentId: id }))).status).toBe(409);

    const later = await routes.assignment.PATCH(json(`/x`, "PATCH", cookie.teacher, { settings: { ...settings, dueAt: "2099-01-16T17:00" } }), params({ assignmentId: id }));
    expect(later.status).toBe(200);
    expect((await db().assignment.findUniqueOrThrow({ where: { id } })).dueAt?.toISOString()).toBe("2099-01-16T22:00:00.000Z");
    const wrong = await routes.assignment.PATCH(json(`/x`, "PATCH", cookie.teacher, { settings: { ...settings, attemptsAllowed: 11 } }), params({ assignmentId: id }));
    expect(wrong.status).toBe(400);
  });
});
