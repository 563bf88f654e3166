/** What the "new assignment" form sends: a client-generated id (a retried create finds its draft), the mode, the blueprint and the settings. */
import { z } from "zod";
import { blueprintInputSchema, MODES, type AssignmentMode } from "./blueprint";
import { settingsSchema } from "./settings";

/** Ids the browser generates for a new draft (crypto.randomUUID fits). */
export const clientIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "8–64 letters, digits, - or _");

export const draftInputSchema = z.object({
  id: clientIdSchema.optional(),
  mode: z.enum(MODES as [AssignmentMode, ...AssignmentMode[]]),
  blueprint: blueprintInputSchema,
  settings: settingsSchema,
});

export type DraftInput = z.output<typeof draftInputSchema>;
