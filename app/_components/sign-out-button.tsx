import { signOutAction } from "../(auth)/actions";

/** A form, so signing out works with the keyboard, without JavaScript, and ends the session on the server. */
export function SignOutButton({ compact = false }: { compact?: boolean }) {
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className={compact ? "rounded-md border border-line px-3 py-1 text-sm font-medium hover:bg-accent-soft" : "rounded-md border border-line px-4 py-2 font-medium hover:bg-accent-soft"}
      >
        Sign out
      </button>
    </form>
  );
}
