/**
 * Issue 10's authorization matrix, on a real database of the project's provider: every actor
 * (anonymous, the class's teacher A, another teacher B, student S1 who owns the attempt, student S2
 * in the same class with an attempt of their own, student N outside the class, a removed member)
 * against every class, authoring, taking, results and library route handler, called as Next.js
 * calls them (Request in, Response out, the session in the cookie). Each row names the status it
 * must get: 200/201/204 allowed, 401 signed out, 403 wrong role, 404 for what is not yours (no
 * existence leak). Then the clock: before the opening time, after the due time with late work
 * refused, and the reveal rules (afterSubmit, afterDue, never), with every student-facing body
 * searched for the answer keys. Last, the server actions: run for real with the request's cookie
 * supplied through next/headers (the only part of Next that a server action needs from outside).
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { toPublicQuestion, type Question } from "../../lib/questions";
import type { AttemptState } from "../../lib/server/assignments/attempts";
import type { Db } from "../../lib/server/db/client";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { importContentFromDisk } from "../../lib/server/import/run";
import { freshDatabase, testProvider, type TestDatabase } from "./support/databases";
import { cookieOf, routeEnvironment } from "./support/routes";

/**
 * Server actions read the session through next/headers and refresh pages through next/cache;
 * outside a Next request those have no store. Here headers() answers the cookie of the actor the
 * row runs as (the real better-auth session is still looked up in the database), and
 * revalidatePath only records its path. Everything else in the actions runs unchanged.
 */
const next = vi.hoisted(() => ({ cookie: null as string | null, revalidated: [] as string[] }));
vi.mock("next/headers", async (original) => ({ ...(await original<typeof import("next/headers")>()), headers: async () => new Headers(next.cookie ? { cookie: next.cookie } : {}) }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: (p: string) => void next.revalidated.push(p) }));

const contentDir = path.resolve(import.meta.dirname, "../../content");
const kestrel = fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures/uploads/battle-of-kestrel-ford.txt"), "utf8");
const base = "http://localhost:3000";
const password = "a long enough password";

const actors = ["anonymous", "teacherB", "S2", "N", "removed", "S1", "teacherA"] as const;
type Actor = (typeof actors)[number];
/** Expected status per actor (the mutating allowed actor runs last, after every refusal). */
type Expect = Partial<Record<Actor, number>>;

const teacherOnly = (owner: number, other = 404): Expect => ({ anonymous: 401, teacherB: other, S2: 403, N: 403, removed: 403, S1: 403, teacherA: owner });
const attemptOwner = (owner: number): Expect => ({ anonymous: 401, teacherB: 404, S2: 404, N: 404, removed: 404, S1: owner, teacherA: 404 });
const assignmentMember = (member: number): Expect => ({ anonymous: 401, teacherB: 404, S2: member, N: 404, removed: 404, S1: member, teacherA: 404 });

type Routes = {
  classes: typeof import("../../app/api/classes/[classId]/route");
  member: typeof import("../../app/api/classes/[classId]/members/[userId]/route");
  password: typeof import("../../app/api/classes/[classId]/members/[userId]/password/route");
  drafts: typeof import("../../app/api/assignment-drafts/route");
  draft: typeof import("../../app/api/assignment-drafts/[assignmentId]/route");
  question: typeof import("../../app/api/assignment-drafts/[assignmentId]/questions/[rowId]/route");
  replace: typeof import("../../app/api/assignment-drafts/[assignmentId]/questions/[rowId]/replace/route");
  publish: typeof import("../../app/api/assignment-drafts/[assignmentId]/publish/route");
  start: typeof import("../../app/api/assignments/[assignmentId]/attempts/route");
  attempt: typeof import("../../app/api/attempts/[attemptId]/route");
  answers: typeof import("../../app/api/attempts/[attemptId]/answers/route");
  submit: typeof import("../../app/api/attempts/[attemptId]/submit/route");
  contest: typeof import("../../app/api/attempts/[attemptId]/answers/[answerId]/contest/route");
  reports: typeof import("../../app/api/attempts/[attemptId]/reports/route");
  gradebook: typeof import("../../app/classes/[classId]/gradebook/csv/route");
  items: typeof import("../../app/classes/[classId]/assignments/[assignmentId]/results/csv/route");
  preview: typeof import("../../app/api/library/preview/route");
  articles: typeof import("../../app/api/library/articles/route");
  withdraw: typeof import("../../app/api/library/articles/[articleId]/withdraw/route");
  classActions: typeof import("../../app/classes/actions");
  resultsActions: typeof import("../../app/classes/[classId]/assignments/[assignmentId]/results/actions");
};

