/**
 * The classes route handlers as Next.js calls them (Request in, Response out) on a real database:
 * 401 without a session, 403 for the wrong role, 400 for wrong shapes, create/join/rename/archive,
 * remove and password reset, and 404 for another teacher's class or a class the student is not in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { freshDatabase, testProvider, type TestDatabase } from "./support/databases";
import { cookieOf, routeEnvironment } from "./support/routes";

const base = "http://localhost:3000";

type Routes = {
  classes: typeof import("../../app/api/classes/route");
  join: typeof import("../../app/api/classes/join/route");
  one: typeof import("../../app/api/classes/[classId]/route");
  member: typeof import("../../app/api/classes/[classId]/members/[userId]/route");
  password: typeof import("../../app/api/classes/[classId]/members/[userId]/password/route");
};

const json = (method: string, cookie: string | null, body?: unknown) =>
  new Request(`${base}/api/classes`, { method, headers: { "content-type": "application/json", ...(cookie && { cookie }) }, body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body) });
const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

describe(`classes routes (${testProvider})`, () => {
  let target: TestDatabase;
  let routes: Routes;
  const cookie: Record<"teacherA" | "teacherB" | "student" | "outsider", string> = { teacherA: "", teacherB: "", student: "", outsider: "" };
  let studentId = "";
  let disconnect: () => Promise<void>;
  const environment = routeEnvironment();

  beforeAll(async () => {
    target = await freshDatabase("classroutes");
    await migrateDatabase(target.database);
    environment.use(target.database);
    routes = {
      classes: await import("../../app/api/classes/route"),
      join: await import("../../app/api/classes/join/route"),
      one: await import("../../app/api/classes/[classId]/route"),
      member: await import("../../app/api/classes/[classId]/members/[userId]/route"),
      password: await import("../../app/api/classes/[classId]/members/[userId]/password/route"),
    };
    const { auth } = await import("../../lib/server/auth/instance");
    const { withSignUpIntent } = await import("../../lib/server/auth/sign-up-intent");
    const { db } = await import("../../lib/server/db/client");
    disconnect = () => db().$disconnect();
    const stamp = Date.now().toString(36);
    for (const [key, role, username] of [
      ["teacherA", "teacher", null],
      ["teacherB", "teacher", null],
      ["student", "student", `route-student-${stamp}`],
      ["outsider", "student", `route-outsider-${stamp}`],
    ] as const) {
      const body = { name: key, email: username ? `${stamp}${key.toLowerCase()}0000000000@students.invalid` : `${key}-${stamp}@school.example`, password: "a long enough password", ...(username ? { username } : {}) };
      const { headers, response } = await withSignUpIntent({ role, syntheticEmail: username !== null }, () => auth().api.signUpEmail({ body, returnHeaders: true }));
      cookie[key] = cookieOf(headers);
      if (key === "student") studentId = response.user.id;
    }
  });
  afterAll(async () => {
    await disconnect?.();
    await target?.drop();
    environment.restore();
  });

  it("answers 401 signed out, 403 for the wrong role, 400 for wrong shapes", async () => {
    expect((await routes.classes.GET(json("GET", null))).status).toBe(401);
    expect((await routes.classes.POST(json("POST", cookie.student, { name: "Mine" }))).status).toBe(403);
    for (const body of ["not json", {}, { name: "   " }, { name: "x".repeat(81) }]) {
      const response = await routes.classes.POST(json("POST", cookie.teacherA, body));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/JSON|name|class/i);
    }
    const badCode = await routes.join.POST(json("POST", cookie.student, { code: "K0QM" }));
    expect(badCode.status).toBe(400);
    expect(((await badCode.json()) as { error: string }).error).toContain("never contain 0");
    expect((await routes.join.POST(json("POST", cookie.teacherA, { code: "ABCDEFGH" }))).status).toBe(403);
  });

  it("creates, joins, renames, archives, removes and resets; other people's classes are 404", async () => {
    const created = await routes.classes.POST(json("POST", cookie.teacherA, { name: "  Route   class " }));
    expect(created.status).toBe(201);
    const { class: classroom } = (await created.json()) as { class: { id: string; name: string; joinCode: string } };
    expect(classroom.name).toBe("Route class");

    const code = `${classroom.joinCode.slice(0, 4).toLowerCase()} - ${classroom.joinCode.slice(4)}`;
    const joined = await routes.join.POST(json("POST", cookie.student, { code }));
    expect(joined.status).toBe(201);
    expect((await routes.join.POST(json("POST", cookie.student, { code }))).status).toBe(200);

    const view = await routes.one.GET(json("GET", cookie.teacherA), params({ classId: classroom.id }));
    const body = (await view.json()) as { roster: { userId: string; canResetPassword: boolean }[]; assignments: unknown[] };
    expect(body.roster).toEqual([expect.objectContaining({ userId: studentId, canResetPassword: true })]);
    expect(body.assignments).toEqual([]);
    expect((await routes.one.GET(json("GET", cookie.student), params({ classId: classroom.id }))).status).toBe(200);
    // Teacher B, and a student not in the class: 404 for every route.
    expect((await routes.one.GET(json("GET", cookie.teacherB), params({ classId: classroom.id }))).status).toBe(404);
    expect((await routes.one.GET(json("GET", cookie.outsider), params({ classId: classroom.id }))).status).toBe(404);
    expect((await routes.one.PATCH(json("PATCH", cookie.teacherB, { name: "Taken" }), params({ classId: classroom.id }))).status).toBe(404);
    expect((await routes.member.DELETE(json("DELETE", cookie.teacherB), params({ classId: classroom.id, userId: studentId }))).status).toBe(404);
    expect((await routes.password.POST(json("POST", cookie.teacherB, {}), params({ classId: classroom.id, userId: studentId }))).status).toBe(404);
    expect((await routes.one.PATCH(json("PATCH", cookie.teacherA, {}), params({ classId: classroom.id }))).status).toBe(400);

    const renamed = await routes.one.PATCH(json("PATCH", cookie.teacherA, { name: "Renamed", archived: true }), params({ classId: classroom.id }));
    expect(renamed.status).toBe(200);
    const after = ((await renamed.json()) as { class: { name: string; archivedAt: string | null } }).class;
    expect(after.name).toBe("Renamed");
    expect(after.archivedAt).not.toBeNull();
    const archivedJoin = await routes.join.POST(json("POST", cookie.outsider, { code: classroom.joinCode }));
    expect(archivedJoin.status).toBe(409);
    expect(((await archivedJoin.json()) as { error: string }).error).toContain("archived");

    const reset = await routes.password.POST(json("POST", cookie.teacherA, { password: "short" }), params({ classId: classroom.id, userId: studentId }));
    expect(reset.status).toBe(400);
    const done = await routes.password.POST(json("POST", cookie.teacherA, {}), params({ classId: classroom.id, userId: studentId }));
    expect(done.status).toBe(200);
    expect(((await done.json()) as { password: string }).password).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    // The student's session ended with the reset.
    expect((await routes.classes.GET(json("GET", cookie.student))).status).toBe(401);

    expect((await routes.member.DELETE(json("DELETE", cookie.teacherA), params({ classId: classroom.id, userId: studentId }))).status).toBe(204);
    expect((await routes.member.DELETE(json("DELETE", cookie.teacherA), params({ classId: classroom.id, userId: studentId }))).status).toBe(404);
    const list = (await (await routes.classes.GET(json("GET", cookie.teacherA))).json()) as { classes: { id: string; memberCount: number }[] };
    expect(list.classes).toEqual([expect.objectContaining({ id: classroom.id, memberCount: 0 })]);
    expect(((await (await routes.classes.GET(json("GET", cookie.teacherB))).json()) as { classes: unknown[] }).classes).toEqual([]);
  });
});
