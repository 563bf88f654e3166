"use client";
/**
 * The sign-in and sign-up forms. They post to server actions, so they work
 * before (and without) JavaScript; with it, errors appear without a reload.
 * Every control has a visible label; hints and errors are tied to it with
 * aria-describedby; the summary of what went wrong is a role="alert" region.
 */
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { passwordLimits, usernameLimits } from "@/lib/accounts/validation";
import { signInAction, signUpStudentAction, signUpTeacherAction, type FormState } from "./actions";

const initial: FormState = {};

type FieldName = "name" | "email" | "username" | "password";

interface FieldProps {
  name: FieldName;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete: string;
  hint?: string;
  required?: boolean;
  state: FormState;
  minLength?: number;
  maxLength?: number;
}

function Field({ name, label, type = "text", autoComplete, hint, required, state, minLength, maxLength }: FieldProps) {
  const error = state.fieldErrors?.[name];
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        minLength={minLength}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        defaultValue={name === "password" ? undefined : state.values?.[name]}
        spellCheck={false}
        autoCapitalize={type === "text" && name !== "name" ? "none" : undefined}
        className={`block w-full rounded-md border bg-surface px-3 py-2 text-base text-ink ${error ? "border-bad" : "border-line"}`}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-bad">
          {error}
        </p>
      )}
    </div>
  );
}

function Submit({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" aria-disabled={pending} className="w-full rounded-md bg-accent px-4 py-2.5 font-semibold text-on-accent hover:opacity-90 sm:w-auto">
      {label}
    </button>
  );
}

function Problem({ state }: { state: FormState }) {
  // Always rendered, so screen readers announce the message when it appears.
  return (
    <div role="alert" className={state.message ? "rounded-md border border-l-4 border-bad bg-bad-soft p-3 font-medium" : ""}>
      {state.message}
    </div>
  );
}

export function SignInForm({ next }: { next: string }) {
  const [state, action] = useActionState(signInAction, initial);
  return (
    <form action={action} noValidate className="space-y-5" data-testid="sign-in-form">
      <Problem state={state} />
      <input type="hidden" name="next" value={next} />
      <Field name="email" label="Email" type="email" autoComplete="email" hint="Teachers, and students who signed up with an email." state={state} />
      <p className="flex items-center gap-3 text-sm text-muted" aria-hidden="true">
        <span className="h-px flex-1 bg-line-soft" /> or <span className="h-px flex-1 bg-line-soft" />
      </p>
      <Field name="username" label="Username" autoComplete="username" hint="Students who chose a username." state={state} />
      <Field name="password" label="Password" type="password" autoComplete="current-password" required state={state} />
      <Submit label="Sign in" />
    </form>
  );
}

const passwordHint = `At least ${passwordLimits.min} characters. A few unrelated words make a good one.`;

export function StudentSignUpForm({ next }: { next: string }) {
  const [state, action] = useActionState(signUpStudentAction, initial);
  return (
    <form action={action} noValidate className="space-y-5" data-testid="sign-up-form">
      <Problem state={state} />
      <input type="hidden" name="next" value={next} />
      <Field name="name" label="Your name" autoComplete="name" hint="Your teacher sees it." required maxLength={80} state={state} />
      <Field
        name="username"
        label="Username"
        autoComplete="username"
        hint={`You sign in with it. ${usernameLimits.min}–${usernameLimits.max} letters or digits; dots, dashes and underscores allowed inside.`}
        minLength={usernameLimits.min}
        maxLength={usernameLimits.max}
        state={state}
      />
      <Field name="email" label="Email" type="email" autoComplete="email" hint="Optional if you chose a username. Without one, your teacher resets a forgotten password." state={state} />
      <Field name="password" label="Password" type="password" autoComplete="new-password" hint={passwordHint} required minLength={passwordLimits.min} maxLength={passwordLimits.max} state={state} />
      <Submit label="Sign up" />
    </form>
  );
}

export function TeacherSignUpForm({ next }: { next: string }) {
  const [state, action] = useActionState(signUpTeacherAction, initial);
  return (
    <form action={action} noValidate className="space-y-5" data-testid="sign-up-form">
      <Problem state={state} />
      <input type="hidden" name="next" value={next} />
      <Field name="name" label="Your name" autoComplete="name" hint="Your students see it." required maxLength={80} state={state} />
      <Field name="email" label="Email" type="email" autoComplete="email" hint="You sign in with it." required state={state} />
      <Field name="password" label="Password" type="password" autoComplete="new-password" hint={passwordHint} required minLength={passwordLimits.min} maxLength={passwordLimits.max} state={state} />
      <Submit label="Sign up" />
    </form>
  );
}
