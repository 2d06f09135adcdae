// The MSVLO's entry form as plain data: what the editor shows for an entry,
// the draft a form becomes (validated exactly like a pack entry), and which
// form field each validation problem belongs to. The editor screen renders
// this and decides nothing.
import { isConfirmedNumber } from "../../shared/verifiedNumbers";
import { calendarDate } from "../dates";
import type { PackError } from "../pack/packErrors";
import type { DirectoryEntry } from "../query/entryView";
import { WEEKDAYS, type Phone } from "../schema/service";
import type { Audience, DirectoryArea, Need, NrmStage } from "../schema/vocabulary";
import type { EntryDraft } from "./validateDraft";

export type Weekday = (typeof WEEKDAYS)[number];

export interface PhoneRow {
  number: string;
  /** What the number is for ("Referrals", "Out of hours"). */
  label: string;
}

export interface PeriodRow {
  days: Weekday[];
  opens: string;
  closes: string;
}

export const HOURS_KINDS = ["unknown", "open247", "weekly"] as const;
export type HoursKind = (typeof HOURS_KINDS)[number];

export interface EntryForm {
  name: string;
  organisation: string;
  description: string;
  phones: PhoneRow[];
  area: DirectoryArea;
  localAuthority: string;
  stages: NrmStage[];
  audience: Audience | "";
  needs: Need[];
  hoursKind: HoursKind;
  periods: PeriodRow[];
  hoursNote: string;
  /** Where the service is; a confidential location never keeps an address. */
  locationName: string;
  confidential: boolean;
  line1: string;
  line2: string;
  town: string;
  postcode: string;
  /** Language codes, separated by commas or spaces ("en, pl, ro"). */
  languages: string;
  eligibility: string;
  minimumAge: string;
  maximumAge: string;
  howToAccess: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourceUrl: string;
}

