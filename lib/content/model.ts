/**
 * The intermediate form both article shapes are read into before interpretation:
 * labelled cells with the lines they came from.
 */
import type { ParseIssue } from "../facts/types";

/** The part of one source line that belongs to a cell. */
export interface CellLine {
  text: string;
  /** 1-based line number. */
  line: number;
}

export type Cell = CellLine[];

export type EventField = "name" | "partOf" | "date" | "place" | "result" | "territory";
export type SideField = "belligerent" | "commander" | "unit" | "strength" | "casualties";

export interface RawArticle {
  shape: "infobox" | "scraped";
  title: string;
  titleLine: number;
  fields: Partial<Record<EventField, Cell>>;
  /** Index 0 is side 1. */
  sides: Partial<Record<SideField, Cell>>[];
  /** 0-based indexes of prose paragraph lines, in order. */
  prose: number[];
  /** Footnote lines after a scraped table that repeat part of a cell. */
  hints: string[];
}

export class Issues {
  readonly list: ParseIssue[] = [];
  constructor(readonly file: string) {}
  warn(line: number, message: string): void {
    this.list.push({ severity: "warning", file: this.file, line, message });
  }
  error(line: number, message: string): void {
    this.list.push({ severity: "error", file: this.file, line, message });
  }
  get hasError(): boolean {
    return this.list.some((i) => i.severity === "error");
  }
}

export function cellText(cell: Cell, sep = " "): string {
  return cell.map((c) => c.text).join(sep);
}
