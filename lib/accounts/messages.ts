/**
 * What the sign-in and sign-up pages say. Sign-in failures read the same
 * whether the account exists or not, so the pages never tell a stranger who
 * has an account.
 */
export const messages = {
  wrongCredentials: "Wrong email/username or password.",
  oneIdentifier: "Fill in your email or your username, not both.",
  missingIdentifier: "Fill in your email or your username.",
  tooManyAttempts: (seconds: number) => `Too many attempts from this network. Wait ${seconds} second${seconds === 1 ? "" : "s"} and try again.`,
  // Without sending email, a sign-up page cannot hide that an address is taken
  // (the new account would have to be refused or merged). It says no more than
  // that, and only to someone within the sign-up rate limit.
  emailUnavailable: "This email can't be used for a new account. If it's yours, sign in instead.",
  usernameTaken: "This username is taken. Choose another one.",
  badOrigin: "This page was opened from an address Muster does not recognise. Open Muster at its usual address and try again.",
  unexpected: "Something went wrong on our side. Try again in a moment.",
} as const;
