/** The shapes of class forms and requests, checked on the server (the browser's checks are a convenience). */
import { z } from "zod";
import { passwordSchema } from "../accounts/validation";
import { normaliseJoinCode } from "./join-code";

export const classNameLimits = { max: 80 } as const;

export const classNameSchema = z
  .string({ error: "Fill in a name for the class." })
  .transform((name) => name.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, "Fill in a name for the class.").max(classNameLimits.max, `A class name has at most ${classNameLimits.max} characters.`));

/** Database ids (cuid) and better-auth's user ids: short, URL-safe. */
export const idSchema = z.string().min(1, "Missing id.").max(100, "That id is too long.").regex(/^[A-Za-z0-9_-]+$/, "That is not an id.");

/** A typed join code, normalised (case, spaces, dashes, look-alikes); the message says what is wrong with it. */
export const joinCodeSchema = z
  .string({ error: "Type the join code your teacher gave you." })
  .max(100, "That is too long for a join code.")
  .transform((typed, ctx) => {
    const result = normaliseJoinCode(typed);
    if (result.ok) return result.code;
    ctx.addIssue({ code: "custom", message: result.message });
    return z.NEVER;
  });

export const createClassSchema = z.object({ name: classNameSchema });
export const renameClassSchema = z.object({ name: classNameSchema });
export const archiveClassSchema = z.object({ archived: z.boolean() });
export const joinClassSchema = z.object({ code: joinCodeSchema });

/** A teacher resets a student's password: a generated one (empty / absent) or one they type. */
export const resetPasswordSchema = z.object({
  password: z.preprocess((value) => (typeof value === "string" && value === "" ? undefined : value), passwordSchema.optional()),
});

export type CreateClassInput = z.infer<typeof createClassSchema>;
