/**
 * Configuration, read and validated once. Every process (server, scripts,
 * tests) goes through `loadConfig` so a bad setting fails in one place with
 * one clear sentence instead of a stack trace deep inside a library.
 */
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
