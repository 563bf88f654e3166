/** What the classes route handlers share: ClassError, BodyError and ZodError become their 4xx answers. */
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { BodyError } from "../request-body";
import { jsonError } from "../study/http";
import { ClassError } from "./errors";

export { parseBody } from "../study/http";

export function classErrorResponse(error: unknown): NextResponse {
  if (error instanceof ClassError || error instanceof BodyError) return jsonError(error.message, error.status);
  if (error instanceof ZodError) return jsonError(`Invalid request: ${error.issues[0]?.message ?? "wrong shape"}`, 400);
  throw error;
}
