/**
 * better-auth, configured for Muster: email + password for everyone, a
 * username instead of an email for students who have none, argon2id hashes,
 * database sessions, sign-in/sign-up rate limits counted in the database (so
 * they hold across instances), and better-auth's origin check left on.
 */
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { username } from "better-auth/plugins";
import { isSyntheticEmail } from "../../accounts/identity";
import { defaultRole } from "../../accounts/roles";
import { nameLimits, passwordLimits, usernameLimits, usernamePattern } from "../../accounts/validation";
import { authConfig, config, type AuthConfig, type Provider } from "../../env";
import { db, providerOf, type Db } from "../db/client";
import { hashPassword, verifyPassword } from "./password";
import { forgetSessionToken } from "./session-cache";
import { currentSignUpIntent } from "./sign-up-intent";

const day = 24 * 60 * 60;

/** The forms check names with zod; this holds the same line for requests that call /api/auth directly. */
function assertName(name: unknown) {
  if (typeof name !== "string" || name.trim() === "" || name.length > nameLimits.max) {
    throw new APIError("BAD_REQUEST", { message: `A name has 1 to ${nameLimits.max} characters.`, code: "INVALID_NAME" });
  }
}

/** Every request to these paths counts against the per-address limit. */
export const rateLimitedPaths = ["/sign-in/*", "/sign-up/*"] as const;

function makeAuth(database: Db, provider: Provider, settings: AuthConfig) {
  const attempts = { window: settings.rateLimit.windowSeconds, max: settings.rateLimit.max };
  return betterAuth({
    appName: "Muster",
    baseURL: settings.baseURL,
    basePath: "/api/auth",
    secret: settings.secret,
    trustedOrigins: settings.trustedOrigins,
    database: prismaAdapter(database, { provider, transaction: true }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: passwordLimits.min,
      maxPasswordLength: passwordLimits.max,
      autoSignIn: true,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: {
      expiresIn: settings.sessionDays * day,
      // Using Muster extends the session at most once a day (one write, not one per page).
      updateAge: Math.min(day, (settings.sessionDays * day) / 2),
    },
    user: {
      additionalFields: {
        // input: false: sign-up and update-user bodies cannot set it; the create hook below does.
        role: { type: "string", required: false, defaultValue: defaultRole, input: false },
      },
      changeEmail: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      // Other auth routes (session reads, sign-out) get a generous limit; sign-in and sign-up the configured one.
      window: 60,
      max: 300,
      customRules: Object.fromEntries(rateLimitedPaths.map((path) => [path, attempts])),
    },
    advanced: {
      // Stated, because better-auth turns the origin check off by itself under NODE_ENV=test.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      ipAddress: settings.trustedProxies.length ? { trustedProxies: settings.trustedProxies } : undefined,
    },
    databaseHooks: {
      session: {
        delete: {
          // Sign-out (and any revocation): route handlers' short session cache forgets the token now.
          after: async (session) => {
            forgetSessionToken(session.token);
          },
        },
      },
      user: {
        create: {
          before: async (user) => {
            assertName(user.name);
            const intent = currentSignUpIntent();
            if (typeof user.email === "string" && isSyntheticEmail(user.email) && !intent?.syntheticEmail) {
              throw new APIError("BAD_REQUEST", { message: "This email address is reserved.", code: "RESERVED_EMAIL" });
            }
            return { data: { ...user, role: intent?.role ?? defaultRole } };
          },
        },
        update: {
          before: async (user) => {
            if ("name" in user) assertName(user.name);
            return { data: user };
          },
        },
      },
    },
    plugins: [
      username({
        minUsernameLength: usernameLimits.min,
        maxUsernameLength: usernameLimits.max,
        usernameValidator: (name) => usernamePattern.test(name),
      }),
    ],
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof makeAuth>;

// Kept on the instance under a registered symbol: every copy of this module the build makes finds it.
const databaseKey = Symbol.for("muster.auth.database");

function withDatabase(instance: Auth, database: Db): Auth {
  Object.defineProperty(instance, databaseKey, { value: database, enumerable: false });
  return instance;
}

/** The database an instance keeps its sessions in (./session.ts checks a cached session's row there). */
export function databaseOfAuth(instance: Auth): Db | null {
  return (instance as unknown as Record<symbol, Db | undefined>)[databaseKey] ?? null;
}

/** An instance on an explicit database: tests and scripts (two of them on one database act as two app instances). */
export function createAuth(database: Db, settings: AuthConfig): Auth {
  return withDatabase(makeAuth(database, providerOf(database), settings), database);
}

// Next.js dev reloads modules; keep the instance on globalThis so reloads reuse it.
const globalForAuth = globalThis as unknown as { musterAuth?: Auth };

/** The process-wide instance for the configured database. */
export function auth(): Auth {
  globalForAuth.musterAuth ??= withDatabase(makeAuth(db(), config().database.provider, authConfig()), db());
  return globalForAuth.musterAuth;
}
