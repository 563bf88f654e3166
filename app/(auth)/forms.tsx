"use client";
/**
 * The sign-in and sign-up forms. They post to server actions, so they work
 * before (and without) JavaScript; with it, errors appear without a reload.
 * Every control has a visible label; hints and errors are tied to it with
 * aria-describedby; the summary of what went wrong is a role="alert" region.
 */
import { useActionState } from "react";
import { passwordLimits, usernameLimits } from "@/lib/accounts/validation";
import { Field, Problem, Submit } from "../_components/form-fields";
import { signInAction, signUpStudentAction, signUpTeacherAction, type FormState } from "./actions";

const initial: FormState = {};

export function SignInForm({ next }: { next: string }) {
  const [state, action] = useActionState(signInAction, initial);
  return (
    <form action={action} noValidate className="space-y-5" data-testid="sign-in-form">
      <Problem message={state.message} />
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
      <Problem message={state.message} />
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
      <Problem message={state.message} />
      <input type="hidden" name="next" value={next} />
      <Field name="name" label="Your name" autoComplete="name" hint="Your students see it." required maxLength={80} state={state} />
      <Field name="email" label="Email" type="email" autoComplete="email" hint="You sign in with it." required state={state} />
      <Field name="password" label="Password" type="password" autoComplete="new-password" hint={passwordHint} required minLength={passwordLimits.min} maxLength={passwordLimits.max} state={state} />
      <Submit label="Sign up" />
    </form>
  );
}
