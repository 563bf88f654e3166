"use client";
/**
 * The pieces of the account forms (sign-in, sign-up, joining a class with a new account): a
 * labelled field whose hint and error are tied to it with aria-describedby, the submit button,
 * and the always-present alert region that announces what went wrong.
 */
import { useFormStatus } from "react-dom";

/** What a server action answers a form with: a message, errors by field, what was typed. */
export interface AccountFormState {
  message?: string;
  fieldErrors?: Partial<Record<string, string>>;
  values?: Partial<Record<string, string>>;
}

export interface FieldProps {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete: string;
  hint?: string;
  required?: boolean;
  state: AccountFormState;
  minLength?: number;
  maxLength?: number;
  /** Prefix of the input's id (ids stay unique when two forms share a page). */
  idPrefix?: string;
}

export function Field({ name, label, type = "text", autoComplete, hint, required, state, minLength, maxLength, idPrefix = "field" }: FieldProps) {
  const error = state.fieldErrors?.[name];
  const id = `${idPrefix}-${name}`;
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

export function Submit({ label, pendingLabel }: { label: string; pendingLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" aria-disabled={pending} className="inline-flex min-h-11 w-full items-center justify-center rounded-md bg-accent px-4 py-2.5 font-semibold text-on-accent hover:opacity-90 sm:w-auto">
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}

/** Always rendered, so screen readers announce the message when it appears. */
export function Problem({ message }: { message?: string }) {
  return (
    <div role="alert" className={message ? "rounded-md border border-l-4 border-bad bg-bad-soft p-3 font-medium" : ""}>
      {message}
    </div>
  );
}
