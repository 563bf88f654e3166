import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { currentUser } from "@/lib/server/auth/session";
import { AccountNav } from "./_components/account-nav";
import { SaveProgressBanner } from "./_components/save-progress";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Muster", template: "%s · Muster" },
  description: "Learn military history from its facts: sourced quizzes and flashcards built from battle articles.",
};

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  // Read on the server for every page: the header says who is signed in.
  const user = await currentUser();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-surface focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-line bg-surface">
          <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:gap-x-6">
            <Link href="/" className="font-serif text-xl font-bold tracking-tight text-accent">
              Muster
            </Link>
            <Link href="/" className="text-sm text-muted hover:underline">
              Library
            </Link>
            <Link href="/practice" className="text-sm text-muted hover:underline">
              Practice
            </Link>
            <Link href="/flashcards" className="text-sm text-muted hover:underline">
              Flashcards
            </Link>
            <Link href="/dashboard" className="text-sm text-muted hover:underline">
              Dashboard
            </Link>
            <AccountNav user={user} />
          </nav>
        </header>
        {!user && (
          <Suspense fallback={null}>
            <SaveProgressBanner />
          </Suspense>
        )}
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
