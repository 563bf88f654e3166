/** What the attempt route handlers share: the study helpers plus AttemptError's 4xx answers, and the answer shapes. */
import { z } from "zod";
import { errorResponse, jsonError } from "../study/http";
import { AttemptError } from "./attempts-access";

export { parseBody } from "../study/http";

export function attemptErrorResponse(error: unknown) {
  if (error instanceof AttemptError) return jsonError(error.message, error.status);
  return errorResponse(error);
}

/** Route ids: cuid-like strings; anything else cannot exist (404 from the data layer after a length check). */
export const idSchema = z.string().min(1).max(100);

export const userAnswerSchema = z.union([z.string().max(500), z.boolean(), z.array(z.string().max(200)).max(50), z.record(z.string().max(200), z.string().max(200))]);

export const answerBodySchema = z.object({
  questionId: idSchema,
  answer: userAnswerSchema,
  clientId: z.string().min(8).max(100),
  timeTakenMs: z.number().int().min(0).max(86_400_000).nullish(),
});

export const noteSchema = z.string().trim().max(1000).default("");
export const contestBodySchema = z.object({ note: noteSchema });
export const reportBodySchema = z.object({ questionId: idSchema, note: noteSchema });
