/**
 * Accounts through better-auth's real HTTP handler on a real database of the
 * project's provider: roles set by the server, one message for every failed
 * sign-in, rate limits shared by two instances through the database, session
 * expiry and sign-out, argon2id hashes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSyntheticEmail } from "../../lib/accounts/identity";
import { messages } from "../../lib/accounts/messages";
import { signInSchema, studentSignUpSchema, teacherSignUpSchema } from "../../lib/accounts/validation";
import { loadAuthConfig } from "../../lib/env";
import { createAuth, type Auth } from "../../lib/server/auth/instance";
import { signIn, signOut, signUpStudent, signUpTeacher } from "../../lib/server/auth/flows";
import { userFromHeaders } from "../../lib/server/auth/users";
import { createDb, type Db } from "../../lib/server/db/client";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { freshDatabase, queryRows, testProvider, type TestDatabase } from "./support/databases";

const origin = "http://localhost:3000";
const settings = (overrides: Record<string, string> = {}) =>
  loadAuthConfig({ NODE_ENV: "test", PORT: "3000", AUTH_SECRET: "integration-test-secret-0123456789abcdef", AUTH_RATE_LIMIT_MAX: "1000", ...overrides });

/** A browser at `ip` on Muster's own page, optionally carrying cookies. */
function browser(ip: string, cookie?: string): Headers {
  const headers = new Headers({ origin, "x-forwarded-for": ip, "user-agent": "vitest" });
  if (cookie) headers.set("cookie", cookie);
  return headers;
}

/** Set-Cookie strings → a Cookie header, as a browser would send them back. */
function cookieHeader(setCookies: string[]): string {
  return setCookies.map((line) => line.split(";")[0]!).filter((pair) => !pair.endsWith("=")).join("; ");
}

let ipCounter = 0;
/** A fresh client address per test, so rate limits of one test never touch another. */
const freshIp = () => `198.51.100.${++ipCounter}`;

