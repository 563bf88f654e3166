/**
 * The attempt route handlers as Next.js calls them (Request in, Response out) on a real database:
 * 401 without a session, 404 for an assignment of another class and another student's attempt,
 * 400 for wrong shapes with the field named, 201 then 200 for a start and a second start, an answer
 * and its retry, 409 for a second answer, no verdict in a saved answer, the review after submit,
 * contests and reports.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Question } from "../../lib/questions";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { importContentFromDisk } from "../../lib/server/import/run";
import type { AttemptState } from "../../lib/server/assignments/attempts";
import { freshDatabase, testProvider, type TestDatabase } from "./support/databases";
import { cookieOf, routeEnvironment } from "./support/routes";

const contentDir = path.resolve(import.meta.dirname, "../../content");
const base = "http://localhost:3000";

type Routes = {
  start: typeof import("../../app/api/assignments/[assignmentId]/attempts/route");
  attempt: typeof import("../../app/api/attempts/[attemptId]/route");
  answers: typeof import("../../app/api/attempts/[attemptId]/answers/route");
  submit: typeof import("../../app/api/attempts/[attemptId]/submit/route");
  contest: typeof import("../../app/api/attempts/[attemptId]/answers/[answerId]/contest/route");
  reports: typeof import("../../app/api/attempts/[attemptId]/reports/route");
};

describe(`attempt routes (${testProvider})`, () => {
  let target: TestDatabase;
  let routes: Routes;
  let cookies: string[];
  let assignmentId: string;
  let disconnect: () => Promise<void>;
  let snapshots: Map<string, Question>;

  const request = (url: string, cookie: string | null, body?: unknown) =>
    new Request(`${base}${url}`, { method: body === undefined ? "GET" : "POST", headers: { "content-type": "application/json", ...(cookie && { cookie }) }, ...(body !== undefined && { body: typeof body === "string" ? body : JSON.stringify(body) }) });
  const params = <T>(value: T) => ({ params: Promise.resolve(value) });
  const environment = routeEnvironment();

  beforeAll(async () => {
    target = await freshDatabase("attroutes");
    await migrateDatabase(target.database);
    await importContentFromDisk({ contentDir, database: target.database }, { now: new Date("2026-01-01T00:00:00Z") });
    environment.use(target.database);
    routes = {
      start: await import("../../app/api/assignments/[assignmentId]/attempts/route"),
      attempt: await import("../../app/api/attempts/[attemptId]/route"),
      answers: await import("../../app/api/attempts/[attemptId]/answers/route"),
      submit: await import("../../app/api/attempts/[attemptId]/submit/route"),
      contest: await import("../../app/api/attempts/[attemptId]/answers/[answerId]/contest/route"),
      reports: await import("../../app/api/attempts/[attemptId]/reports/route"),
    };
    const { auth } = await import("../../lib/server/auth/instance");
    const { db } = await import("../../lib/server/db/client");
    const { assemblePractice } = await import("../../lib/server/practice");
    const database = db();
    disconnect = () => database.$disconnect();
    cookies = [];
    const ids: string[] = [];
    for (const name of ["ada", "bea", "cy"]) {
      const { headers, response } = await auth().api.signUpEmail({ body: { name, email: `${name}-${Date.now()}@example.org`, password: "a long enough password" }, returnHeaders: true });
      cookies.push(cookieOf(headers));
      ids.push(response.user.id);
    }
    const teacher = await database.user.create({ data: { id: `teacher-${Date.now()}`, name: "T", email: `t-${Date.now()}@example.org`, role: "teacher" } });
    const classroom = await database.classroom.create({ data: { teacherId: teacher.id, name: "Class", joinCode: `R${Date.now().toString(36).toUpperCase()}` } });
    // ada and bea are in the class; cy is not.
    for (const userId of ids.slice(0, 2)) await database.classMember.create({ data: { classroomId: classroom.id, userId, joinedAt: new Date() } });
    const questions = await assemblePractice({ count: 3, seed: "routes", formats: ["shortAnswer"] }, database);
    const assignment = await database.assignment.create({
      data: {
        classroomId: classroom.id,
        createdById: teacher.id,
        title: "Route quiz",
        blueprint: { eventIds: [], families: [], formats: [], count: 3, seed: "r" },
        mode: "fixed",
        status: "published",
        timeLimitMinutes: 30,
        questions: { create: questions.map((q, position) => ({ position, questionId: q.id, snapshot: q as object, factIds: q.factIds })) },
      },
      select: { id: true, questions: { select: { id: true, snapshot: true } } },
    });
    assignmentId = assignment.id;
    snapshots = new Map(assignment.questions.map((row) => [row.id, row.snapshot as unknown as Question]));
  });
  afterAll(async () => {
    await disconnect?.();
    await target?.drop();
    environment.restore();
  });

  it("answers 401 without a session and 404 outside the student's classes", async () => {
    expect((await routes.start.POST(request(`/api/assignments/${assignmentId}/attempts`, null, {}), params({ assignmentId }))).status).toBe(401);
    const outsider = await routes.start.POST(request(`/api/assignments/${assignmentId}/attempts`, cookies[2]!, {}), params({ assignmentId }));
    expect(outsider.status).toBe(404);
    expect(await outsider.json()).toEqual({ error: "There is no such assignment." });
    expect((await routes.start.GET(request(`/api/assignments/${assignmentId}/attempts`, cookies[2]!), params({ assignmentId }))).status).toBe(404);
  });

  it("starts (201), returns the running attempt (200), saves answers once without verdicts, submits and reveals", async () => {
    const started = await routes.start.POST(request(`/api/assignments/${assignmentId}/attempts`, cookies[0]!, {}), params({ assignmentId }));
    expect(started.status).toBe(201);
    const state = (await started.json()) as AttemptState;
    expect(started.headers.get("content-type")).toContain("application/json");
    const again = await routes.start.POST(request(`/api/assignments/${assignmentId}/attempts`, cookies[0]!, {}), params({ assignmentId }));
    expect(again.status).toBe(200);
    expect(((await again.json()) as AttemptState).attemptId).toBe(state.attemptId);
    const attemptId = state.attemptId;

    const bad = await routes.answers.POST(request(`/api/attempts/${attemptId}/answers`, cookies[0]!, { questionId: state.questions[0]!.id, answer: "x", clientId: "short" }), params({ attemptId }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/clientId/);
    expect((await routes.answers.POST(request(`/api/attempts/${attemptId}/answers`, cookies[0]!, "{not json"), params({ attemptId }))).status).toBe(400);

    const q = state.questions[0]!;
    const key = snapshots.get(q.id)!.answer;
    const body = { questionId: q.id, answer: "Nobody at all", clientId: "route-client-0001", timeTakenMs: 1000 };
    const saved = await routes.answers.POST(request(`/api/attempts/${attemptId}/answers`, cookies[0]!, body), params({ attemptId }));
    expect(saved.status).toBe(201);
    const savedText = await saved.text();
    for (const word of ['"verdict"', '"correct"', '"reason"', '"correctAnswer"']) expect(savedText).not.toContain(word);
    if (key.kind === "text") expect(savedText).not.toContain(key.display);
    expect((await routes.answers.POST(request(`/api/attempts/${attemptId}/answers`, cookies[0]!, body), params({ attemptId }))).status).toBe(200);
    const second = await routes.answers.POST(request(`/api/attempts/${attemptId}/answers`, cookies[0]!, { ...body, clientId: "route-client-0002" }), params({ attemptId }));
    expect(second.status).toBe(409);
    expect(((await second.json()) as { error: string }).error).toMatch(/already answered/);

    // Another student: the attempt does not exist for them.
    expect((await routes.attempt.GET(request(`/api/attempts/${attemptId}`, cookies[1]!), params({ attemptId }))).status).toBe(404);
    expect((await routes.answers.POST(request(`/api/attempts/${attemptId}/answers`, cookies[1]!, { ...body, clientId: "route-client-0003" }), params({ attemptId }))).status).toBe(404);
    expect((await routes.submit.POST(request(`/api/attempts/${attemptId}/submit`, cookies[1]!, {}), params({ attemptId }))).status).toBe(404);

    const resumed = await routes.attempt.GET(request(`/api/attempts/${attemptId}`, cookies[0]!), params({ attemptId }));
    expect(resumed.status).toBe(200);
    const resumedState = (await resumed.json()) as AttemptState;
    expect(resumedState.answers.map((a) => a.clientId)).toEqual(["route-client-0001"]);
    expect(resumedState.result).toBeNull();

    const report = await routes.reports.POST(request(`/api/attempts/${attemptId}/reports`, cookies[0]!, { questionId: q.id, note: "unclear" }), params({ attemptId }));
    expect(report.status).toBe(201);
    expect((await routes.reports.POST(request(`/api/attempts/${attemptId}/reports`, cookies[0]!, { questionId: q.id }), params({ attemptId }))).status).toBe(200);

    const answerId = resumedState.answers[0]!.answerId;
    const early = await routes.contest.POST(request(`/api/attempts/${attemptId}/answers/${answerId}/contest`, cookies[0]!, { note: "" }), params({ attemptId, answerId }));
    expect(early.status).toBe(409);

    const submitted = await routes.submit.POST(request(`/api/attempts/${attemptId}/submit`, cookies[0]!, {}), params({ attemptId }));
    expect(submitted.status).toBe(200);
    const done = (await submitted.json()) as AttemptState;
    expect(done.result).toMatchObject({ score: 0, maxScore: 3 });
    expect(done.result!.review![0]).toMatchObject({ questionId: done.questions[0]!.id });
    const contest = await routes.contest.POST(request(`/api/attempts/${attemptId}/answers/${answerId}/contest`, cookies[0]!, { note: "I meant him" }), params({ attemptId, answerId }));
    expect(contest.status).toBe(201);
    expect((await routes.contest.POST(request(`/api/attempts/${attemptId}/answers/${answerId}/contest`, cookies[0]!, {}), params({ attemptId, answerId }))).status).toBe(200);
    const late = await routes.answers.POST(request(`/api/attempts/${attemptId}/answers`, cookies[0]!, { questionId: done.questions[1]!.id, answer: "x", clientId: "route-client-0009" }), params({ attemptId }));
    expect(late.status).toBe(409);
    expect(((await late.json()) as { error: string }).error).toMatch(/submitted/);
    const refused = await routes.start.POST(request(`/api/assignments/${assignmentId}/attempts`, cookies[0]!, {}), params({ assignmentId }));
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: string }).error).toMatch(/already used your attempt/);
  });
});
