/**
 * Configuration, read and validated once. Every process (server, scripts,
 * tests) goes through `loadConfig` so a bad setting fails in one place with
 * one clear sentence instead of a stack trace deep inside a library.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { z } from "zod";

export class ConfigError extends Error {
  override name = "ConfigError";
}

const rawSchema = z.object({
  DATABASE_URL: z.string().trim().min(1).default("file:./data/muster.db"),
  DATABASE_POOL_SIZE: z.string().trim().default("10"),
  DATABASE_CONNECT_TIMEOUT_MS: z.string().trim().default("5000"),
  PORT: z.string().trim().default("3000"),
  HOSTNAME: z.string().trim().min(1).default("0.0.0.0"),
  CONTENT_DIR: z.string().trim().min(1).default("content"),
});

export type DatabaseConfig =
  | {
      provider: "sqlite";
      /** The URL as given, e.g. "file:./data/muster.db". */
      url: string;
      /** Absolute path of the SQLite file. */
      file: string;
    }
  | {
      provider: "postgresql";
      /** The URL as given, e.g. "postgresql://muster@db:5432/muster". */
      url: string;
      /** Connections per app process (pg's pool `max`). */
      poolSize: number;
      /** How long to wait for a connection before failing (pg's `connectionTimeoutMillis`; pg's own default waits forever). */
      connectTimeoutMs: number;
    };

export type Provider = DatabaseConfig["provider"];

export interface Config {
  /** The URL as given, e.g. "file:./data/muster.db". */
  databaseUrl: string;
  database: DatabaseConfig;
  port: number;
  hostname: string;
  /** Absolute path of the folder of articles. */
  contentDir: string;
  /** The repository root every relative path is resolved against. */
  rootDir: string;
}

const supported = "Muster supports SQLite file: URLs and PostgreSQL postgresql:// URLs (for example file:./data/muster.db or postgresql://muster@localhost:5432/muster)";

/** Turns "file:./data/muster.db" into an absolute path; relative paths start at the project root. */
export function sqliteFileFromUrl(url: string, rootDir: string): string {
  if (!url.startsWith("file:")) {
    throw new ConfigError(`DATABASE_URL "${url}" is not a SQLite file: URL (for example file:./data/muster.db).`);
  }
  // Strip "file:" and an optional "//" authority, and any "?connection_limit=…" options.
  const withoutScheme = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
  const filePath = withoutScheme.split("?")[0] ?? "";
  if (filePath === "" || filePath.endsWith("/")) {
    throw new ConfigError(`DATABASE_URL "${url}" does not name a database file (for example file:./data/muster.db).`);
  }
  if (filePath === ":memory:") {
    throw new ConfigError(`DATABASE_URL "${url}" is an in-memory database; Muster needs a file to keep progress.`);
  }
  return path.resolve(rootDir, filePath);
}

/** The URL with its password replaced by "***": safe for logs and error messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
  }
}

/** Checks a postgresql:// URL enough that a typo fails here, not as a timeout later. */
export function checkPostgresUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`DATABASE_URL "${redactUrl(url)}" is not a valid PostgreSQL URL (for example postgresql://muster@localhost:5432/muster).`);
  }
  if (!parsed.hostname && !parsed.searchParams.get("host")) {
    throw new ConfigError(`DATABASE_URL "${redactUrl(url)}" names no server (for example postgresql://muster@localhost:5432/muster).`);
  }
  if (decodeURIComponent(parsed.pathname.replace(/^\//, "")) === "") {
    throw new ConfigError(`DATABASE_URL "${redactUrl(url)}" names no database (for example postgresql://muster@localhost:5432/muster).`);
  }
  const schema = parsed.searchParams.get("schema");
  if (schema !== null && schema !== "public") {
    throw new ConfigError(`DATABASE_URL "${redactUrl(url)}" asks for schema "${schema}", but Muster keeps its tables in the database's public schema; give Muster its own database instead.`);
  }
}

/** An integer setting within bounds, or one sentence saying what is wrong. */
function integerSetting(name: string, value: string, min: number, max: number, unit = ""): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ConfigError(`${name} "${value}" is not a whole number between ${min} and ${max}${unit}.`);
  }
  return Number(value);
}

