/**
 * The two providers' schemas cannot drift: the models exist once, in
 * prisma/models, and each provider folder adds only its datasource and client
 * output. The generated clients must match those models (a stale client fails
 * here), and the migrations of each provider must produce them
 * (migrations.test.ts, on both providers).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as postgres from "../../lib/generated/postgres/client";
import * as sqlite from "../../lib/generated/sqlite/client";
import { modelsDir, prismaDir, providers, schemaLayout } from "../../lib/server/db/migrate";
import { readSchema } from "../../lib/server/db/schema-engine";

const modelFiles = fs
  .readdirSync(modelsDir)
  .filter((file) => file.endsWith(".prisma"))
  .map((file) => path.join(modelsDir, file));
const modelsText = modelFiles.map((file) => fs.readFileSync(file, "utf8")).join("\n");

/** Block names by kind, read from Prisma schema text. */
function blocks(text: string, kind: string): string[] {
  return [...text.matchAll(new RegExp(`^\\s*${kind}\\s+(\\w+)\\s*\\{`, "gm"))].map((m) => m[1]!);
}

/** Scalar field names of each model, in order (relation fields are those typed with a model). */
function scalarFields(text: string): Record<string, string[]> {
  const models = new Set(blocks(text, "model"));
  const result: Record<string, string[]> = {};
  for (const [, name, body] of text.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    result[name!] = body!
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => /^\w+\s+\w/.test(line))
      .map((line) => line.split(/\s+/) as [string, string])
      .filter(([, type]) => !models.has(type.replace(/[?[\]]/g, "")))
      .map(([field]) => field);
  }
  return result;
}

/** Every .prisma file under prisma/, not following symlinks. */
function prismaFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return prismaFiles(file);
    return entry.isFile() && entry.name.endsWith(".prisma") ? [file] : [];
  });
}

describe("the provider schemas", () => {
  it("keep every model in prisma/models; the provider folders add only a generator and a datasource", () => {
    expect(blocks(modelsText, "model").length).toBeGreaterThan(0);
    expect(prismaFiles(prismaDir).sort()).toEqual([...modelFiles, ...providers.map((p) => path.join(schemaLayout(p).schemaDir, "schema.prisma"))].sort());
    for (const provider of providers) {
      const text = fs.readFileSync(path.join(schemaLayout(provider).schemaDir, "schema.prisma"), "utf8");
      for (const kind of ["model", "enum", "view", "type"]) expect(blocks(text, kind), `${kind} in ${provider}/schema.prisma`).toEqual([]);
      expect(blocks(text, "generator")).toEqual(["client"]);
      expect(blocks(text, "datasource")).toEqual(["db"]);
      expect(text).toMatch(new RegExp(`provider\\s*=\\s*"${provider}"`));
    }
    // ...and no model file sneaks one in.
    expect(blocks(modelsText, "generator")).toEqual([]);
    expect(blocks(modelsText, "datasource")).toEqual([]);
  });

  it("load the very same model files in both providers (the models links point at prisma/models)", () => {
    const loaded = (provider: (typeof providers)[number]) =>
      readSchema(schemaLayout(provider).schemaDir)
        .filter((file) => path.basename(file.path) !== "schema.prisma")
        .map((file) => ({ real: fs.realpathSync(file.path), content: file.content }));
    const expected = modelFiles.map((file) => ({ real: fs.realpathSync(file), content: fs.readFileSync(file, "utf8") }));
    for (const provider of providers) expect(loaded(provider)).toEqual(expected);
  });

  it("use no provider-specific types or features in the models", () => {
    // Native types (@db.…), Unsupported(…), multi-schema, extensions and scalar lists exist on one provider only.
    const code = modelsText.replace(/\/\/.*$/gm, ""); // comments may name them
    expect(code).not.toMatch(/@db\.|Unsupported\(|@@schema|extensions\s*=|\b(?:String|Int|BigInt|Float|Decimal|Boolean|DateTime|Json|Bytes)\[\]/);
  });

  it("generated both clients from the current models (run `npm run db:generate` if this fails)", () => {
    const fields = scalarFields(modelsText);
    for (const [name, client] of [
      ["sqlite", sqlite.Prisma],
      ["postgres", postgres.Prisma],
    ] as const) {
      expect(Object.keys(client.ModelName), name).toEqual(Object.keys(fields));
      for (const [model, scalars] of Object.entries(fields)) {
        const generated = (client as unknown as Record<string, Record<string, string>>)[`${model}ScalarFieldEnum`];
        expect(Object.keys(generated ?? {}), `${name} ${model}`).toEqual(scalars);
      }
    }
  });
});
