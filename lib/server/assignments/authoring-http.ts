/** What the assignment-draft route handlers share: error answers (AuthoringError → its status) and id checks. */
import type { NextResponse } from "next/server";
import { ZodError } from "zod";
import { BodyError } from "../request-body";
import { jsonError } from "../study/http";
import { AuthoringError } from "./authoring";

export { jsonError, parseBody } from "../study/http";

/** AuthoringError, BodyError and ZodError become their 4xx answers; anything else is our fault. */
export function authoringErrorResponse(error: unknown): NextResponse {
  if (error instanceof AuthoringError || error instanceof BodyError) return jsonError(error.message, error.status);
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    return jsonError(`Invalid request: ${issue?.path.join(".") || "body"}: ${issue?.message ?? "wrong shape"}`, 400);
  }
  throw error;
}

/** Path ids are cuids or client ids: anything else cannot name a row. */
export function badId(...ids: string[]): NextResponse | null {
  return ids.every((id) => /^[\w-]{1,100}$/.test(id)) ? null : jsonError("No such assignment.", 404);
}
