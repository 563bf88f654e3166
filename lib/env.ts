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
  PORT: z.string().trim().default("3000"),
  HOSTNAME: z.string().trim().min(1).default("0.0.0.0"),
  CONTENT_DIR: z.string().trim().min(1).default("content"),
});

export interface Config {
  /** The URL as given, e.g. "file:./data/muster.db". */
  databaseUrl: string;
  provider: "sqlite";
  /** Absolute path of the SQLite file. */
  databaseFile: string;
  port: number;
  hostname: string;
  /** Absolute path of the folder of articles. */
  contentDir: string;
  /** The repository root every relative path is resolved against. */
  rootDir: string;
}

/** Turns "file:./data/muster.db" into an absolute path; relative paths start at the project root. */
export function sqliteFileFromUrl(url: string, rootDir: string): string {
  if (!url.startsWith("file:")) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
    throw new ConfigError(
      scheme
        ? `DATABASE_URL uses "${scheme}:", but Muster supports only SQLite "file:" URLs for now (for example file:./data/muster.db).`
        : `DATABASE_URL "${url}" is not a URL; use a SQLite file URL such as file:./data/muster.db.`,
    );
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
    provider: "sqlite",
    databaseFile: sqliteFileFromUrl(raw.DATABASE_URL, rootDir),
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
