"use client";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { nameLimits, passwordLimits, usernameLimits } from "@/lib/accounts/validation";
import { joinClassAction, signUpAndJoinAction, type JoinState } from "./actions";

const primaryButton = "inline-flex min-h-11 items-center justify-center rounded-md bg-accent px-4 py-2.5 font-semibold text-on-accent hover:opacity-90";

function Submit({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" aria-disabled={pending} className={`${primaryButton} w-full sm:w-auto`}>
      {pending ? pendingLabel : label}
    </button>
  );
}

function Problem({ message }: { message?: string }) {
  return (
    <div role="alert" className={message ? "rounded-md border border-l-4 border-bad bg-bad-soft p-3 font-medium" : ""}>
      {message}
    </div>
  );
}

/** A signed-in student confirms. */
export function JoinConfirmForm({ code, label }: { code: string; label: string }) {
  const [state, action] = useActionState<JoinState, FormData>(joinClassAction, {});
  return (
    <form action={action} className="space-y-4" data-testid="join-confirm">
      <Problem message={state.message} />
      <input type="hidden" name="code" value={code} />
      <Submit label={label} pendingLabel="Joining…" />
    </form>
  );
}

type FieldName = "name" | "username" | "password";

function Field({ name, label, hint, state, type = "text", autoComplete, minLength, maxLength }: { name: FieldName; label: string; hint?: string; state: JoinState; type?: "text" | "password"; autoComplete: string; minLength?: number; maxLength?: number }) {
  const id = `join-${name}`;
  const error = state.fieldErrors?.[name];
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
        required
        autoComplete={autoComplete}
        minLength={minLength}
        maxLength={maxLength}
        spellCheck={false}
        autoCapitalize={name === "username" ? "none" : undefined}
        defaultValue={name === "password" ? undefined : state.values?.[name]}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
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

/** An anonymous visitor: a username account on the spot (no email), signed in and in the class. */
export function SignUpAndJoinForm({ code, className }: { code: string; className: string }) {
  const [state, action] = useActionState<JoinState, FormData>(signUpAndJoinAction, {});
  return (
    <form action={action} noValidate className="space-y-5" data-testid="join-sign-up">
      <Problem message={state.message} />
      <input type="hidden" name="code" value={code} />
      <Field
        name="username"
        label="Username"
        autoComplete="username"
        hint={`You sign in with it. ${usernameLimits.min}–${usernameLimits.max} letters or digits; dots, dashes and underscores allowed inside.`}
        minLength={usernameLimits.min}
        maxLength={usernameLimits.max}
        state={state}
      />
      <Field name="password" label="Password" type="password" autoComplete="new-password" hint={`At least ${passwordLimits.min} characters. If you forget it, your teacher can reset it.`} minLength={passwordLimits.min} maxLength={passwordLimits.max} state={state} />
      <Field name="name" label="Your name" autoComplete="name" hint="Your teacher sees it in the class list." maxLength={nameLimits.max} state={state} />
      <Submit label={`Create account and join ${className}`} pendingLabel="Creating your account…" />
    </form>
  );
}
