/**
 * Database errors the data layer turns into answers ("this name is taken"),
 * read the same way on both providers. Prisma reports a unique violation as
 * P2002 on both, but the details differ: SQLite names the columns
 * (`constraint.fields: ["file"]`), PostgreSQL names the index
 * (`constraint.index: "SourceArticle_file_key"`).
 */
import { Prisma } from "../../generated/sqlite/client";

export interface UniqueViolation {
  /** The Prisma model, e.g. "SourceArticle". */
  model: string;
  /** The fields of the unique constraint, in schema order, e.g. ["file"] or ["eventId", "index"]. */
  fields: string[];
}

interface DriverCause {
  kind?: string;
  constraint?: { fields?: string[]; index?: string };
  table?: string;
}

/**
 * Fields from an index name Prisma generated: `<Model>_<field>_<field>_key`,
 * or `<Model>_pkey` for the primary key (our models call it `id`). Field names
 * are camelCase (no underscores), which makes the split exact.
 */
function fieldsFromIndexName(model: string, index: string): string[] | null {
  if (index === `${model}_pkey`) return ["id"];
  const match = new RegExp(`^${model.replace(/[^\w]/g, "\\$&")}_(.+)_key$`).exec(index);
  return match?.[1] ? match[1].split("_") : null;
}

/** The violated unique constraint, or null when `error` is something else. */
export function uniqueViolation(error: unknown): UniqueViolation | null {
  // Both generated clients share one runtime, so this class matches errors from either.
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const meta = (error.meta ?? {}) as { modelName?: string; target?: string[] | string; driverAdapterError?: { cause?: DriverCause } };
  const cause = meta.driverAdapterError?.cause;
  const model = meta.modelName ?? cause?.table ?? "";
  const fields =
    cause?.constraint?.fields ??
    (cause?.constraint?.index ? fieldsFromIndexName(model, cause.constraint.index) : null) ??
    (Array.isArray(meta.target) ? meta.target : null) ??
    [];
  return { model, fields };
}
