/** Runs a zod schema in the browser and turns its issues into one message per field (named by the last path element). */
import type { z } from "zod";
import type { FieldErrors } from "./settings-fields";

export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[issue.path.length - 1] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors;
}

/** "Invalid request: settings.dueAt: The due time…" from the server → { dueAt: "The due time…" }. */
export function serverFieldError(message: string): FieldErrors {
  const match = /^Invalid request: ([\w.]+): (.*)$/.exec(message);
  if (!match) return {};
  const key = match[1]!.split(".").filter((part) => !/^\d+$/.test(part)).pop() ?? "form";
  return { [key]: match[2]! };
}
