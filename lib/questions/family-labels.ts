/** How each fact family is named to students and teachers (the dashboard, the assignment form). */
import type { Family } from "./types";

export const FAMILY_LABELS: Record<Family, string> = {
  dates: "Dates",
  commanders: "Commanders",
  casualties: "Casualties",
  strength: "Strength",
  result: "Results",
  war: "Wars",
  campaign: "Campaigns",
  place: "Places",
  belligerents: "Belligerents",
  units: "Units",
  territory: "Territory",
  names: "Other names",
  timeline: "Timeline",
  prose: "Details from the text",
};
