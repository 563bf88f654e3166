import { Notice } from "../_components/notice";

export default function PracticeNotFound() {
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Practice</h1>
      <Notice tone="error" title="There is nothing to practise here" link={{ href: "/practice", label: "Choose what to practise" }}>
        <p>This link names a war or an event that is not in the library. It may have been renamed when the articles were imported again.</p>
      </Notice>
    </div>
  );
}