const settings = { title: "Matrix draft", instructions: "", timeZone: "Europe/London", opensAt: "", dueAt: "2099-01-09T17:00", attemptsAllowed: 2, timeLimitMinutes: null, lateWork: "refuse", reveal: "afterSubmit" };

/**
 * What of an answer key a body shows: the review's fields, a stored key, a typed answer's canonical
 * text (unless that text is shown anyway, e.g. as an option of another question).
 */
function leaks(body: string, questions: Question[]): string[] {
  const found = ['"correctAnswer"', '"verdict"', '"explanation"', '"reason"', '"optionId"', '"correct":', '"distractors"'].filter((marker) => body.includes(marker));
  for (const key of searchableKeys(questions)) if (body.includes(key)) found.push(key);
  return found;
}

/** The typed answers' canonical texts that no public question shows. */
function searchableKeys(questions: Question[]): string[] {
  const shown = JSON.stringify(questions.map(toPublicQuestion));
  return questions.flatMap((question) => (question.answer.kind === "text" && question.answer.display.length >= 4 && !shown.includes(question.answer.display) ? [question.answer.display] : []));
}

describe(`authorization matrix (${testProvider})`, () => {
  let target: TestDatabase;
  let routes: Routes;
  let database: Db;
  const cookie = {} as Record<Actor, string | null>;
  const id = {} as Record<string, string>;
  const snapshots = new Map<string, Question[]>();
  const environment = routeEnvironment();
  /** S1's attempt as they last saw it (question ids, answer ids). */
  let s1: AttemptState;

  const request = (method: string, who: Actor, body?: unknown) =>
    new Request(`${base}/matrix`, { method, headers: { "content-type": "application/json", ...(cookie[who] && { cookie: cookie[who]! }) }, ...(body !== undefined && { body: JSON.stringify(body) }) });
  const form = (who: Actor, fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    return new Request(`${base}/api/library`, { method: "POST", headers: { ...(cookie[who] && { cookie: cookie[who]! }) }, body: data });
  };
  const params = <T>(value: T) => ({ params: Promise.resolve(value) });
  const start = (who: Actor, assignmentId: string) => routes.start.POST(request("POST", who, {}), params({ assignmentId }));
  const listOne = (who: Actor, assignmentId: string) => routes.start.GET(request("GET", who), params({ assignmentId }));
  const readAttempt = (who: Actor, attemptId: string) => routes.attempt.GET(request("GET", who), params({ attemptId }));
  const answer = (who: Actor, attemptId: string, questionId: string, value: unknown, clientId: string) => routes.answers.POST(request("POST", who, { questionId, answer: value, clientId }), params({ attemptId }));
  const submit = (who: Actor, attemptId: string) => routes.submit.POST(request("POST", who, {}), params({ attemptId }));

  async function user(key: string, role: "teacher" | "student", username?: string): Promise<{ cookie: string; id: string }> {
    const { auth } = await import("../../lib/server/auth/instance");
    const { withSignUpIntent } = await import("../../lib/server/auth/sign-up-intent");
    const stamp = Date.now().toString(36);
    const email = username ? `${stamp}${key.toLowerCase()}0000000000@students.invalid` : `${key.toLowerCase()}-${stamp}@school.example`;
    const body = { name: key, email, password, ...(username && { username }) };
    const { headers, response } = await withSignUpIntent({ role, syntheticEmail: username !== undefined }, () => auth().api.signUpEmail({ body, returnHeaders: true }));
    return { cookie: cookieOf(headers), id: response.user.id };
  }

  /** A published assignment of class A made as the authoring flow leaves it (frozen snapshots). */
  /** Two typed questions (their keys are texts to search for) and a choice question (its key an option id). */
  async function assignment(key: string, over: Record<string, unknown>) {
    const { assemblePractice } = await import("../../lib/server/practice");
    const formats: Question["format"][] = ["shortAnswer", "choice"];
    const questions = [
      ...(await assemblePractice({ count: 2, seed: `matrix-${key}`, formats: ["shortAnswer"] }, database)),
      ...(await assemblePractice({ count: 1, seed: `matrix-${key}`, formats: ["choice"] }, database)),
    ];
    expect(questions.map((q) => q.format)).toEqual(["shortAnswer", "shortAnswer", "choice"]);
    const row = await database.assignment.create({
      data: {
        classroomId: id.classA!,
        createdById: id.teacherA!,
        title: `Matrix ${key}`,
        blueprint: { eventIds: [], families: [], formats, count: 3, seed: key },
        mode: "fixed",
        status: "published",
        publishedAt: new Date(),
        reveal: "afterSubmit",
        lateWork: "refuse",
        ...over,
        questions: { create: questions.map((q, position) => ({ position, questionId: q.id, snapshot: q as object, factIds: q.factIds })) },
      },
      select: { id: true },
    });
    id[key] = row.id;
    snapshots.set(row.id, questions);
    return row.id;
  }

  beforeAll(async () => {
    target = await freshDatabase("authzmatrix");
    await migrateDatabase(target.database);
    await importContentFromDisk({ contentDir, database: target.database }, { now: new Date("2026-01-01T00:00:00Z") });
    // next.config.js sets experimental.authInterrupts; `next build` passes it to forbidden() this way.
    environment.use(target.database, { CONTENT_DIR: contentDir, __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true" });
    routes = {
      classes: await import("../../app/api/classes/[classId]/route"),
      member: await import("../../app/api/classes/[classId]/members/[userId]/route"),
      password: await import("../../app/api/classes/[classId]/members/[userId]/password/route"),
      drafts: await import("../../app/api/assignment-drafts/route"),
      draft: await import("../../app/api/assignment-drafts/[assignmentId]/route"),
      question: await import("../../app/api/assignment-drafts/[assignmentId]/questions/[rowId]/route"),
      replace: await import("../../app/api/assignment-drafts/[assignmentId]/questions/[rowId]/replace/route"),
      publish: await import("../../app/api/assignment-drafts/[assignmentId]/publish/route"),
      start: await import("../../app/api/assignments/[assignmentId]/attempts/route"),
      attempt: await import("../../app/api/attempts/[attemptId]/route"),
      answers: await import("../../app/api/attempts/[attemptId]/answers/route"),
      submit: await import("../../app/api/attempts/[attemptId]/submit/route"),
      contest: await import("../../app/api/attempts/[attemptId]/answers/[answerId]/contest/route"),
      reports: await import("../../app/api/attempts/[attemptId]/reports/route"),
      gradebook: await import("../../app/classes/[classId]/gradebook/csv/route"),
      items: await import("../../app/classes/[classId]/assignments/[assignmentId]/results/csv/route"),
      preview: await import("../../app/api/library/preview/route"),
      articles: await import("../../app/api/library/articles/route"),
      withdraw: await import("../../app/api/library/articles/[articleId]/withdraw/route"),
      classActions: await import("../../app/classes/actions"),
      resultsActions: await import("../../app/classes/[classId]/assignments/[assignmentId]/results/actions"),
    };
    database = (await import("../../lib/server/db/client")).db();

    const stamp = Date.now().toString(36);
    cookie.anonymous = null;
    for (const [key, role] of [["teacherA", "teacher"], ["teacherB", "teacher"], ["S1", "student"], ["S2", "student"], ["N", "student"], ["removed", "student"]] as const) {
      const made = await user(key, role);
      cookie[key] = made.cookie;
      id[key] = made.id;
    }
    // Targets of the roster rows: X is removed by the route, Y by the action; P and Q (no email) get new passwords.
    for (const key of ["X", "Y", "P", "Q"]) id[key] = (await user(key, "student", `matrix-${key.toLowerCase()}-${stamp}`)).id;
    id.classA = (await database.classroom.create({ data: { teacherId: id.teacherA!, name: "Class A", joinCode: `A${stamp.toUpperCase()}` } })).id;
    id.spareA = (await database.classroom.create({ data: { teacherId: id.teacherA!, name: "Spare A", joinCode: `S${stamp.toUpperCase()}` } })).id;
    id.classB = (await database.classroom.create({ data: { teacherId: id.teacherB!, name: "Class B", joinCode: `B${stamp.toUpperCase()}` } })).id;
    for (const key of ["S1", "S2", "removed", "X", "Y", "P", "Q"]) await database.classMember.create({ data: { classroomId: id.classA!, userId: id[key]!, joinedAt: new Date() } });
    // N is in teacher B's class, not in A's.
    await database.classMember.create({ data: { classroomId: id.classB!, userId: id.N!, joinedAt: new Date() } });

    // The main assignment: open, no due time, answers shown after submitting. S1, S2 and the
    // soon-removed student each start an attempt through the route.
    await assignment("main", { attemptsAllowed: 1 });
    for (const who of ["S1", "S2", "removed"] as const) {
      const started = await start(who, id.main!);
      expect(started.status, who).toBe(201);
      const state = (await started.json()) as AttemptState;
      id[`attempt${who}`] = state.attemptId;
      if (who === "S1") s1 = state;
    }
    await database.classMember.updateMany({ where: { classroomId: id.classA!, userId: id.removed! }, data: { removedAt: new Date() } });
    // Assignments of class A that its students must not see: an unpublished draft and an archived one.
    await assignment("hiddenDraft", { status: "draft", publishedAt: null });
    await assignment("archived", { archivedAt: new Date() });

    // Teacher A's draft (through the route) for the authoring rows.
    const created = await routes.drafts.POST(request("POST", "teacherA", { id: `matrix-draft-${stamp}`, classroomId: id.classA, mode: "fixed", blueprint: { eventIds: [], families: [], formats: [], count: 5 }, settings }));
    expect(created.status).toBe(201);
    id.draft = ((await created.json()) as { assignmentId: string }).assignmentId;
    const rows = await database.assignmentQuestion.findMany({ where: { assignmentId: id.draft }, orderBy: { position: "asc" }, select: { id: true, questionId: true } });
    id.dropRow = rows[0]!.id;
    id.replaceRow = rows[1]!.id;
    id.replaceQuestion = rows[1]!.questionId;
  });

  afterAll(async () => {
    await database?.$disconnect();
    await target?.drop();
    environment.restore();
  });

  const s1Question = (index: number) => s1.questions[index]!.id;
  const wrongTyped = () => s1.questions.find((q) => q.format === "shortAnswer")!;

  /** The route matrix: one endpoint per entry, in the order the rows run. */
  const endpoints: { endpoint: string; expect: Expect; call: (who: Actor) => Promise<Response>; /** S1 may see keys in this answer (afterSubmit, submitted). */ reveals?: boolean }[] = [
    { endpoint: "GET class", expect: { anonymous: 401, teacherB: 404, S2: 200, N: 404, removed: 404, S1: 200, teacherA: 200 }, call: (who) => routes.classes.GET(request("GET", who), params({ classId: id.classA! })) },
    { endpoint: "PATCH class rename", expect: teacherOnly(200), call: (who) => routes.classes.PATCH(request("PATCH", who, { name: `Renamed by ${who}` }), params({ classId: id.classA! })) },
    { endpoint: "PATCH class archive", expect: teacherOnly(200), call: (who) => routes.classes.PATCH(request("PATCH", who, { archived: true }), params({ classId: id.spareA! })) },
    { endpoint: "DELETE class member", expect: teacherOnly(204), call: (who) => routes.member.DELETE(request("DELETE", who), params({ classId: id.classA!, userId: id.X! })) },
    { endpoint: "POST member password", expect: teacherOnly(200), call: (who) => routes.password.POST(request("POST", who, {}), params({ classId: id.classA!, userId: id.P! })) },
    {
      endpoint: "POST draft (class A)",
      expect: teacherOnly(201),
      call: (who) => routes.drafts.POST(request("POST", who, { id: `matrix-${who}-${Date.now().toString(36)}`, classroomId: id.classA, mode: "fixed", blueprint: { eventIds: [], families: [], formats: [], count: 3 }, settings })),
    },
    { endpoint: "PATCH draft settings", expect: teacherOnly(200), call: (who) => routes.draft.PATCH(request("PATCH", who, { settings: { ...settings, title: `Set by ${who}` } }), params({ assignmentId: id.draft! })) },
    { endpoint: "DELETE draft question", expect: teacherOnly(200), call: (who) => routes.question.DELETE(request("DELETE", who), params({ assignmentId: id.draft!, rowId: id.dropRow! })) },
    { endpoint: "POST draft replace", expect: teacherOnly(200), call: (who) => routes.replace.POST(request("POST", who, { questionId: id.replaceQuestion }), params({ assignmentId: id.draft!, rowId: id.replaceRow! })) },
    { endpoint: "POST draft publish", expect: teacherOnly(200), call: (who) => routes.publish.POST(request("POST", who), params({ assignmentId: id.draft! })) },
    { endpoint: "DELETE draft (published now)", expect: teacherOnly(409), call: (who) => routes.draft.DELETE(request("DELETE", who), params({ assignmentId: id.draft! })) },
    { endpoint: "POST assignment start", expect: assignmentMember(200), call: (who) => start(who, id.main!) },
    { endpoint: "GET assignment (list)", expect: assignmentMember(200), call: (who) => listOne(who, id.main!) },
    { endpoint: "POST start (A's unpublished draft)", expect: { S1: 404, teacherA: 404 }, call: (who) => start(who, id.hiddenDraft!) },
    { endpoint: "GET assignment (A's unpublished draft)", expect: { S1: 404 }, call: (who) => listOne(who, id.hiddenDraft!) },
    { endpoint: "POST start (archived assignment)", expect: { S1: 404 }, call: (who) => start(who, id.archived!) },
    { endpoint: "GET S1's attempt", expect: attemptOwner(200), call: (who) => readAttempt(who, id.attemptS1!) },
    { endpoint: "POST S1's answer", expect: attemptOwner(201), call: (who) => answer(who, id.attemptS1!, wrongTyped().id, "Nobody at all", `matrix-answer-${who}`) },
    { endpoint: "POST S1's report", expect: attemptOwner(201), call: (who) => routes.reports.POST(request("POST", who, { questionId: s1Question(0), note: `from ${who}` }), params({ attemptId: id.attemptS1! })) },
    { endpoint: "POST S1's submit", expect: attemptOwner(200), call: (who) => submit(who, id.attemptS1!), reveals: true },
    {
      endpoint: "POST S1's contest",
      expect: attemptOwner(201),
      call: async (who) => {
        const answerId = (await database.attemptAnswer.findFirstOrThrow({ where: { attemptId: id.attemptS1! }, select: { id: true } })).id;
        return routes.contest.POST(request("POST", who, { note: `from ${who}` }), params({ attemptId: id.attemptS1!, answerId }));
      },
    },
    { endpoint: "GET S1's attempt (after)", expect: attemptOwner(200), call: (who) => readAttempt(who, id.attemptS1!), reveals: true },
    { endpoint: "GET removed's own attempt", expect: { anonymous: 401, teacherA: 404, S1: 404, removed: 404 }, call: (who) => readAttempt(who, id.attemptremoved!) },
    { endpoint: "GET gradebook CSV", expect: teacherOnly(200), call: (who) => routes.gradebook.GET(request("GET", who), params({ classId: id.classA! })) },
    { endpoint: "GET item-analysis CSV", expect: teacherOnly(200), call: (who) => routes.items.GET(request("GET", who), params({ classId: id.classA!, assignmentId: id.main! })) },
    { endpoint: "GET item CSV (B's class, A's id)", expect: { teacherB: 404 }, call: (who) => routes.items.GET(request("GET", who), params({ classId: id.classB!, assignmentId: id.main! })) },
    { endpoint: "POST library preview", expect: teacherOnly(200, 200), call: (who) => routes.preview.POST(form(who, { text: kestrel })) },
    {
      endpoint: "POST library publish",
      expect: { anonymous: 401, S2: 403, N: 403, removed: 403, S1: 403, teacherA: 201 },
      call: async (who) => {
        const response = await routes.articles.POST(form(who, { text: kestrel }));
        if (response.status === 201) id.article = ((await response.clone().json()) as { articleId: string }).articleId;
        return response;
      },
    },
    { endpoint: "POST library withdraw", expect: teacherOnly(200), call: (who) => routes.withdraw.POST(request("POST", who), params({ articleId: id.article ?? "none" })) },
  ];
  const rows = endpoints.flatMap((entry) => actors.filter((actor) => entry.expect[actor] !== undefined).map((actor) => ({ ...entry, actor, status: entry.expect[actor]! })));

  it("covers every actor on every main endpoint", () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    // The key search has something to find in the main assignment.
    expect(searchableKeys(snapshots.get(id.main!)!).length).toBeGreaterThan(0);
  });

  const width = Math.max(...endpoints.map((entry) => entry.endpoint.length));
  const label = (what: string, actor: Actor, status: number, pad = width) => `${what.padEnd(pad)} | ${actor.padEnd(9)} | ${status}`;

  it.each(rows.map((row) => [label(row.endpoint, row.actor, row.status), row] as const))("%s", async (_name, { call, actor, status, reveals }) => {
    const response = await call(actor);
    const body = await response.text();
    expect(response.status, body).toBe(status);
    // Refusals say why and nothing more; answers to students never carry a key unless the rule shows it.
    if (status >= 400) expect(Object.keys(JSON.parse(body) as object)).toEqual(["error"]);
    if (!actor.startsWith("teacher") && !(reveals && actor === "S1")) expect(leaks(body, snapshots.get(id.main!)!)).toEqual([]);
    if (reveals && actor === "S1") expect(body).toContain('"correctAnswer"');
    if (actor === "S1" && status === 200 && body.includes('"class"')) expect(body).not.toContain("joinCode");
  });

  it("the allowed rows changed what they should, and the refused ones nothing", async () => {
    expect((await database.classroom.findUniqueOrThrow({ where: { id: id.classA! } })).name).toBe("Renamed by teacherA");
    expect((await database.classroom.findUniqueOrThrow({ where: { id: id.spareA! } })).archivedAt).not.toBeNull();
    expect((await database.classMember.findFirstOrThrow({ where: { classroomId: id.classA!, userId: id.X! } })).removedAt).not.toBeNull();
    expect(await database.assignment.count({ where: { classroomId: id.classA!, status: "draft", id: { not: id.hiddenDraft! } } })).toBe(1);
    expect((await database.assignment.findUniqueOrThrow({ where: { id: id.draft! } })).title).toBe("Set by teacherA");
    expect(await database.attemptAnswer.count({ where: { attemptId: id.attemptS1! } })).toBe(1);
    expect(await database.questionReport.count()).toBe(1);
    expect(await database.attemptContest.count()).toBe(1);
    expect(await database.attempt.count({ where: { userId: { in: [id.teacherA!, id.teacherB!, id.N!] } } })).toBe(0);
    expect((await database.uploadedArticle.findFirstOrThrow({ where: { authorId: id.teacherA! } })).withdrawnAt).not.toBeNull();
  });

  // The teacher's attempt page (/classes/[classId]/attempts/[attemptId]) has no route handler: its
  // data function, with the identity the page passes, is what decides.
  it.each(
    (
      [
        { who: "teacherA", classKey: "classA", status: 200 },
        { who: "teacherB", classKey: "classA", status: 404 },
        { who: "teacherB", classKey: "classB", status: 404 },
        { who: "S1", classKey: "classA", status: 404 },
      ] as const
    ).map((row) => [`loadAttemptDetail(S1's attempt, ${row.classKey}) | ${row.who.padEnd(9)} | ${row.status}`, row] as const),
  )("%s", async (_name, { who, classKey, status }) => {
    const { loadAttemptDetail, ResultsError } = await import("../../lib/server/assignments/results");
    const outcome = await loadAttemptDetail(database, id[who]!, id[classKey]!, id.attemptS1!).then(
      () => 200,
      (error: unknown) => (error instanceof ResultsError ? error.status : Promise.reject(error)),
    );
    expect(outcome).toBe(status);
  });

  describe("time: opening, due, late work", () => {
    it("before opensAt | S1 | start 409, N 404, list shows notOpen", async () => {
      const assignmentId = await assignment("notOpen", { opensAt: new Date(Date.now() + 86_400_000), dueAt: new Date(Date.now() + 2 * 86_400_000) });
      const refused = await start("S1", assignmentId);
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as { error: string }).error).toMatch(/opens on/);
      expect((await start("N", assignmentId)).status).toBe(404);
      expect((await start("removed", assignmentId)).status).toBe(404);
      const card = await listOne("S1", assignmentId);
      expect(card.status).toBe(200);
      expect(await card.json()).toMatchObject({ status: "notOpen", canStart: false });
      expect(await database.attempt.count({ where: { assignmentId } })).toBe(0);
    });

    it("after due, late work refused | S1 | start 409; late work accepted | S1 | start 201, answer 201 late", async () => {
      const closed = await assignment("closed", { dueAt: new Date(Date.now() - 3_600_000), lateWork: "refuse" });
      const refused = await start("S1", closed);
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as { error: string }).error).toMatch(/late work is not accepted/);
      expect((await start("N", closed)).status).toBe(404);

      const late = await assignment("late", { dueAt: new Date(Date.now() - 3_600_000), lateWork: "accept" });
      const started = await start("S1", late);
      expect(started.status).toBe(201);
      const state = (await started.json()) as AttemptState;
      const saved = await answer("S1", state.attemptId, state.questions.find((q) => q.format === "shortAnswer")!.id, "anything", "matrix-late-0001");
      expect(saved.status).toBe(201);
      expect(await saved.json()).toMatchObject({ late: true });
    });

    it("due time passes mid-attempt, late work refused | S1 | answer 409, nothing saved, submitted by the server", async () => {
      const dueAt = new Date(Date.now() + 2_500);
      const assignmentId = await assignment("expiring", { dueAt, lateWork: "refuse" });
      const started = await start("S1", assignmentId);
      expect(started.status).toBe(201);
      const state = (await started.json()) as AttemptState;
      expect(state.deadline).toBe(dueAt.toISOString());
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt.getTime() - Date.now()) + 200));
      const refused = await answer("S1", state.attemptId, state.questions[0]!.id, "too late", "matrix-expired-0001");
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as { error: string }).error).toMatch(/Time is up/);
      expect(await database.attemptAnswer.count({ where: { attemptId: state.attemptId } })).toBe(0);
      expect(await database.attempt.findUniqueOrThrow({ where: { id: state.attemptId } })).toMatchObject({ submittedBy: "expired" });
      expect((await start("S1", assignmentId)).status).toBe(409);
    });
  });

  describe("reveal: keys and verdicts only when the rule allows", () => {
    /** Starts, answers every question wrongly where it can, and returns S1's attempt id. */
    async function takeAndSubmit(assignmentId: string): Promise<{ attemptId: string; submitted: string }> {
      const started = await start("S1", assignmentId);
      expect(started.status).toBe(201);
      const state = (await started.json()) as AttemptState;
      const questions = snapshots.get(assignmentId)!;
      const typed = state.questions.find((q) => q.format === "shortAnswer")!;
      const saved = await answer("S1", state.attemptId, typed.id, "Nobody at all", `matrix-reveal-${assignmentId.slice(-8)}`);
      expect(saved.status).toBe(201);
      for (const text of [JSON.stringify(state), await saved.text(), await (await readAttempt("S1", state.attemptId)).text()]) expect(leaks(text, questions)).toEqual([]);
      // Another student of the class cannot read it, before or after.
      expect((await readAttempt("S2", state.attemptId)).status).toBe(404);
      const submitted = await submit("S1", state.attemptId);
      expect(submitted.status).toBe(200);
      return { attemptId: state.attemptId, submitted: await submitted.text() };
    }

    it("afterSubmit | S1 | no key before submit; review with keys in the submit answer and after", async () => {
      const assignmentId = await assignment("revealSubmit", { reveal: "afterSubmit" });
      const { attemptId, submitted } = await takeAndSubmit(assignmentId);
      const keys = snapshots.get(assignmentId)!.filter((q) => q.answer.kind === "text").map((q) => (q.answer as { display: string }).display);
      for (const text of [submitted, await (await readAttempt("S1", attemptId)).text()]) {
        expect(text).toContain('"correctAnswer"');
        for (const key of keys) expect(text).toContain(key);
        expect((JSON.parse(text) as AttemptState).result).toMatchObject({ score: 0, maxScore: 3 });
      }
      expect(leaks(await (await readAttempt("S2", attemptId)).text(), snapshots.get(assignmentId)!)).toEqual([]);
    });

    it("afterDue | S1 | score but no key after submit, before due; keys once the due time has passed", async () => {
      const assignmentId = await assignment("revealDue", { reveal: "afterDue", dueAt: new Date(Date.now() + 86_400_000), lateWork: "accept" });
      const { attemptId, submitted } = await takeAndSubmit(assignmentId);
      const questions = snapshots.get(assignmentId)!;
      for (const text of [submitted, await (await readAttempt("S1", attemptId)).text(), await (await listOne("S1", assignmentId)).text()]) expect(leaks(text, questions)).toEqual([]);
      expect((JSON.parse(submitted) as AttemptState).result).toMatchObject({ score: 0, maxScore: 3, review: null });
      const contest = await routes.contest.POST(
        request("POST", "S1", { note: "early" }),
        params({ attemptId, answerId: (await database.attemptAnswer.findFirstOrThrow({ where: { attemptId }, select: { id: true } })).id }),
      );
      expect(contest.status).toBe(409);
      // The clock passes the due time: the assignment's due time is moved into the past.
      await database.assignment.update({ where: { id: assignmentId }, data: { dueAt: new Date(Date.now() - 1_000) } });
      const after = await (await readAttempt("S1", attemptId)).text();
      expect(after).toContain('"correctAnswer"');
      expect((JSON.parse(after) as AttemptState).result?.review?.length).toBe(3);
      expect(leaks(await (await readAttempt("S2", attemptId)).text(), questions)).toEqual([]);
    });

    it("never | S1 | no score and no key after submit, nor after the due time", async () => {
      const assignmentId = await assignment("revealNever", { reveal: "never", dueAt: new Date(Date.now() + 86_400_000) });
      const { attemptId, submitted } = await takeAndSubmit(assignmentId);
      const questions = snapshots.get(assignmentId)!;
      expect((JSON.parse(submitted) as AttemptState).result).toMatchObject({ score: null, maxScore: null, review: null });
      await database.assignment.update({ where: { id: assignmentId }, data: { dueAt: new Date(Date.now() - 1_000) } });
      for (const text of [submitted, await (await readAttempt("S1", attemptId)).text(), await (await listOne("S1", assignmentId)).text()]) expect(leaks(text, questions)).toEqual([]);
      expect((JSON.parse(await (await listOne("S1", assignmentId)).text()) as { attempts: { score: number | null }[] }).attempts[0]!.score).toBeNull();
    });
  });

  describe("server actions (run with the actor's cookie)", () => {
    type State = { ok?: boolean; message?: string };
    /** 401: sent to sign-in; 403: forbidden(); 404: "not yours" message; 200: done. */
    async function outcome(who: Actor, run: () => Promise<State>): Promise<number> {
      next.cookie = cookie[who];
      try {
        const state = await run();
        if (state.ok) return 200;
        if (/no such|not yours|not in this class/i.test(state.message ?? "")) return 404;
        return 400;
      } catch (error) {
        const digest = String((error as { digest?: unknown }).digest ?? "");
        if (digest.startsWith("NEXT_REDIRECT") && digest.includes("/sign-in")) return 401;
        if (digest.endsWith(";403")) return 403;
        throw error;
      } finally {
        next.cookie = null;
      }
    }
    const fields = (entries: Record<string, string>) => {
      const data = new FormData();
      for (const [key, value] of Object.entries(entries)) data.set(key, value);
      return data;
    };
    const contestId = async () => (await database.attemptContest.findFirstOrThrow({ select: { id: true } })).id;
    const reportId = async () => (await database.questionReport.findFirstOrThrow({ select: { id: true } })).id;

    const actions: { action: string; expect: Expect; run: () => Promise<State> }[] = [
      { action: "renameClassAction", expect: teacherOnly(200), run: () => routes.classActions.renameClassAction({}, fields({ classId: id.classA!, name: "Renamed by action" })) },
      { action: "setArchivedAction", expect: teacherOnly(200), run: () => routes.classActions.setArchivedAction({}, fields({ classId: id.spareA!, archived: "false" })) },
      { action: "removeStudentAction", expect: teacherOnly(200), run: () => routes.classActions.removeStudentAction({}, fields({ classId: id.classA!, studentId: id.Y! })) },
      { action: "resetPasswordAction", expect: teacherOnly(200), run: () => routes.classActions.resetPasswordAction({}, fields({ classId: id.classA!, studentId: id.Q!, password: "" })) },
      { action: "contestAction reject", expect: teacherOnly(200), run: async () => routes.resultsActions.contestAction({}, fields({ classId: id.classA!, assignmentId: id.main!, contestId: await contestId(), intent: "reject" })) },
      { action: "reportAction dismiss", expect: teacherOnly(200), run: async () => routes.resultsActions.reportAction({}, fields({ classId: id.classA!, assignmentId: id.main!, reportId: await reportId(), intent: "dismiss" })) },
    ];
    const actionRows = actions.flatMap((entry) => actors.filter((actor) => entry.expect[actor] !== undefined).map((actor) => ({ ...entry, actor, status: entry.expect[actor]! })));

    it.each(actionRows.map((row) => [label(row.action, row.actor, row.status, 22), row] as const))("%s", async (_name, { actor, status, run }) => {
      expect(await outcome(actor, run)).toBe(status);
    });

    it("the actions changed only what teacher A asked for", async () => {
      expect((await database.classroom.findUniqueOrThrow({ where: { id: id.classA! } })).name).toBe("Renamed by action");
      expect((await database.classroom.findUniqueOrThrow({ where: { id: id.spareA! } })).archivedAt).toBeNull();
      expect((await database.classMember.findFirstOrThrow({ where: { classroomId: id.classA!, userId: id.Y! } })).removedAt).not.toBeNull();
      expect(await database.session.count({ where: { userId: id.Q! } })).toBe(0);
      expect((await database.attemptContest.findFirstOrThrow()).status).toBe("rejected");
      expect((await database.questionReport.findFirstOrThrow()).status).toBe("dismissed");
      expect(await database.session.count({ where: { userId: id.S1! } })).toBeGreaterThan(0);
    });
  });
});
