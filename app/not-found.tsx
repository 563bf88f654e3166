import { Notice } from "./_components/notice";

export default function NotFound() {
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <Notice tone="error" title="There is no page at this address" link={{ href: "/", label: "Go to the library" }}>
        <p>The link may be mistyped, or the event it pointed to is no longer in the library.</p>
      </Notice>
    </div>
  );
}