export function databaseFromUrl(raw: { DATABASE_URL: string; DATABASE_POOL_SIZE: string; DATABASE_CONNECT_TIMEOUT_MS: string }, rootDir: string): DatabaseConfig {
  const url = raw.DATABASE_URL;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === "file") return { provider: "sqlite", url, file: sqliteFileFromUrl(url, rootDir) };
  if (scheme === "postgresql" || scheme === "postgres") {
    checkPostgresUrl(url);
    return {
      provider: "postgresql",
      url,
      poolSize: integerSetting("DATABASE_POOL_SIZE", raw.DATABASE_POOL_SIZE, 1, 1000),
      connectTimeoutMs: integerSetting("DATABASE_CONNECT_TIMEOUT_MS", raw.DATABASE_CONNECT_TIMEOUT_MS, 1, 600_000, " (milliseconds)"),
    };
  }
  throw new ConfigError(
    scheme ? `DATABASE_URL uses "${scheme}:", but ${supported}.` : `DATABASE_URL "${url}" is not a URL; ${supported}.`,
  );
}

export function loadConfig(source: Record<string, string | undefined> = process.env, rootDir = process.cwd()): Config {
  const parsed = rawSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid configuration: ${issue?.path.join(".") ?? "environment"} ${issue?.message ?? ""}.`);
  }
  const raw = parsed.data;
  if (!/^\d+$/.test(raw.PORT) || Number(raw.PORT) < 1 || Number(raw.PORT) > 65535) {
    throw new ConfigError(`PORT "${raw.PORT}" is not a port number between 1 and 65535.`);
  }
  return {
    databaseUrl: raw.DATABASE_URL,
    database: databaseFromUrl(raw, rootDir),
    port: Number(raw.PORT),
    hostname: raw.HOSTNAME,
    contentDir: path.resolve(rootDir, raw.CONTENT_DIR),
    rootDir,
  };
}

let cached: Config | undefined;

/** The process's configuration, validated on first use. */
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}

/** Accounts (better-auth): lib/server/auth/instance.ts. */
export interface AuthConfig {
  /** Signs session cookies; the same on every instance that shares a database. */
  secret: string;
  /** The public address (AUTH_URL), default http://localhost:PORT. */
  baseURL: string;
  /** Origins allowed to post to the sign-in and sign-up routes besides baseURL: AUTH_TRUSTED_ORIGINS and this machine's loopback addresses. */
  trustedOrigins: string[];
  /** A session lasts this long without use; each day of use extends it. */
  sessionDays: number;
  /** Sign-in and sign-up attempts per client address and window, counted in the database. */
  rateLimit: { max: number; windowSeconds: number };
  /** Reverse proxies whose X-Forwarded-For entries are skipped to find the client (IPs or CIDR ranges). */
  trustedProxies: string[];
  /** MUSTER_DEMO: "1" on, "0" off, unset: on for a new SQLite database only. */
  demo: "on" | "off" | "default";
}

const authSchema = z.object({
  NODE_ENV: z.string().optional(),
  PORT: z.string().trim().default("3000"),
  AUTH_SECRET: z.string().trim().optional(),
  AUTH_URL: z.string().trim().optional(),
  AUTH_TRUSTED_ORIGINS: z.string().trim().default(""),
  AUTH_SESSION_DAYS: z.string().trim().default("7"),
  // A class behind one school address signs in (or joins) at the start of a lesson: 60 a minute fits 30 students twice over.
  AUTH_RATE_LIMIT_MAX: z.string().trim().default("60"),
  AUTH_RATE_LIMIT_WINDOW_SECONDS: z.string().trim().default("60"),
  AUTH_TRUSTED_PROXIES: z.string().trim().default(""),
  MUSTER_DEMO: z.string().trim().default(""),
});

/** Shortest AUTH_SECRET accepted: 32 characters (better-auth's own floor). */
export const minAuthSecretLength = 32;

function originOf(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} "${value}" is not a URL (for example https://muster.example.org).`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new ConfigError(`${name} "${value}" is not an http:// or https:// address.`);
  return url.origin;
}

