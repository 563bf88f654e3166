/**
 * CSV exports of the gradebook and the item analysis (papaparse's unparse). Every text cell that
 * starts with =, +, -, @, a tab or a carriage return is prefixed with ' (escapeFormulae), so a
 * student named "=HYPERLINK(…)" stays text in a spreadsheet. Numbers stay numbers (papaparse never
 * escapes them, so a negative discrimination is still a number).
 */
import Papa from "papaparse";
import { cellStatusText, type Gradebook } from "./gradebook";
import type { ItemAnalysis } from "./item-analysis";

export type CsvValue = string | number | null;

export function toCsv(fields: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return Papa.unparse({ fields: [...fields], data: rows.map((row) => row.map((value) => value ?? "")) }, { escapeFormulae: true, newline: "\r\n" });
}

const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));
const pct = (share: number | null) => (share === null ? null : Math.round(share * 100));

/** One row per student: per assignment its score, maximum and status ("Late", "Missing"…), then the average. */
export function gradebookCsv(gradebook: Gradebook): string {
  const fields = ["Student", ...gradebook.columns.flatMap((c) => [`${c.title}: score`, `${c.title}: out of`, `${c.title}: status`]), "Average (%)"];
  const rows = gradebook.rows.map((row) => [row.student.name, ...row.cells.flatMap((cell) => [cell.score, cell.maxScore, cellStatusText(cell)]), pct(row.average)]);
  return toCsv(fields, rows);
}

/** One row per question: facility, discrimination, how often each choice (or wrong answer) was given, the flags. */
export function itemAnalysisCsv(analysis: ItemAnalysis): string {
  const fields = ["Position", "Question", "Format", "Withdrawn", "Responses", "Correct", "Facility (%)", "Discrimination", "Choices", "Unanswered", "Flags"];
  const rows = analysis.items.map((item) => [
    item.position + 1,
    item.prompt,
    item.format,
    item.withdrawn ? "yes" : "no",
    item.responses,
    item.correct,
    pct(item.facility),
    round(item.discrimination, 3),
    item.choices.map((c) => `${c.key ? "[key] " : ""}${c.label}: ${c.count}`).join("; "),
    item.unanswered,
    item.flags.map((f) => f.reason).join(" "),
  ]);
  return toCsv(fields, rows);
}
