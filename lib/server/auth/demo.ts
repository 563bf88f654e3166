/**
 * Demo accounts for a new install: a teacher and two students (one signs in
 * with a username and has no email, one with an email), each with a random
 * password that `npm start` prints once. Created only while the database has
 * no accounts at all, so they never mix with real ones.
 */
import { randomBytes } from "node:crypto";
import type { Role } from "../../accounts/roles";
import type { AuthConfig, Provider } from "../../env";
import type { Db } from "../db/client";
import { createAuth } from "./instance";
import { withSignUpIntent } from "./sign-up-intent";
import { syntheticEmail } from "../../accounts/identity";

export interface DemoAccount {
  role: Role;
  name: string;
  /** Exactly one of email and username is how the account signs in. */
  email?: string;
  username?: string;
  password: string;
}

/** MUSTER_DEMO=1: always (on an empty database); 0: never; unset: on SQLite only. */
export function demoWanted(setting: AuthConfig["demo"], provider: Provider): boolean {
  return setting === "on" || (setting === "default" && provider === "sqlite");
}

/** 4 groups of 4 letters and digits without look-alikes: 19 characters, ~80 bits. */
export function demoPassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(16);
  const chars = [...bytes].map((byte) => alphabet[byte % alphabet.length]);
  return [0, 4, 8, 12].map((start) => chars.slice(start, start + 4).join("")).join("-");
}

export const demoAccounts: Omit<DemoAccount, "password">[] = [
  { role: "teacher", name: "Demo Teacher", email: "teacher@demo.muster.example" },
  { role: "student", name: "Demo Student", username: "demo-student" },
  { role: "student", name: "Second Student", email: "student@demo.muster.example" },
];

/** Creates the demo accounts when the database has none; returns them with their passwords, or null when it did nothing. */
export async function seedDemoAccounts(database: Db, settings: AuthConfig): Promise<DemoAccount[] | null> {
  if ((await database.user.count()) > 0) return null;
  const instance = createAuth(database, settings);
  const created: DemoAccount[] = [];
  for (const account of demoAccounts) {
    const password = demoPassword();
    const email = account.email ?? syntheticEmail(randomBytes(12).toString("hex"));
    const body = { name: account.name, email, password, ...(account.username ? { username: account.username, displayUsername: account.username } : {}) };
    await withSignUpIntent({ role: account.role, syntheticEmail: account.email === undefined }, () => instance.api.signUpEmail({ body }));
    created.push({ ...account, password });
  }
  // Signing up also signs in; nobody holds those sessions.
  await database.session.deleteMany({});
  return created;
}

/** The lines `npm start` prints. */
export function describeDemoAccounts(accounts: DemoAccount[]): string[] {
  return [
    "demo accounts created; their passwords are shown this once (MUSTER_DEMO=0 turns this off):",
    ...accounts.map((account) => `  ${account.role.padEnd(7)}  ${account.email ? `Email: ${account.email}` : `Username: ${account.username}`}  Password: ${account.password}`),
  ];
}
