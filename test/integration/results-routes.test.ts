/**
 * The results' CSV route handlers as Next.js calls them (Request in, Response out) on a real
 * database: a teacher downloads their gradebook and item analysis (attachment, formulas escaped);
 * another teacher gets 404, a student 403, a visitor 401.
 */
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/server/db/client";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { importContentFromDisk } from "../../lib/server/import/run";
import { questionPool } from "../../lib/server/practice";
import { pickQuestions, rightAnswer, seedAssignment, seedAttempt, wrongAnswer } from "./results-seed";
import { freshDatabase, testProvider, type TestDatabase } from "./support/databases";
import { cookieOf, routeEnvironment } from "./support/routes";

const contentDir = path.resolve(import.meta.dirname, "../../content");
const base = "http://localhost:3000";

type Routes = {
  gradebook: typeof import("../../app/classes/[classId]/gradebook/csv/route");
  items: typeof import("../../app/classes/[classId]/assignments/[assignmentId]/results/csv/route");
};

describe(`results CSV routes (${testProvider})`, () => {
  let target: TestDatabase;
  let client: Db;
  let routes: Routes;
  const cookies: Record<string, string> = {};
  const ids: Record<string, string> = {};
  let classId: string;
  let assignmentId: string;
  let disconnect: () => Promise<void>;
  const environment = routeEnvironment();

  const get = (url: string, who: string | null) => new Request(`${base}${url}`, { headers: who ? { cookie: cookies[who]! } : {} });
  const gradebook = (who: string | null, id = classId) => routes.gradebook.GET(get(`/classes/${id}/gradebook/csv`, who), { params: Promise.resolve({ classId: id }) });
  const items = (who: string | null, cid = classId, aid = assignmentId) => routes.items.GET(get(`/classes/${cid}/assignments/${aid}/results/csv`, who), { params: Promise.resolve({ classId: cid, assignmentId: aid }) });

  beforeAll(async () => {
    target = await freshDatabase("resultsroutes");
    await migrateDatabase(target.database);
    await importContentFromDisk({ contentDir, database: target.database }, { now: new Date("2026-01-01T00:00:00Z") });
    environment.use(target.database);
    routes = {
      gradebook: await import("../../app/classes/[classId]/gradebook/csv/route"),
      items: await import("../../app/classes/[classId]/assignments/[assignmentId]/results/csv/route"),
    };
    const { auth } = await import("../../lib/server/auth/instance");
    const { db } = await import("../../lib/server/db/client");
    disconnect = () => db().$disconnect();
    client = createDb(target.database);
    for (const [who, name, role] of [
      ["teacherA", "Teacher A", "teacher"],
      ["teacherB", "Teacher B", "teacher"],
      ["student", "=HYPERLINK(\"http://evil\")", "student"],
    ] as const) {
      const { headers, response } = await auth().api.signUpEmail({ body: { name, email: `${who}-${Date.now()}@example.org`, password: "a long enough password" }, returnHeaders: true });
      cookies[who] = cookieOf(headers);
      ids[who] = response.user.id;
      if (role === "teacher") await client.user.update({ where: { id: response.user.id }, data: { role } });
    }
    const classroom = await client.classroom.create({ data: { teacherId: ids.teacherA!, name: "Form 4B", joinCode: `RT${Date.now().toString(36).toUpperCase()}` } });
    classId = classroom.id;
    await client.classMember.create({ data: { classroomId: classId, userId: ids.student!, joinedAt: new Date("2026-02-01T00:00:00Z") } });
    const picked = pickQuestions((await questionPool(client)).questions, 1, 2);
    const seeded = await seedAssignment(client, { classId, teacherId: ids.teacherA!, title: "Quiz: Borodino", questions: picked, dueAt: new Date("2026-03-01T00:00:00Z") });
    assignmentId = seeded.assignmentId;
    await seedAttempt(client, { assignmentId, userId: ids.student!, questions: seeded.questions, answers: [rightAnswer(picked[0]!), wrongAnswer(picked[1]!), rightAnswer(picked[2]!)], late: true });
  });
  afterAll(async () => {
    await client?.$disconnect();
    await disconnect?.();
    await target?.drop();
    environment.restore();
  });

  it("gives the teacher the gradebook as a CSV attachment with formulas escaped", async () => {
    const response = await gradebook("teacherA");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="form-4b-gradebook.csv"');
    const text = (await response.text()).replace(/^\uFEFF/, "");
    const rows = Papa.parse<string[]>(text.trim()).data;
    expect(rows).toEqual([
      ["Student", "Quiz: Borodino: score", "Quiz: Borodino: out of", "Quiz: Borodino: status", "Average (%)"],
      ["'=HYPERLINK(\"http://evil\")", "2", "3", "Late", "67"],
    ]);
  });

  it("gives the teacher the item analysis as a CSV attachment", async () => {
    const response = await items("teacherA");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="quiz-borodino-item-analysis.csv"');
    const rows = Papa.parse<string[]>((await response.text()).replace(/^\uFEFF/, "").trim()).data;
    expect(rows).toHaveLength(4);
    expect(rows[0]![0]).toBe("Position");
    expect(rows.slice(1).map((r) => r[6])).toEqual(["100", "0", "100"]);
    expect(rows[1]![10]).toMatch(/Too few answers/);
  });

  it("answers 404 to another teacher, 403 to a student, 401 to a visitor, 400 to a silly id", async () => {
    expect((await gradebook("teacherB")).status).toBe(404);
    expect((await items("teacherB")).status).toBe(404);
    const own = await client.classroom.create({ data: { teacherId: ids.teacherB!, name: "B's class", joinCode: `RB${Date.now().toString(36).toUpperCase()}` } });
    expect((await items("teacherB", own.id, assignmentId)).status).toBe(404);
    const refused = await gradebook("student");
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain("Borodino");
    expect((await items("student")).status).toBe(403);
    expect((await gradebook(null)).status).toBe(401);
    expect((await items(null)).status).toBe(401);
    expect((await gradebook("teacherA", "x".repeat(200))).status).toBe(400);
  });
});
