/** npm start's demo accounts and sign-in secret, on a real database of the project's provider. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSyntheticEmail } from "../../lib/accounts/identity";
import { signInSchema } from "../../lib/accounts/validation";
import { loadAuthConfig } from "../../lib/env";
import { demoWanted, describeDemoAccounts, seedDemoAccounts } from "../../lib/server/auth/demo";
import { signIn } from "../../lib/server/auth/flows";
import { createAuth } from "../../lib/server/auth/instance";
import { ensureAuthSecretFile } from "../../lib/server/auth/secret";
import { createDb, type Db } from "../../lib/server/db/client";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { freshDatabase, testProvider, type TestDatabase } from "./support/databases";

const settings = loadAuthConfig({ NODE_ENV: "test", AUTH_SECRET: "integration-test-secret-0123456789abcdef" });

describe(`demo accounts (${testProvider})`, () => {
  let target: TestDatabase;
  let client: Db;

  beforeAll(async () => {
    target = await freshDatabase("demo");
    await migrateDatabase(target.database);
    client = createDb(target.database);
  });
  afterAll(async () => {
    await client?.$disconnect();
    await target?.drop();
  });

  it("are on by default on SQLite only, and MUSTER_DEMO decides", () => {
    expect(demoWanted("default", "sqlite")).toBe(true);
    expect(demoWanted("default", "postgresql")).toBe(false);
    expect(demoWanted("on", "postgresql")).toBe(true);
    expect(demoWanted("off", "sqlite")).toBe(false);
  });

  it("creates a teacher and two students once, whose printed details sign in", async () => {
    const accounts = await seedDemoAccounts(client, settings);
    expect(accounts?.map((account) => account.role)).toEqual(["teacher", "student", "student"]);
    const users = await client.user.findMany({ orderBy: { createdAt: "asc" } });
    expect(users.map((user) => user.role).sort()).toEqual(["student", "student", "teacher"]);
    const usernameOnly = users.find((user) => user.username === "demo-student");
    expect(usernameOnly && isSyntheticEmail(usernameOnly.email)).toBe(true);
    expect(await client.session.count()).toBe(0);

    const lines = describeDemoAccounts(accounts!);
    const auth = createAuth(client, settings);
    for (const account of accounts!) {
      expect(account.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
      expect(lines.some((line) => line.includes(account.password) && line.includes((account.email ?? account.username)!))).toBe(true);
      const input = signInSchema.parse(account.email ? { email: account.email, password: account.password } : { username: account.username, password: account.password });
      const result = await signIn(auth, input, new Headers({ origin: "http://localhost:3000", "x-forwarded-for": "192.0.2.10" }));
      expect(result.ok, account.name).toBe(true);
    }

    // A second start finds accounts and neither adds nor prints any.
    expect(await seedDemoAccounts(client, settings)).toBeNull();
    expect(await client.user.count()).toBe(3);
  });
});

describe("the kept sign-in secret", () => {
  it("is created once, private to its owner, and read back unchanged", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "muster-secret-"));
    try {
      const file = path.join(dir, "auth-secret");
      const first = ensureAuthSecretFile(file);
      expect(first.created).toBe(true);
      expect(first.secret.length).toBeGreaterThanOrEqual(32);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(ensureAuthSecretFile(file)).toEqual({ secret: first.secret, created: false });
      fs.writeFileSync(file, "short\n");
      expect(() => ensureAuthSecretFile(file)).toThrow(/no usable sign-in secret/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
