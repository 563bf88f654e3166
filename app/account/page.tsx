import type { Metadata } from "next";
import Link from "next/link";
import { roleLabels } from "@/lib/accounts/roles";
import { requireUser } from "@/lib/server/auth/session";
import { SignOutButton } from "../_components/sign-out-button";

export const metadata: Metadata = { title: "Your account" };

const whatYouCanDo = {
  student: ["Practise any battle or war; every answer is checked against its source.", "Flashcards and your progress will be kept with this account as soon as the study pages open."],
  teacher: ["Practise and preview every question Muster asks, with the source line it came from.", "Classes and assignments are next: your students will join with a code, and you will reset their passwords."],
} as const;

export default async function AccountPage() {
  const user = await requireUser({ returnTo: "/account" });
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">Your account</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-line-soft bg-surface p-4" data-testid="account-details">
        <dt className="text-muted">Name</dt>
        <dd className="font-medium">{user.name}</dd>
        <dt className="text-muted">Role</dt>
        <dd className="font-medium">{roleLabels[user.role]}</dd>
        {user.username && (
          <>
            <dt className="text-muted">Username</dt>
            <dd className="font-medium">{user.username}</dd>
          </>
        )}
        {user.email && (
          <>
            <dt className="text-muted">Email</dt>
            <dd className="font-medium break-all">{user.email}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="can-do" className="space-y-2">
        <h2 id="can-do" className="text-lg font-semibold">
          What you can do
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {whatYouCanDo[user.role].map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <p>
        <Link href="/practice" className="font-medium text-accent underline underline-offset-4 hover:decoration-2">
          Start practising
        </Link>
      </p>
      <SignOutButton />
    </div>
  );
}
