"use client";
import { useActionState } from "react";
import { nameLimits, passwordLimits, usernameLimits } from "@/lib/accounts/validation";
import { Field, Problem, Submit } from "../_components/form-fields";
import { joinClassAction, signUpAndJoinAction, type JoinState } from "./actions";

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

/** An anonymous visitor: a username account on the spot (no email), signed in and in the class. */
export function SignUpAndJoinForm({ code, className }: { code: string; className: string }) {
  const [state, action] = useActionState<JoinState, FormData>(signUpAndJoinAction, {});
  return (
    <form action={action} noValidate className="space-y-5" data-testid="join-sign-up">
      <Problem message={state.message} />
      <input type="hidden" name="code" value={code} />
      <Field idPrefix="join" required
        name="username"
        label="Username"
        autoComplete="username"
        hint={`You sign in with it. ${usernameLimits.min}–${usernameLimits.max} letters or digits; dots, dashes and underscores allowed inside.`}
        minLength={usernameLimits.min}
        maxLength={usernameLimits.max}
        state={state}
      />
      <Field idPrefix="join" required name="password" label="Password" type="password" autoComplete="new-password" hint={`At least ${passwordLimits.min} characters. If you forget it, your teacher can reset it.`} minLength={passwordLimits.min} maxLength={passwordLimits.max} state={state} />
      <Field idPrefix="join" required name="name" label="Your name" autoComplete="name" hint="Your teacher sees it in the class list." maxLength={nameLimits.max} state={state} />
      <Submit label={`Create account and join ${className}`} pendingLabel="Creating your account…" />
    </form>
  );
}