describe(`accounts (${testProvider})`, () => {
  let target: TestDatabase;
  let client: Db;
  let auth: Auth;

  beforeAll(async () => {
    target = await freshDatabase("accounts");
    await migrateDatabase(target.database);
    client = createDb(target.database);
    auth = createAuth(client, settings());
  });
  afterAll(async () => {
    await client?.$disconnect();
    await target?.drop();
  });

  it("signs a student up with a username and no email, then in by username", async () => {
    const input = studentSignUpSchema.parse({ name: "Ada Student", username: "Ada.Lovelace", email: "", password: "correct horse battery" });
    const signedUp = await signUpStudent(auth, input, browser(freshIp()));
    expect(signedUp).toMatchObject({ ok: true });

    const row = await client.user.findUniqueOrThrow({ where: { username: "ada.lovelace" } });
    expect(row.role).toBe("student");
    expect(isSyntheticEmail(row.email)).toBe(true);
    expect(row.displayUsername).toBe("Ada.Lovelace");

    const signedIn = await signIn(auth, signInSchema.parse({ username: "ada.lovelace", password: "correct horse battery" }), browser(freshIp()));
    if (!signedIn.ok) throw new Error(signedIn.message);
    const user = await userFromHeaders(auth, browser(freshIp(), cookieHeader(signedIn.setCookies)));
    expect(user).toEqual({ id: row.id, name: "Ada Student", role: "student", username: "Ada.Lovelace", email: null });
  });

  it("signs a teacher up with an email: the role comes from the page, not the request", async () => {
    const input = teacherSignUpSchema.parse({ name: "Mr Keegan", email: "Keegan@School.example", password: "a long teacher password" });
    const signedUp = await signUpTeacher(auth, input, browser(freshIp()));
    if (!signedUp.ok) throw new Error(signedUp.message);
    const user = await userFromHeaders(auth, browser(freshIp(), cookieHeader(signedUp.setCookies)));
    expect(user).toMatchObject({ name: "Mr Keegan", role: "teacher", email: "keegan@school.example", username: null });

    const signedIn = await signIn(auth, signInSchema.parse({ email: "keegan@school.example", password: "a long teacher password" }), browser(freshIp()));
    expect(signedIn.ok).toBe(true);
  });

  it("ignores a role sent by the request, at sign-up and afterwards", async () => {
    const headers = browser(freshIp());
    headers.set("content-type", "application/json");
    const response = await auth.handler(
      new Request(`${origin}/api/auth/sign-up/email`, {
        method: "POST",
        headers,
        body: JSON.stringify({ name: "Mallory", email: "mallory@example.org", password: "mallory's password", role: "teacher" }),
      }),
    );
    // better-auth refuses the field outright or drops it; either way no teacher exists.
    const stored = await client.user.findUnique({ where: { email: "mallory@example.org" } });
    if (response.ok) {
      expect(stored?.role).toBe("student");
      const cookie = cookieHeader(response.headers.getSetCookie());
      const update = await auth.handler(
        new Request(`${origin}/api/auth/update-user`, { method: "POST", headers: new Headers({ ...Object.fromEntries(headers), cookie }), body: JSON.stringify({ role: "teacher" }) }),
      );
      expect(update.status).toBeGreaterThanOrEqual(400);
      expect((await client.user.findUniqueOrThrow({ where: { email: "mallory@example.org" } })).role).toBe("student");
    } else {
      expect(response.status).toBe(400);
      expect(stored).toBeNull();
    }
    expect(await client.user.count({ where: { role: "teacher", email: "mallory@example.org" } })).toBe(0);
  });

  it("refuses a direct sign-up under the reserved students.invalid domain", async () => {
    const headers = browser(freshIp());
    headers.set("content-type", "application/json");
    const response = await auth.handler(
      new Request(`${origin}/api/auth/sign-up/email`, { method: "POST", headers, body: JSON.stringify({ name: "Eve", email: "0123456789abcdef0123@students.invalid", password: "eve's long password" }) }),
    );
    expect(response.status).toBe(400);
    expect(await client.user.count({ where: { name: "Eve" } })).toBe(0);
  });

  it("says the same for an unknown account and a wrong password, by email and by username", async () => {
    await signUpStudent(auth, studentSignUpSchema.parse({ name: "Bea", username: "bea", email: "bea@example.org", password: "bea's real password" }), browser(freshIp()));
    const attempts = [
      { email: "bea@example.org", password: "not bea's password" },
      { email: "nobody@example.org", password: "not bea's password" },
      { username: "bea", password: "not bea's password" },
      { username: "nobody", password: "not bea's password" },
      { username: "x", password: "short" },
    ];
    const results = [];
    for (const attempt of attempts) results.push(await signIn(auth, signInSchema.parse(attempt), browser(freshIp())));
    for (const result of results) expect(result).toEqual({ ok: false, status: 401, message: messages.wrongCredentials });
    expect(messages.wrongCredentials).toBe("Wrong email/username or password.");
  });

  it("does not say more than 'this email can't be used' when signing up with a taken email", async () => {
    const first = await signUpTeacher(auth, teacherSignUpSchema.parse({ name: "Cy", email: "cy@example.org", password: "cy's first password" }), browser(freshIp()));
    expect(first.ok).toBe(true);
    const again = await signUpStudent(auth, studentSignUpSchema.parse({ name: "Not Cy", email: "CY@example.org", password: "another password" }), browser(freshIp()));
    expect(again).toMatchObject({ ok: false, message: messages.emailUnavailable });
    expect(await client.user.count({ where: { email: "cy@example.org" } })).toBe(1);
    expect((await client.user.findUniqueOrThrow({ where: { email: "cy@example.org" } })).role).toBe("teacher");
  });

  it("stores passwords as argon2id hashes, never as text", async () => {
    const password = "plain text would be a disaster";
    await signUpStudent(auth, studentSignUpSchema.parse({ name: "Dee", username: "dee", password }), browser(freshIp()));
    const user = await client.user.findUniqueOrThrow({ where: { username: "dee" } });
    const account = await client.account.findFirstOrThrow({ where: { userId: user.id, providerId: "credential" } });
    expect(account.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(account.password).not.toContain(password);
  });

  it("refuses passwords shorter than 10 characters, in the form and at the API", async () => {
    expect(studentSignUpSchema.safeParse({ name: "Ed", username: "ed", password: "123456789" }).success).toBe(false);
    const headers = browser(freshIp());
    headers.set("content-type", "application/json");
    const response = await auth.handler(new Request(`${origin}/api/auth/sign-up/email`, { method: "POST", headers, body: JSON.stringify({ name: "Ed", email: "ed@example.org", password: "123456789" }) }));
    expect(response.status).toBe(400);
    expect(await client.user.count({ where: { email: "ed@example.org" } })).toBe(0);
  });

  it("ends sessions: at sign-out, and when they expire", async () => {
    const before = Date.now();
    const signedUp = await signUpStudent(auth, studentSignUpSchema.parse({ name: "Flo", username: "flo", password: "flo's long password" }), browser(freshIp()));
    if (!signedUp.ok) throw new Error(signedUp.message);
    const cookie = cookieHeader(signedUp.setCookies);
    const user = await client.user.findUniqueOrThrow({ where: { username: "flo" } });
    const [session] = await client.session.findMany({ where: { userId: user.id } });
    // Default AUTH_SESSION_DAYS: 7.
    expect(session!.expiresAt.getTime() - before).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(session!.expiresAt.getTime() - before).toBeLessThan(7 * 86_400_000 + 60_000);
    expect(await userFromHeaders(auth, browser(freshIp(), cookie))).toMatchObject({ id: user.id });

    // The same cookie after the session's expiry: nobody.
    await client.session.update({ where: { id: session!.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect(await userFromHeaders(auth, browser(freshIp(), cookie))).toBeNull();

    // Sign in again, sign out: the row is gone, so the old cookie is worthless even if kept.
    const again = await signIn(auth, signInSchema.parse({ username: "flo", password: "flo's long password" }), browser(freshIp()));
    if (!again.ok) throw new Error(again.message);
    const second = cookieHeader(again.setCookies);
    expect(await userFromHeaders(auth, browser(freshIp(), second))).toMatchObject({ id: user.id });
    const out = await signOut(auth, browser(freshIp(), second));
    expect(out.ok).toBe(true);
    expect(await userFromHeaders(auth, browser(freshIp(), second))).toBeNull();
    expect(await client.session.count({ where: { userId: user.id, expiresAt: { gt: new Date() } } })).toBe(0);
  });

  it("a session lasts AUTH_SESSION_DAYS", async () => {
    const shortAuth = createAuth(client, settings({ AUTH_SESSION_DAYS: "1" }));
    const before = Date.now();
    const signedUp = await signUpStudent(shortAuth, studentSignUpSchema.parse({ name: "Gus", username: "gus", password: "gus's long password" }), browser(freshIp()));
    expect(signedUp.ok).toBe(true);
    const user = await client.user.findUniqueOrThrow({ where: { username: "gus" } });
    const [session] = await client.session.findMany({ where: { userId: user.id } });
    expect(Math.abs(session!.expiresAt.getTime() - before - 86_400_000)).toBeLessThan(60_000);
  });

  it("refuses a sign-in posted from another site (origin check)", async () => {
    const headers = browser(freshIp(), "better-auth.session_token=whatever");
    headers.set("origin", "https://evil.example");
    const result = await signIn(auth, signInSchema.parse({ username: "ada.lovelace", password: "correct horse battery" }), headers);
    expect(result).toMatchObject({ ok: false, status: 403, message: messages.badOrigin });
  });

  it("counts sign-in attempts in the database: two instances share one limit per address", async () => {
    const second = createDb(target.database);
    try {
      const limited = settings({ AUTH_RATE_LIMIT_MAX: "4", AUTH_RATE_LIMIT_WINDOW_SECONDS: "600" });
      const instances = [createAuth(client, limited), createAuth(second, limited)];
      const attacker = "203.0.113.77";
      const wrong = signInSchema.parse({ username: "ada.lovelace", password: "guess number one" });
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 6; attempt++) {
        const result = await signIn(instances[attempt % 2]!, wrong, browser(attacker));
        statuses.push(result.ok ? 200 : result.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);

      // Even the right password is refused from that address until the window passes…
      const right = signInSchema.parse({ username: "ada.lovelace", password: "correct horse battery" });
      const blocked = await signIn(instances[0]!, right, browser(attacker));
      expect(blocked).toMatchObject({ ok: false, status: 429 });
      if (!blocked.ok) expect(blocked.message).toMatch(/^Too many attempts from this network\. Wait \d+ seconds? and try again\.$/);
      // …while another address signs in.
      expect((await signIn(instances[1]!, right, browser("203.0.113.78"))).ok).toBe(true);

      const rows = await queryRows<{ key: string; count: number | string }>(target.database, `SELECT "key", "count" FROM "RateLimit"`);
      const row = rows.find((entry) => entry.key === `${attacker}|/sign-in/username`);
      expect(Number(row?.count)).toBe(4);

      // The window is stored, not remembered by an instance: once it has passed, attempts count again.
      await client.rateLimit.update({ where: { key: `${attacker}|/sign-in/username` }, data: { lastRequest: BigInt(Date.now() - 601_000) } });
      expect((await signIn(instances[1]!, right, browser(attacker))).ok).toBe(true);
    } finally {
      await second.$disconnect();
    }
  });
});
