import { useEffect, useId, useState, type SyntheticEvent } from "react";
import type { ScreenProps } from "../../platform/navigation/routeTable";
import { DIRECTORY_PATHS } from "../routes";
import { useTranslation } from "react-i18next";
import { AreaOptions } from "../../ui/AreaOptions";
import { Link } from "../../platform/navigation/Link";
import { navigate } from "../../platform/navigation/history";
import { ErrorSummary } from "../../ui/form/ErrorSummary";
import { getDirectoryDb } from "../db";
import { getEntry } from "../query/browseArea";
import { addLocalService, editService } from "../edit/localEdits";
import type { EntryDraft } from "../edit/validateDraft";
import { isConfirmedNumber } from "../../shared/verifiedNumbers";
import type { PackError } from "../pack/packErrors";
import type { DirectoryEntry } from "../query/entryView";
import {
  DIRECTORY_AREAS,
  NEEDS,
  NRM_STAGES,
  AUDIENCES,
  type Audience,
  type DirectoryArea,
  type Need,
  type NrmStage,
} from "../schema/vocabulary";

interface Form {
  name: string;
  organisation: string;
  description: string;
  phone: string;
  area: DirectoryArea;
  stages: NrmStage[];
  audience: Audience;
  needs: Need[];
  open247: boolean;
  eligibility: string;
  howToAccess: string;
  sourceTitle: string;
  sourceUrl: string;
}

/** The input an error belongs to, for the error summary's links (fieldsets fall back to the name). */
function fieldInputId(id: string, path: string | undefined): string {
  const map: [string, string][] = [
    ["organisation", "organisation"],
    ["service.description", "description"],
    ["service.phones", "phone"],
    ["service.eligibility", "eligibility"],
    ["service.howToAccess", "howToAccess"],
    ["service.provenance", "sourceTitle"],
    ["service.area", "area"],
  ];
  const hit = map.find(([prefix]) => path?.startsWith(prefix) === true);
  return `${id}-${hit?.[1] ?? "name"}`;
}

const today = (): string => new Date().toISOString().slice(0, 10);
const newId = (prefix: string): string => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

function formFrom(entry: DirectoryEntry | null, area: DirectoryArea): Form {
  const s = entry?.service;
  return {
    name: s?.name ?? "",
    organisation: entry?.organisation.name ?? "",
    description: s?.description ?? "",
    phone: s?.phones[0]?.number ?? "",
    area: s?.area.forceArea ?? area,
    stages: s?.stages ?? [],
    audience: s?.audience ?? "adult",
    needs: s?.needs ?? [],
    open247: s?.hours?.open247 ?? false,
    eligibility: s?.eligibility ?? "",
    howToAccess: s?.howToAccess ?? "",
    sourceTitle: s?.provenance.sources[0]?.title ?? "",
    sourceUrl: s?.provenance.sources[0]?.url ?? "",
  };
}

/** The draft the directory validates exactly as it validates a pack. */
function draftFrom(form: Form, entry: DirectoryEntry | null): EntryDraft {
  const orgId = entry?.organisation.id ?? newId("org");
  const optional = (key: string, value: string) => (value.trim() === "" ? {} : { [key]: value.trim() });
  const source = {
    title: form.sourceTitle.trim() === "" ? "Checked by an MSVLO on this device" : form.sourceTitle.trim(),
    ...optional("url", form.sourceUrl),
  };
  const provenance = {
    sources: [source],
    lastReviewed: today(),
    verification: "verify" as const,
    verificationNote: "Entered or changed on this device; not yet in a published pack.",
  };
  const phone = form.phone.trim();
  return {
    organisation: { ...(entry?.organisation ?? {}), id: orgId, name: form.organisation.trim(), provenance },
    locations: entry?.locations ?? [],
    service: {
      ...(entry?.service ?? {}),
      id: entry?.service.id ?? newId("svc"),
      organisationId: orgId,
      name: form.name.trim(),
      description: form.description.trim(),
      status: "active",
      links: entry?.service.links ?? [],
      languages: entry?.service.languages ?? [],
      locationIds: entry?.service.locationIds ?? [],
      phones: phone === "" ? [] : [{ number: phone, verification: isConfirmedNumber(phone) ? "confirmed" : "verify" }],
      ...(phone === "" ? { noPhoneNote: "No number held: add the local number once it has been checked." } : {}),
      ...optional("eligibility", form.eligibility),
      ...optional("howToAccess", form.howToAccess),
      stages: form.stages,
      audience: form.audience,
      needs: form.needs,
      area: { forceArea: form.area },
      ...(form.open247 ? { hours: { open247: true } } : {}),
      assuredDate: today(),
      sample: entry?.service.sample ?? false,
      provenance,
    },
  };
}

export function AddEntryScreen() {
  return <EntryEditor entryKey={null} />;
}

export function EditEntryScreen({ params }: ScreenProps) {
  return <EntryEditor entryKey={params["key"] ?? null} />;
}

