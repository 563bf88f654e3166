import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/accounts/return-path";
import { currentUser } from "@/lib/server/auth/session";
import { SignInForm } from "../forms";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { next: rawNext } = await searchParams;
  const next = safeReturnPath(typeof rawNext === "string" ? rawNext : undefined);
  if (await currentUser()) redirect(next);
  const query = next === safeReturnPath(undefined) ? "" : `?next=${encodeURIComponent(next)}`;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Sign in</h1>
        <p className="text-muted">With your email or your username.</p>
      </div>
      <SignInForm next={next} />
      <div className="space-y-1 border-t border-line-soft pt-4 text-sm">
        <p>
          New to Muster?{" "}
          <Link href={`/sign-up${query}`} className="font-medium text-accent underline underline-offset-4">
            Create a student account
          </Link>{" "}
          or{" "}
          <Link href={`/sign-up/teacher${query}`} className="font-medium text-accent underline underline-offset-4">
            a teacher account
          </Link>
          .
        </p>
        <p className="text-muted">Forgot your password? Your teacher can reset it.</p>
      </div>
    </div>
  );
}
