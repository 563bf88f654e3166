/**
 * Who is being created, decided by our server code, never by the request.
 * The sign-up pages run better-auth inside `withSignUpIntent`; the user-create
 * hook (./instance.ts) reads the role from here. A request that reaches
 * /api/auth/sign-up/email directly has no intent, so it gets the student role
 * and may not use a synthetic address.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { Role } from "../../accounts/roles";

export interface SignUpIntent {
  role: Role;
  /** The account gets a synthetic @students.invalid address (username-only student). */
  syntheticEmail: boolean;
}

const intents = new AsyncLocalStorage<SignUpIntent>();

export function withSignUpIntent<T>(intent: SignUpIntent, run: () => Promise<T>): Promise<T> {
  return intents.run(intent, run);
}

export function currentSignUpIntent(): SignUpIntent | undefined {
  return intents.getStore();
}
