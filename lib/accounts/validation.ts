/**
 * The shapes of the sign-in and sign-up forms, checked on the server (the
 * browser's own checks are a convenience). The same limits configure
 * better-auth (lib/server/auth/instance.ts), so a request that skips the
 * forms and calls /api/auth directly meets the same rules.
 */
import { z } from "zod";
import { isSyntheticEmail } from "./identity";

export const passwordLimits = { min: 10, max: 128 } as const;
export const usernameLimits = { min: 3, max: 30 } as const;
export const nameLimits = { max: 80 } as const;
/** Letters, digits, and . _ - inside; starts and ends with a letter or digit. */
export const usernamePattern = /^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/i;

/** Empty form fields arrive as "": treat them as not filled in. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

export const passwordSchema = z
  .string({ error: "Fill in a password." })
  .min(passwordLimits.min, `Use at least ${passwordLimits.min} characters for the password.`)
  .max(passwordLimits.max, `Use at most ${passwordLimits.max} characters for the password.`);

export const usernameSchema = z
  .string()
  .trim()
  .min(usernameLimits.min, `A username has at least ${usernameLimits.min} characters.`)
  .max(usernameLimits.max, `A username has at most ${usernameLimits.max} characters.`)
  .regex(usernamePattern, "A username uses letters, digits, dots, dashes and underscores, and starts and ends with a letter or digit.");

export const emailSchema = z
  .string()
  .trim()
  .max(254, "That email is too long.")
  .pipe(z.email("Fill in an email address such as name@school.org."))
  .refine((email) => !isSyntheticEmail(email), "Fill in an email address such as name@school.org.")
  .transform((email) => email.toLowerCase());

export const nameSchema = z
  .string({ error: "Fill in your name." })
  .trim()
  .min(1, "Fill in your name.")
  .max(nameLimits.max, `A name has at most ${nameLimits.max} characters.`);

/** Sign-in: an email or a username (exactly one), and a password. */
export const signInSchema = z
  .object({
    email: optional(z.string().trim().max(254)),
    username: optional(z.string().trim().max(usernameLimits.max * 4)),
    // Only a length cap here: a too-short password is simply wrong, and says so the same way.
    password: z.string({ error: "Fill in your password." }).min(1, "Fill in your password.").max(passwordLimits.max * 4),
  })
  .superRefine((value, ctx) => {
    if (value.email && value.username) ctx.addIssue({ code: "custom", path: ["username"], message: "Fill in your email or your username, not both." });
    if (!value.email && !value.username) ctx.addIssue({ code: "custom", path: ["email"], message: "Fill in your email or your username." });
  });

export type SignInInput = z.infer<typeof signInSchema>;

/** A student signs up with a username, an email, or both. */
export const studentSignUpSchema = z
  .object({
    name: nameSchema,
    username: optional(usernameSchema),
    email: optional(emailSchema),
    password: passwordSchema,
  })
  .refine((value) => value.username !== undefined || value.email !== undefined, {
    path: ["username"],
    message: "Choose a username, or fill in your email.",
  });

export type StudentSignUpInput = z.infer<typeof studentSignUpSchema>;

/** A teacher signs up with an email. */
export const teacherSignUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export type TeacherSignUpInput = z.infer<typeof teacherSignUpSchema>;

export type FieldErrors = Partial<Record<"name" | "email" | "username" | "password", string>>;

/** The first message per field, for showing beside each control. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if ((field === "name" || field === "email" || field === "username" || field === "password") && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}