/** Every field the form shows: the error summary links to these. */
export const FORM_FIELDS = [
  "name",
  "organisation",
  "description",
  "phones",
  "area",
  "stages",
  "audience",
  "needs",
  "hours",
  "location",
  "languages",
  "eligibility",
  "ages",
  "howToAccess",
  "sourceTitle",
  "sourceUrl",
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

export const EMPTY_PERIOD: PeriodRow = { days: ["mon", "tue", "wed", "thu", "fri"], opens: "09:00", closes: "17:00" };

/** The form for an entry, or an empty one in the MSVLO's own area. */
export function formFromEntry(entry: DirectoryEntry | null, defaultArea: DirectoryArea): EntryForm {
  const s = entry?.service;
  const location = entry?.locations[0];
  const source = s?.provenance.sources[0];
  const hours = s?.hours;
  return {
    name: s?.name ?? "",
    organisation: entry?.organisation.name ?? "",
    description: s?.description ?? "",
    phones: (s?.phones ?? []).map((p) => ({ number: p.number, label: p.description ?? "" })),
    area: s?.area.forceArea ?? defaultArea,
    localAuthority: s?.area.localAuthority ?? "",
    stages: s?.stages ?? [],
    audience: s?.audience ?? "",
    needs: s?.needs ?? [],
    hoursKind: hours === undefined ? "unknown" : hours.open247 ? "open247" : "weekly",
    periods: hours !== undefined && !hours.open247 ? hours.weekly.map((p) => ({ ...p, days: [...p.days] })) : [],
    hoursNote: hours?.note ?? "",
    locationName: location?.name ?? "",
    confidential: location?.confidentialAddress ?? false,
    line1: location?.address?.line1 ?? "",
    line2: location?.address?.line2 ?? "",
    town: location?.address?.town ?? "",
    postcode: location?.address?.postcode ?? "",
    languages: (s?.languages ?? []).join(", "),
    eligibility: s?.eligibility ?? "",
    minimumAge: s?.minimumAge === undefined ? "" : String(s.minimumAge),
    maximumAge: s?.maximumAge === undefined ? "" : String(s.maximumAge),
    howToAccess: s?.howToAccess ?? "",
    sourceTitle: source?.title ?? "",
    sourcePublisher: source?.publisher ?? "",
    sourceUrl: source?.url ?? "",
  };
}

const trimmed = (key: string, value: string): Record<string, string> => (value.trim() === "" ? {} : { [key]: value.trim() });

/** A whole number, or the text itself so the schema reports it as not a number. */
function age(value: string): number | string | undefined {
  const v = value.trim();
  if (v === "") return undefined;
  return /^\d{1,3}$/.test(v) ? Number(v) : v;
}

function phonesFrom(rows: readonly PhoneRow[], existing: readonly Phone[]): unknown[] {
  return rows
    .filter((r) => r.number.trim() !== "" || r.label.trim() !== "")
    .map((r) => {
      const number = r.number.trim();
      // Keep a publisher's confirmation only on the unchanged number it was made for.
      const before = existing.find((p) => p.number === number);
      return {
        number,
        ...trimmed("description", r.label),
        verification: isConfirmedNumber(number) ? "confirmed" : "verify",
        ...(before?.confirmedBy === undefined ? {} : { confirmedBy: before.confirmedBy }),
      };
    });
}

function hoursFrom(form: EntryForm): unknown {
  const note = trimmed("note", form.hoursNote);
  if (form.hoursKind === "open247") return { open247: true, ...note };
  if (form.hoursKind === "weekly") return { open247: false, weekly: form.periods, ...note };
  return undefined;
}

export interface DraftContext {
  now: Date;
  /** New ids for a new entry (the screen passes crypto.randomUUID-based ones). */
  newId: (prefix: string) => string;
}

/**
 * The draft a form becomes; the directory validates it exactly as it
 * validates a pack entry. It starts from the stored entry and changes only
 * what the form shows: further locations and sources, links, status (retiring
 * is its own action), sub-stages, notes and the organisation's own provenance
 * are kept; an optional field cleared in the form is removed.
 */
export function draftFromForm(form: EntryForm, entry: DirectoryEntry | null, ctx: DraftContext): EntryDraft {
  const today = calendarDate(ctx.now);
  const orgId = entry?.organisation.id ?? ctx.newId("org");
  const before = entry?.service.provenance;
  const firstBefore = before?.sources[0];
  const title = form.sourceTitle.trim();
  // The same document keeps its own section and date; a new one is "checked today".
  const kept0 = firstBefore?.title === title ? firstBefore : undefined;
  const source = {
    ...(kept0 ?? {}),
    title,
    ...trimmed("publisher", form.sourcePublisher),
    ...trimmed("url", form.sourceUrl),
    ...(kept0?.version !== undefined ? {} : { version: `checked ${today}` }),
  };
  if (form.sourcePublisher.trim() === "") delete (source as { publisher?: string }).publisher;
  if (form.sourceUrl.trim() === "") delete (source as { url?: string }).url;
  const provenance = {
    ...(before ?? {}),
    sources: [source, ...(before?.sources.slice(1) ?? [])],
    lastReviewed: today,
    verification: "verify" as const,
    verificationNote: before?.verificationNote ?? "Entered or changed on this device; not yet in a published pack.",
  };
  const firstLocation = entry?.locations[0];
  const hasLocation =
    form.locationName.trim() !== "" || form.confidential || [form.line1, form.town, form.postcode].some((v) => v.trim() !== "");
  const address =
    form.confidential || [form.line1, form.line2, form.town, form.postcode].every((v) => v.trim() === "")
      ? {}
      : {
          address: {
            line1: form.line1.trim(),
            ...trimmed("line2", form.line2),
            town: form.town.trim(),
            ...trimmed("postcode", form.postcode),
          },
        };
  const { address: _oldAddress, name: _oldName, ...firstKept } = firstLocation ?? { id: ctx.newId("loc") };
  const first = hasLocation
    ? [{ ...firstKept, ...trimmed("name", form.locationName), confidentialAddress: form.confidential, ...address }]
    : [];
  const locations = [...first, ...(entry?.locations.slice(1) ?? [])];
  const phones = phonesFrom(form.phones, entry?.service.phones ?? []);
  const hours = hoursFrom(form);
  const minimumAge = age(form.minimumAge);
  const maximumAge = age(form.maximumAge);
  const publisherNoPhoneNote = entry?.service.noPhoneNote;
  // Everything the form owns is rebuilt below; the rest of the stored service is kept as it was.
  const {
    unclassified: _classifiedNow,
    noPhoneNote: _note,
    hours: _h,
    minimumAge: _a,
    maximumAge: _b,
    eligibility: _e,
    howToAccess: _w,
    audience: _au,
    postNrmSubStages,
    ...kept
  } = entry?.service ?? {};
  return {
    organisation: {
      ...(entry?.organisation ?? {}),
      id: orgId,
      name: form.organisation.trim(),
      provenance: entry?.organisation.provenance ?? provenance,
    },
    locations,
    service: {
      ...kept,
      id: entry?.service.id ?? ctx.newId("svc"),
      organisationId: orgId,
      name: form.name.trim(),
      description: form.description.trim(),
      status: entry?.service.status ?? "active",
      links: entry?.service.links ?? [],
      languages: form.languages
        .split(/[\s,;]+/)
        .map((l) => l.trim())
        .filter((l) => l !== ""),
      locationIds: locations.map((l) => l.id),
      phones,
      ...(phones.length === 0
        ? { noPhoneNote: publisherNoPhoneNote ?? "No number held: add the local number once it has been checked." }
        : {}),
      ...trimmed("eligibility", form.eligibility),
      ...(minimumAge === undefined ? {} : { minimumAge }),
      ...(maximumAge === undefined ? {} : { maximumAge }),
      ...trimmed("howToAccess", form.howToAccess),
      stages: form.stages,
      // Sub-stages only mean something while the service still helps after a referral.
      ...(postNrmSubStages !== undefined && form.stages.includes("post-nrm") ? { postNrmSubStages } : {}),
      ...(form.audience === "" ? {} : { audience: form.audience }),
      needs: form.needs,
      area: { forceArea: form.area, ...trimmed("localAuthority", form.localAuthority) },
      ...(hours === undefined ? {} : { hours }),
      assuredDate: today,
      sample: entry?.service.sample ?? false,
      provenance,
    },
  };
}

const FIELD_OF_PATH: readonly [RegExp, FormField][] = [
  [/^organisation\.provenance\.sources\.?\[?0?\]?\.?url/, "sourceUrl"],
  [/^organisation\.provenance/, "sourceTitle"],
  [/^organisation/, "organisation"],
  [/^service\.name/, "name"],
  [/^service\.description/, "description"],
  [/^service\.phones/, "phones"],
  [/^service\.area/, "area"],
  [/^service\.stages/, "stages"],
  [/^service\.postNrmSubStages/, "stages"],
  [/^service\.audience/, "audience"],
  [/^service\.needs/, "needs"],
  [/^service\.hours/, "hours"],
  [/^service\.languages/, "languages"],
  [/^service\.eligibility/, "eligibility"],
  [/^service\.(minimumAge|maximumAge)/, "ages"],
  [/^service\.howToAccess/, "howToAccess"],
  [/^service\.provenance\.sources\[0\]\.url/, "sourceUrl"],
  [/^service\.provenance/, "sourceTitle"],
  [/^(service\.locationIds|locations)/, "location"],
];

export type ProblemKind = "required" | "invalid";

export interface FieldProblem {
  field: FormField;
  kind: ProblemKind;
  /** The validator's words ("expected a UK postcode"), for "invalid". */
  detail: string;
}

/** Turns validation errors into one problem per form field, in the form's order. */
export function fieldProblems(errors: readonly PackError[]): FieldProblem[] {
  const byField = new Map<FormField, FieldProblem>();
  for (const e of errors) {
    const path = e.path ?? "";
    const field = FIELD_OF_PATH.find(([re]) => re.test(path))?.[1] ?? "name";
    if (byField.has(field)) continue;
    const raw = e.message.replace(/^[\w.[\]]+: /, "");
    const required =
      /must not be (empty|blank)|choose at least|choose who|expected \w+, received undefined|expected string to have >=1 characters/i.test(
        raw,
      );
    byField.set(field, { field, kind: required ? "required" : "invalid", detail: raw });
  }
  return FORM_FIELDS.flatMap((f) => {
    const p = byField.get(f);
    return p === undefined ? [] : [p];
  });
}

/** The fields the classify form asks for (an imported service's stages, audience and needs). */
export const CLASSIFY_FIELDS = ["stages", "audience", "needs"] as const satisfies readonly FormField[];

/**
 * The problems the classify form can show beside its own questions. Anything
 * else (a storage failure, a field of the entry the form does not show) is
 * left for the list to report, with the entry's editor as the way to fix it.
 */
export function classifyProblems(errors: readonly PackError[]): {
  own: FieldProblem[];
  others: PackError[];
} {
  const asked = (p: FieldProblem) => (CLASSIFY_FIELDS as readonly FormField[]).includes(p.field);
  return {
    own: fieldProblems(errors).filter(asked),
    others: errors.filter((e) => !fieldProblems([e]).some(asked)),
  };
}