/** Add or edit a service on this device; errors name the field, nothing is lost. */
function EntryEditor({ entryKey }: { entryKey: string | null }) {
  const { t } = useTranslation("directory");
  const [entry, setEntry] = useState<DirectoryEntry | null | undefined>(entryKey === null ? null : undefined);
  const [form, setForm] = useState<Form | null>(entryKey === null ? formFrom(null, "national") : null);
  const [errors, setErrors] = useState<PackError[]>([]);
  const [submits, setSubmits] = useState(0);
  const id = useId();
  useEffect(() => {
    if (entryKey === null) return;
    void getEntry(getDirectoryDb(), entryKey, new Date()).then((e) => {
      setEntry(e ?? null);
      setForm(formFrom(e ?? null, "national"));
    });
  }, [entryKey]);
  if (form === null || entry === undefined) return <p role="status">{t("support.loading")}</p>;
  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm({ ...form, [key]: value });
  };
  const toggle = <T,>(list: T[], value: T, on: boolean): T[] => (on ? [...list, value] : list.filter((x) => x !== value));
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const draft = draftFrom(form, entry);
    const db = getDirectoryDb();
    const result =
      entry === null
        ? await addLocalService(db, draft, { now: new Date() })
        : await editService(db, entry.key, draft, { now: new Date() });
    if (result.ok) navigate(DIRECTORY_PATHS.browse);
    else {
      setErrors(result.errors);
      setSubmits((n) => n + 1);
    }
  };
  const text = (
    key: "name" | "organisation" | "description" | "phone" | "eligibility" | "howToAccess" | "sourceTitle" | "sourceUrl",
    multiline = false,
  ) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${key}`}>
        {t(`editor.${key}`)}
      </label>
      {multiline ? (
        <textarea
          id={`${id}-${key}`}
          className="input"
          rows={4}
          value={form[key]}
          onChange={(e) => {
            set(key, e.target.value);
          }}
        />
      ) : (
        <input
          id={`${id}-${key}`}
          className="input"
          value={form[key]}
          onChange={(e) => {
            set(key, e.target.value);
          }}
        />
      )}
    </div>
  );
  return (
    <>
      <Link to={DIRECTORY_PATHS.browse} className="back-link">
        {t("editor.back")}
      </Link>
      <h1>{entry === null ? t("editor.addTitle") : t("editor.editTitle")}</h1>
      <p className="hint">{t("editor.noPersonalData")}</p>
      {errors.length > 0 ? (
        <div data-testid="editor-errors">
          <ErrorSummary
            errors={errors.map((e) => ({
              message: `${e.field ?? e.path ?? ""} ${e.message}`.trim(),
              href: `#${fieldInputId(id, e.path)}`,
            }))}
            focusKey={submits}
          />
        </div>
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        {text("name")}
        {text("organisation")}
        {text("description", true)}
        {text("phone")}
        <p className="hint">{t("editor.phoneHint")}</p>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-area`}>
            {t("lookup.area")}
          </label>
          <select
            id={`${id}-area`}
            className="select"
            value={form.area}
            onChange={(e) => {
              const v = e.target.value;
              if ((DIRECTORY_AREAS as readonly string[]).includes(v)) set("area", v as DirectoryArea);
            }}
          >
            <AreaOptions national />
          </select>
        </div>
        <fieldset className="field">
          <legend className="field__label">{t("editor.stages")}</legend>
          {NRM_STAGES.map((s) => (
            <label key={s} className="checkbox">
              <input
                type="checkbox"
                checked={form.stages.includes(s)}
                onChange={(e) => {
                  set("stages", toggle(form.stages, s, e.target.checked));
                }}
              />
              <span>{t(`stages.${s}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="field">
          <legend className="field__label">{t("editor.audience")}</legend>
          {AUDIENCES.map((a) => (
            <label key={a} className="radio">
              <input
                type="radio"
                name={`${id}-aud`}
                checked={form.audience === a}
                onChange={() => {
                  set("audience", a);
                }}
              />
              <span>{t(`audiences.${a}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="field">
          <legend className="field__label">{t("lookup.needs")}</legend>
          {NEEDS.map((n) => (
            <label key={n} className="checkbox">
              <input
                type="checkbox"
                checked={form.needs.includes(n)}
                onChange={(e) => {
                  set("needs", toggle(form.needs, n, e.target.checked));
                }}
              />
              <span>{t(`needs.${n}`)}</span>
            </label>
          ))}
        </fieldset>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.open247}
            onChange={(e) => {
              set("open247", e.target.checked);
            }}
          />
          <span>{t("editor.open247")}</span>
        </label>
        {text("eligibility", true)}
        {text("howToAccess", true)}
        {text("sourceTitle")}
        {text("sourceUrl")}
        <button type="submit" className="button" data-testid="save-entry">
          {t("editor.save")}
        </button>
      </form>
    </>
  );
}
