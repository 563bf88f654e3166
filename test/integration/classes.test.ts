/**
 * Classes on a real database of the project's provider, with accounts made
 * through better-auth: create (a join-code collision is retried), rename,
 * archive; join by a typed code (normalised, idempotent, archived refused,
 * teachers refused); remove and rejoin; a teacher resets a username student's
 * password (the new one signs in, the old one and the old sessions do not);
 * another teacher's class is 404, and so is a class the student is not in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInSchema, studentSignUpSchema, teacherSignUpSchema } from "../../lib/accounts/validation";
import { joinCodeAlphabet, joinCodeSchema, formatJoinCode } from "../../lib/classes";
import { loadAuthConfig } from "../../lib/env";
import { demoAccounts, seedDemoAccounts } from "../../lib/server/auth/demo";
import { signIn, signUpStudent, signUpTeacher } from "../../lib/server/auth/flows";
import { createAuth, type Auth } from "../../lib/server/auth/instance";
import { userFromHeaders } from "../../lib/server/auth/users";
import {
  ClassError,
  archiveClass,
  createClass,
  getStudentClass,
  getTeacherClass,
  isMemberOfClass,
  isTeacherOfClass,
  joinClass,
  listClassAssignments,
  listStudentClasses,
  listTeacherClasses,
  removeStudent,
  renameClass,
  resetStudentPassword,
  roster,
  unarchiveClass,
} from "../../lib/server/classes";
import { demoClassName, seedDemoClass } from "../../lib/server/classes/demo";
import { createDb, type Db } from "../../lib/server/db/client";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { freshDatabase, testProvider, type TestDatabase } from "./support/databases";

const origin = "http://localhost:3000";
const settings = loadAuthConfig({ NODE_ENV: "test", PORT: "3000", AUTH_SECRET: "integration-test-secret-0123456789abcdef", AUTH_RATE_LIMIT_MAX: "1000" });
const now = new Date("2026-03-02T10:00:00Z");
const later = new Date("2026-03-03T10:00:00Z");
let ip = 0;
const browser = (cookie?: string) => {
  const headers = new Headers({ origin, "x-forwarded-for": `203.0.113.${(++ip % 250) + 1}`, "user-agent": "vitest" });
  if (cookie) headers.set("cookie", cookie);
  return headers;
};
const cookieHeader = (setCookies: string[]) =>
  setCookies
    .map((line) => line.split(";")[0]!)
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
const unique = () => Math.random().toString(36).slice(2, 8);

async function rejection(promise: Promise<unknown>): Promise<ClassError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ClassError);
  return error as ClassError;
}

describe(`classes (${testProvider})`, () => {
  let target: TestDatabase;
  let client: Db;
  let auth: Auth;

  async function teacher(name = "Ms Teacher"): Promise<string> {
    const email = `t-${unique()}@school.example`;
    const result = await signUpTeacher(auth, teacherSignUpSchema.parse({ name, email, password: "a long teacher password" }), browser());
    if (!result.ok) throw new Error(result.message);
    return (await client.user.findUniqueOrThrow({ where: { email } })).id;
  }

  async function student(options: { name?: string; email?: boolean; password?: string } = {}): Promise<{ id: string; username: string; password: string; cookie: string }> {
    const username = `s-${unique()}`;
    const password = options.password ?? "a long student password";
    const input = studentSignUpSchema.parse({ name: options.name ?? "A Student", username, email: options.email ? `${username}@home.example` : "", password });
    const result = await signUpStudent(auth, input, browser());
    if (!result.ok) throw new Error(result.message);
    const row = await client.user.findUniqueOrThrow({ where: { username } });
    return { id: row.id, username, password, cookie: cookieHeader(result.setCookies) };
  }

  async function signsIn(username: string, password: string): Promise<boolean> {
    return (await signIn(auth, signInSchema.parse({ username, password }), browser())).ok;
  }

  beforeAll(async () => {
    target = await freshDatabase("classes");
    await migrateDatabase(target.database);
    client = createDb(target.database);
    auth = createAuth(client, settings);
  });
  afterAll(async () => {
    await client?.$disconnect();
    await target?.drop();
  });

  it("creates, renames, archives and unarchives a class; lists with member counts", async () => {
    const t = await teacher();
    const first = await createClass(client, t, { name: "Year 9 History" });
    expect(first.joinCode).toMatch(new RegExp(`^[${joinCodeAlphabet}]{8}$`));
    expect(first).toMatchObject({ name: "Year 9 History", memberCount: 0, archivedAt: null });
    const second = await createClass(client, t, { name: "Year 10" });
    expect(second.joinCode).not.toBe(first.joinCode);

    const renamed = await renameClass(client, t, first.id, "Year 9 History (set 2)");
    expect(renamed.name).toBe("Year 9 History (set 2)");
    expect((await getTeacherClass(client, t, first.id)).name).toBe("Year 9 History (set 2)");

    const archived = await archiveClass(client, t, first.id, now);
    expect(archived.archivedAt?.toISOString()).toBe(now.toISOString());
    // Archiving again keeps the first date.
    expect((await archiveClass(client, t, first.id, later)).archivedAt?.toISOString()).toBe(now.toISOString());
    // Active classes first, archived after.
    expect((await listTeacherClasses(client, t)).map((c) => c.id)).toEqual([second.id, first.id]);
    expect((await unarchiveClass(client, t, first.id, later)).archivedAt).toBeNull();

    const s = await student();
    await joinClass(client, s.id, second.joinCode, now);
    const listed = await listTeacherClasses(client, t);
    expect(listed.find((c) => c.id === second.id)?.memberCount).toBe(1);
    expect(listed.find((c) => c.id === first.id)?.memberCount).toBe(0);
    expect(await listClassAssignments(client, t, second.id)).toEqual([]);
  });

  it("retries a join code that is already taken", async () => {
    const t = await teacher();
    const taken = await createClass(client, t, { name: "First" }, { randomInt: () => 0 });
    expect(taken.joinCode).toBe("AAAAAAAA");
    // The first 8 draws rebuild the taken code; the next 8 give a new one.
    let calls = 0;
    const collidingThenFresh = () => (calls++ < 8 ? 0 : 1);
    const fresh = await createClass(client, t, { name: "Second" }, { randomInt: collidingThenFresh });
    expect(fresh.joinCode).toBe("BBBBBBBB");
    expect(calls).toBe(16);
    // A source that only ever repeats the taken code gives up instead of looping.
    await expect(createClass(client, t, { name: "Third" }, { randomInt: () => 0 })).rejects.toThrow();
    expect((await listTeacherClasses(client, t)).map((c) => c.name).sort()).toEqual(["First", "Second"]);
  });

  it("joins by a typed code: normalised, idempotent; archived refused; teachers refused", async () => {
    const t = await teacher("Mr Keegan");
    const c = await createClass(client, t, { name: "Wars of the Roses" });
    const s = await student({ name: "Ada" });
    const typed = ` ${formatJoinCode(c.joinCode).toLowerCase().replace("-", " - ")} `;
    const code = joinCodeSchema.parse(typed);
    expect(code).toBe(c.joinCode);

    expect(await joinClass(client, s.id, code, now)).toEqual({ classroom: { id: c.id, name: "Wars of the Roses", teacherName: "Mr Keegan" }, outcome: "joined" });
    expect((await joinClass(client, s.id, code, later)).outcome).toBe("already");
    // Two joins at once still make one membership.
    const s2 = await student();
    const both = await Promise.all([joinClass(client, s2.id, code, now), joinClass(client, s2.id, code, now)]);
    expect(both.map((j) => j.outcome).sort()).toEqual(["already", "joined"]);
    expect(await client.classMember.count({ where: { classroomId: c.id } })).toBe(2);
    const rows = await roster(client, t, c.id);
    expect(rows.find((r) => r.userId === s.id)?.joinedAt.toISOString()).toBe(now.toISOString());

    expect((await rejection(joinClass(client, s.id, "ZZZZZZZZ", now))).status).toBe(404);
    const otherTeacher = await teacher();
    const refused = await rejection(joinClass(client, otherTeacher, code, now));
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/Only student accounts/);

    await archiveClass(client, t, c.id, now);
    const newcomer = await student();
    const archived = await rejection(joinClass(client, newcomer.id, code, now));
    expect(archived.status).toBe(409);
    expect(archived.message).toContain("“Wars of the Roses” is archived");
    expect(await isMemberOfClass(client, newcomer.id, c.id)).toBe(false);
    // A member of the archived class still is one.
    expect((await joinClass(client, s.id, code, later)).outcome).toBe("already");
    expect((await listStudentClasses(client, s.id)).map((x) => [x.name, x.archived])).toEqual([["Wars of the Roses", true]]);
  });

  it("removes a student (hidden from the roster, no longer a member) who may join again", async () => {
    const t = await teacher();
    const c = await createClass(client, t, { name: "Removals" });
    const [zoe, adam] = [await student({ name: "Zoë" }), await student({ name: "adam" })];
    await joinClass(client, zoe.id, c.joinCode, now);
    await joinClass(client, adam.id, c.joinCode, now);
    expect((await roster(client, t, c.id)).map((r) => r.name)).toEqual(["adam", "Zoë"]);

    await removeStudent(client, t, c.id, zoe.id, later);
    expect((await roster(client, t, c.id)).map((r) => r.name)).toEqual(["adam"]);
    expect(await isMemberOfClass(client, zoe.id, c.id)).toBe(false);
    expect(await listStudentClasses(client, zoe.id)).toEqual([]);
    expect((await getTeacherClass(client, t, c.id)).memberCount).toBe(1);
    expect((await rejection(getStudentClass(client, zoe.id, c.id))).status).toBe(404);
    // The row stays (their work stays for the record), marked removed.
    expect((await client.classMember.findFirstOrThrow({ where: { classroomId: c.id, userId: zoe.id } })).removedAt?.toISOString()).toBe(later.toISOString());
    // Removing again: not in the class.
    expect((await rejection(removeStudent(client, t, c.id, zoe.id, later))).status).toBe(404);

    const rejoinedAt = new Date("2026-03-04T10:00:00Z");
    expect((await joinClass(client, zoe.id, c.joinCode, rejoinedAt)).outcome).toBe("rejoined");
    expect(await isMemberOfClass(client, zoe.id, c.id)).toBe(true);
    const back = (await roster(client, t, c.id)).find((r) => r.userId === zoe.id);
    expect(back?.joinedAt.toISOString()).toBe(rejoinedAt.toISOString());
    expect(await client.classMember.count({ where: { classroomId: c.id, userId: zoe.id } })).toBe(1);
  });

  it("resets a username student's password: the new one signs in, the old one and old sessions do not", async () => {
    const t = await teacher();
    const c = await createClass(client, t, { name: "Resets" });
    const s = await student({ password: "the old password here" });
    await joinClass(client, s.id, c.joinCode, now);
    expect(await userFromHeaders(auth, browser(s.cookie))).toMatchObject({ id: s.id });
    const row = (await roster(client, t, c.id)).find((r) => r.userId === s.id)!;
    expect(row).toMatchObject({ email: null, canResetPassword: true, username: s.username });

    const reset = await resetStudentPassword(client, t, c.id, s.id);
    expect(reset.generated).toBe(true);
    expect(reset.password).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
    expect(reset.sessionsEnded).toBeGreaterThanOrEqual(1);
    expect(await userFromHeaders(auth, browser(s.cookie))).toBeNull();
    expect(await signsIn(s.username, "the old password here")).toBe(false);
    expect(await signsIn(s.username, reset.password)).toBe(true);
    const credential = await client.account.findFirstOrThrow({ where: { userId: s.id, providerId: "credential" } });
    expect(credential.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(credential.password).not.toContain(reset.password);

    // A password the teacher types.
    const typed = await resetStudentPassword(client, t, c.id, s.id, { password: "typed by the teacher" });
    expect(typed).toMatchObject({ generated: false, password: "typed by the teacher" });
    expect(await signsIn(s.username, reset.password)).toBe(false);
    expect(await signsIn(s.username, "typed by the teacher")).toBe(true);
  });

  it("resets only for students without an email, in the teacher's own class, still on the roster", async () => {
    const t = await teacher();
    const c = await createClass(client, t, { name: "Reset rules" });
    const withEmail = await student({ email: true, password: "an email student pw" });
    await joinClass(client, withEmail.id, c.joinCode, now);
    expect((await roster(client, t, c.id)).find((r) => r.userId === withEmail.id)).toMatchObject({ canResetPassword: false, email: `${withEmail.username}@home.example` });
    expect((await rejection(resetStudentPassword(client, t, c.id, withEmail.id))).status).toBe(409);
    expect(await signsIn(withEmail.username, "an email student pw")).toBe(true);

    // Another teacher cannot reset a student of this class, even one of their own class's id.
    const other = await teacher();
    const otherClass = await createClass(client, other, { name: "Elsewhere" });
    const s = await student({ password: "kept password value" });
    await joinClass(client, s.id, c.joinCode, now);
    expect((await rejection(resetStudentPassword(client, other, c.id, s.id))).status).toBe(404);
    expect((await rejection(resetStudentPassword(client, other, otherClass.id, s.id))).status).toBe(404);
    // A student not (or no longer) in the class.
    await removeStudent(client, t, c.id, s.id, now);
    expect((await rejection(resetStudentPassword(client, t, c.id, s.id))).status).toBe(404);
    expect(await signsIn(s.username, "kept password value")).toBe(true);
  });

  it("keeps teacher A out of teacher B's class (404) and students out of classes they are not in", async () => {
    const a = await teacher();
    const b = await teacher();
    const bClass = await createClass(client, b, { name: "B's class" });
    const s = await student();
    await joinClass(client, s.id, bClass.joinCode, now);

    expect(await isTeacherOfClass(client, b, bClass.id)).toBe(true);
    expect(await isTeacherOfClass(client, a, bClass.id)).toBe(false);
    for (const attempt of [
      () => getTeacherClass(client, a, bClass.id),
      () => renameClass(client, a, bClass.id, "Mine now"),
      () => archiveClass(client, a, bClass.id, now),
      () => roster(client, a, bClass.id),
      () => removeStudent(client, a, bClass.id, s.id, now),
      () => listClassAssignments(client, a, bClass.id),
    ]) {
      const error = await rejection(attempt());
      expect(error.status).toBe(404);
      expect(error.message).toBe("No such class, or it is not yours.");
    }
    expect(await getTeacherClass(client, b, bClass.id)).toMatchObject({ name: "B's class", archivedAt: null, memberCount: 1 });
    expect(await listTeacherClasses(client, a)).toEqual([]);
    // A student is not a teacher of their class; a class they are not in is 404.
    expect(await isTeacherOfClass(client, s.id, bClass.id)).toBe(false);
    const outsider = await student();
    expect(await isMemberOfClass(client, outsider.id, bClass.id)).toBe(false);
    expect((await rejection(getStudentClass(client, outsider.id, bClass.id))).status).toBe(404);
    expect((await getStudentClass(client, s.id, bClass.id)).name).toBe("B's class");
    // Only teachers create classes.
    expect((await rejection(createClass(client, s.id, { name: "Student's class" }))).status).toBe(403);
  });
});

describe(`the demo class (${testProvider})`, () => {
  let target: TestDatabase;
  let client: Db;

  beforeAll(async () => {
    target = await freshDatabase("demo-class");
    await migrateDatabase(target.database);
    client = createDb(target.database);
  });
  afterAll(async () => {
    await client?.$disconnect();
    await target?.drop();
  });

  it("belongs to the demo teacher, has both demo students, and is made once", async () => {
    await seedDemoAccounts(client, settings);
    const created = await seedDemoClass(client, { now });
    expect(created).toMatchObject({ name: demoClassName, memberCount: 2 });
    const teacherEmail = demoAccounts.find((a) => a.role === "teacher")!.email!;
    const teacherRow = await client.user.findUniqueOrThrow({ where: { email: teacherEmail } });
    const names = (await roster(client, teacherRow.id, created!.id)).map((r) => r.name);
    expect(names).toEqual(["Demo Student", "Second Student"]);
    expect(await seedDemoClass(client, { now })).toBeNull();
    expect(await client.classroom.count()).toBe(1);
  });
});
