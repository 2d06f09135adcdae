// The offence catalogue: every Schedule 4 listing and the common offences
// exploited people are suspected of, with each one's Schedule 4 status. The
// offence question, the Schedule 4 search and the `offences` command use it.
import type { Provenance } from "../../shared/provenance";
import { matchSchedule4 } from "../schedule4/matchOffence";
import { schedule4Entries } from "../schedule4/schedule4Entries";
import type { OffenceRef } from "../schedule4/schedule4Schema";
import { COMMON_OFFENCES } from "./commonOffences";
import type { Schedule4Status } from "./offenceSchema";

export interface CatalogueEntry {
  id: string;
  /** Short title of the Act with its year, or "common law". */
  act: string;
  section?: string;
  /** Common law offences only. */
  name?: string;
  /** The Schedule 4 paragraph that lists it (Schedule 4 listings only). */
  paragraph?: string;
  everydayNames: readonly string[];
  schedule4: Schedule4Status;
  /** Where it comes from: a Schedule 4 listing, or a common offence not on it. */
  kind: "schedule4" | "common";
  /** The locale file has a caution for it (shown with the offence). */
  hasCaution: boolean;
  provenance: Provenance;
}

function build(): CatalogueEntry[] {
  const listed: CatalogueEntry[] = schedule4Entries.map((e) => ({
    id: e.id,
    act: e.act,
    ...(e.section === undefined ? {} : { section: e.section }),
    ...(e.name === undefined ? {} : { name: e.name }),
    paragraph: e.paragraph,
    everydayNames: e.everydayNames,
    schedule4: e.conditional === true ? "conditional" : "excluded",
    kind: "schedule4",
    hasCaution: false,
    provenance: e.provenance,
  }));
  const common: CatalogueEntry[] = COMMON_OFFENCES.map((o) => {
    const match = matchSchedule4({ act: o.act, section: o.section });
    // A common offence is here because it is not on Schedule 4; a test keeps it so.
    const schedule4: Schedule4Status =
      match.kind === "excluded" ? "excluded" : match.kind === "conditional" ? "conditional" : "not-listed";
    return {
      id: o.id,
      act: o.act,
      section: o.section,
      everydayNames: o.everydayNames,
      schedule4,
      kind: "common",
      hasCaution: o.hasCaution === true,
      provenance: o.provenance,
    };
  });
  return [...common, ...listed];
}

let catalogue: CatalogueEntry[] | undefined;

/** Common offences first (they are what officers meet most), then Schedule 4 in its own order. */
export function offenceCatalogue(): readonly CatalogueEntry[] {
  catalogue ??= build();
  return catalogue;
}

/** The catalogue entry an offence reference points at, if any. */
export function findCatalogueEntry(ref: OffenceRef): CatalogueEntry | undefined {
  return offenceCatalogue().find((e) =>
    "name" in ref ? e.act === "common law" && e.name === ref.name : e.act === ref.act && e.section === ref.section,
  );
}

export function refFromCatalogue(entry: CatalogueEntry): OffenceRef {
  return entry.act === "common law"
    ? { act: "common law", name: entry.name ?? entry.id }
    : { act: entry.act, section: entry.section ?? "" };
}
