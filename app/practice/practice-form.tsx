import Form from "next/form";
import type { Format } from "@/lib/questions";
import type { PracticeWar } from "@/lib/server/practice";

export const FORMAT_LABELS: Record<Format, string> = {
  choice: "Multiple choice",
  trueFalse: "True or false",
  shortAnswer: "Typed answer",
  number: "Number",
  date: "Date",
  ordering: "Put in order",
  matching: "Matching",
};

export const LENGTHS = [5, 10, 20];

export interface PracticeChoice {
  /** "all", "war:<id>" or "event:<id>". */
  scope: string;
  count: number;
  /** Empty means every format. */
  formats: Format[];
}

/** The round's settings as a plain GET form: works before any script loads and keeps the URL shareable. */
export function PracticeForm({ wars, choice }: { wars: PracticeWar[]; choice: PracticeChoice }) {
  const lengths = LENGTHS.includes(choice.count) ? LENGTHS : [...LENGTHS, choice.count].sort((a, b) => a - b);
  const formats = Object.keys(FORMAT_LABELS) as Format[];
  return (
    <Form action="/practice" className="space-y-6" data-testid="practice-form">
      <div className="space-y-2">
        <label htmlFor="practice-scope" className="block font-semibold">
          What to practise
        </label>
        <select id="practice-scope" name="scope" defaultValue={choice.scope} className="block w-full max-w-xl rounded-md border border-line bg-surface px-3 py-2.5 text-base">
          <option value="all">Everything in the library</option>
          {wars.map((war) => (
            <optgroup key={war.id} label={war.name}>
              <option value={`war:${war.id}`}>
                All of the {war.name} ({war.events.length} {war.events.length === 1 ? "event" : "events"})
              </option>
              {war.events.map((event) => (
                <option key={event.id} value={`event:${event.id}`}>
                  {event.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>

      <fieldset className="space-y-2">
        <legend className="font-semibold">Length</legend>
        <div className="flex flex-wrap gap-2">
          {lengths.map((length) => (
            <label key={length} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-line bg-surface px-4 has-checked:border-accent has-checked:bg-accent-soft">
              <input type="radio" name="count" value={length} defaultChecked={length === choice.count} className="accent-accent" />
              {length} questions
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="font-semibold">Kinds of question</legend>
        <p className="text-sm text-muted" id="practice-formats-hint">
          Untick the kinds you want to leave out. Ticking none gives a mix of all of them.
        </p>
        <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4" aria-describedby="practice-formats-hint">
          {formats.map((format) => (
            <label key={format} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-line bg-surface px-3 has-checked:border-accent has-checked:bg-accent-soft">
              <input type="checkbox" name="format" value={format} defaultChecked={choice.formats.length === 0 || choice.formats.includes(format)} className="size-4 accent-accent" />
              {FORMAT_LABELS[format]}
            </label>
          ))}
        </div>
      </fieldset>

      <button type="submit" className="min-h-11 rounded-md bg-accent px-5 py-2.5 font-semibold text-on-accent hover:opacity-90">
        Start practice
      </button>
    </Form>
  );
}
