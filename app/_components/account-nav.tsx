/** The header's right side: the signed-in user's class pages, who is signed in and "Sign out", or the way in. */
import Link from "next/link";
import { roleLabels } from "@/lib/accounts/roles";
import type { CurrentUser } from "@/lib/server/auth/session";
import { SignOutButton } from "./sign-out-button";

export function AccountNav({ user }: { user: CurrentUser | null }) {
  if (!user) {
    return (
      <div className="ml-auto flex items-center gap-3 text-sm">
        <Link href="/sign-in" className="font-medium text-accent hover:underline">
          Sign in
        </Link>
        {/* Phones: one header row; the sign-in page links to both sign-up pages. */}
        <Link href="/sign-up" className="hidden rounded-md border border-line px-3 py-1 font-medium hover:bg-accent-soft sm:inline-block">
          Sign up
        </Link>
      </div>
    );
  }
  const links = user.role === "teacher" ? [{ href: "/classes", label: "Classes" }, { href: "/articles", label: "Your articles" }] : [{ href: "/classes", label: "Classes" }, { href: "/assignments", label: "Assignments" }];
  return (
    <div className="ml-auto flex min-w-0 flex-wrap items-center justify-end gap-x-4 gap-y-2 text-sm">
      {links.map((item) => (
        <Link key={item.href} href={item.href} className="text-muted hover:underline">
          {item.label}
        </Link>
      ))}
      <div className="flex min-w-0 items-center gap-3" data-testid="signed-in-as">
        <Link href="/account" className="max-w-[9rem] min-w-0 truncate hover:underline sm:max-w-xs">
          <span className="sr-only">Signed in as </span>
          <span className="font-medium">{user.name}</span>
          <span className="hidden text-muted sm:inline"> · {roleLabels[user.role]}</span>
        </Link>
        <SignOutButton compact />
      </div>
    </div>
  );
}
