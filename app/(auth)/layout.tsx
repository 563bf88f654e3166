/** Sign-in and sign-up: one narrow column that fits a phone. */
export default function AuthLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return <div className="mx-auto max-w-md rounded-lg border border-line-soft bg-surface p-5 shadow-sm sm:p-8">{children}</div>;
}