const globalForSecret = globalThis as unknown as { musterDevAuthSecret?: string };

export function loadAuthConfig(source: Record<string, string | undefined> = process.env): AuthConfig {
  const parsed = authSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid configuration: ${issue?.path.join(".") ?? "environment"} ${issue?.message ?? ""}.`);
  }
  const raw = parsed.data;
  const production = raw.NODE_ENV === "production";
  let secret = raw.AUTH_SECRET ?? "";
  if (secret === "") {
    if (production) {
      throw new ConfigError(`AUTH_SECRET is not set: give it ${minAuthSecretLength} or more random characters (for example: openssl rand -base64 32), the same on every instance. npm start creates and keeps one for a SQLite database.`);
    }
    // Development and tests: a fresh secret per process (sessions end when it restarts).
    globalForSecret.musterDevAuthSecret ??= randomBytes(32).toString("base64url");
    secret = globalForSecret.musterDevAuthSecret;
  } else if (secret.length < minAuthSecretLength) {
    throw new ConfigError(`AUTH_SECRET has ${secret.length} characters; use at least ${minAuthSecretLength} random characters (for example: openssl rand -base64 32).`);
  }
  const baseURL = raw.AUTH_URL ? originOf("AUTH_URL", raw.AUTH_URL) : `http://localhost:${raw.PORT}`;
  const listed = raw.AUTH_TRUSTED_ORIGINS.split(",").map((entry) => entry.trim()).filter(Boolean).map((entry) => originOf("AUTH_TRUSTED_ORIGINS", entry));
  // The machine itself may always sign in (a browser on the server, the tests).
  const trustedOrigins = [...new Set([...listed, `http://localhost:${raw.PORT}`, `http://127.0.0.1:${raw.PORT}`])];
  const trustedProxies = raw.AUTH_TRUSTED_PROXIES.split(",").map((entry) => entry.trim()).filter(Boolean);
  for (const proxy of trustedProxies) {
    if (!/^[0-9a-f:.]+(\/\d{1,3})?$/i.test(proxy)) throw new ConfigError(`AUTH_TRUSTED_PROXIES entry "${proxy}" is not an IP address or CIDR range (for example 10.0.0.0/8).`);
  }
  if (!["", "0", "1"].includes(raw.MUSTER_DEMO)) throw new ConfigError(`MUSTER_DEMO "${raw.MUSTER_DEMO}" is neither 0 (no demo accounts) nor 1 (demo accounts).`);
  return {
    secret,
    baseURL,
    trustedOrigins,
    sessionDays: integerSetting("AUTH_SESSION_DAYS", raw.AUTH_SESSION_DAYS, 1, 365, " (days)"),
    rateLimit: {
      max: integerSetting("AUTH_RATE_LIMIT_MAX", raw.AUTH_RATE_LIMIT_MAX, 1, 10_000),
      windowSeconds: integerSetting("AUTH_RATE_LIMIT_WINDOW_SECONDS", raw.AUTH_RATE_LIMIT_WINDOW_SECONDS, 1, 86_400, " (seconds)"),
    },
    trustedProxies,
    demo: raw.MUSTER_DEMO === "1" ? "on" : raw.MUSTER_DEMO === "0" ? "off" : "default",
  };
}

let cachedAuth: AuthConfig | undefined;

/** The process's account settings, validated on first use. */
export function authConfig(): AuthConfig {
  cachedAuth ??= loadAuthConfig();
  return cachedAuth;
}

/** `npm run bench` starts its server with MUSTER_BENCH=1 to expose the bare baseline route; never set in production. */
export function benchRoutesEnabled(source: Record<string, string | undefined> = process.env): boolean {
  return source.MUSTER_BENCH === "1";
}
