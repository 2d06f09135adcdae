import { useEffect, useId, useRef, useState, type ReactNode, type SyntheticEvent } from "react";
import type { ScreenProps } from "../../platform/navigation/routeTable";
import { DIRECTORY_PATHS } from "../routes";
import { useTranslation } from "react-i18next";
import { AreaOptions, useDirectoryAreaName } from "../../ui/AreaOptions";
import { Link } from "../../platform/navigation/Link";
import { ErrorSummary } from "../../ui/form/ErrorSummary";
import { useSetting } from "../../platform/settings/useSetting";
import { isForceAreaId } from "../../shared/forceAreas";
import { getDirectoryDb } from "../db";
import { getEntry } from "../query/browseArea";
import { addLocalService, editService } from "../edit/localEdits";
import {
  EMPTY_PERIOD,
  HOURS_KINDS,
  draftFromForm,
  fieldProblems,
  formFromEntry,
  type EntryForm,
  type FieldProblem,
  type FormField,
  type PeriodRow,
} from "../edit/entryForm";
import type { DirectoryEntry } from "../query/entryView";
import { WEEKDAYS } from "../schema/service";
import { DIRECTORY_AREAS, NEEDS, NRM_STAGES, AUDIENCES, type DirectoryArea } from "../schema/vocabulary";

const newId = (prefix: string): string => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

export function AddEntryScreen() {
  return <EntryEditor entryKey={null} />;
}

export function EditEntryScreen({ params }: ScreenProps) {
  return <EntryEditor entryKey={params["key"] ?? null} />;
}

type TextKey = Exclude<
  {
    [K in keyof EntryForm]: EntryForm[K] extends string ? K : never;
  }[keyof EntryForm],
  "area" | "audience" | "hoursKind"
>;

/** Add or edit a whole service on this device; errors name the field in plain words, nothing typed is lost. */
function EntryEditor({ entryKey }: { entryKey: string | null }) {
  const { t } = useTranslation("directory");
  const areaName = useDirectoryAreaName();
  const [savedArea] = useSetting("forceArea");
  const ownArea: DirectoryArea = isForceAreaId(savedArea) ? savedArea : "national";
  const [entry, setEntry] = useState<DirectoryEntry | null | undefined>(entryKey === null ? null : undefined);
  const [form, setForm] = useState<EntryForm | null>(entryKey === null ? formFromEntry(null, ownArea) : null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [submits, setSubmits] = useState(0);
  const [saved, setSaved] = useState<DirectoryEntry | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const fieldId = (f: FormField) => `${id}-${f}`;
  useEffect(() => {
    if (entryKey === null) return;
    void getEntry(getDirectoryDb(), entryKey, new Date()).then((e) => {
      setEntry(e ?? null);
      setForm(formFromEntry(e ?? null, ownArea));
    });
  }, [entryKey, ownArea]);
  useEffect(() => {
    if (saved !== null) savedRef.current?.focus();
  }, [saved]);
  if (form === null || entry === undefined) return <p role="status">{t("support.loading")}</p>;

  if (saved !== null) {
    return (
      <>
        <div className="panel panel--success" tabIndex={-1} ref={savedRef} data-testid="entry-saved">
          <h1>{t("editor.savedTitle")}</h1>
          <p>{t("editor.savedBody", { name: saved.service.name, area: areaName(saved.area) })}</p>
        </div>
        <ul className="tool-list">
          <li>
            <Link to={DIRECTORY_PATHS.browse} className="tool-list__link" data-testid="saved-back">
              {t("editor.back")}
            </Link>
          </li>
          <li>
            <Link to={DIRECTORY_PATHS.overview} className="tool-list__link">
              {t("editor.toOverview")}
            </Link>
          </li>
        </ul>
      </>
    );
  }

  const set = <K extends keyof EntryForm>(key: K, value: EntryForm[K]) => {
    setForm({ ...form, [key]: value });
  };
  const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] =>
    on ? [...list, value] : list.filter((x) => x !== value);
  const problemOf = (f: FormField) => problems.find((p) => p.field === f);
  const messageOf = (p: FieldProblem) =>
    p.kind === "required"
      ? t(`editor.required.${p.field}`)
      : t("editor.invalid", { field: t(`editor.field.${p.field}`), detail: p.detail });
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const now = new Date();
    const draft = draftFromForm(form, entry, { now, newId });
    const db = getDirectoryDb();
    const result = entry === null ? await addLocalService(db, draft, { now }) : await editService(db, entry.key, draft, { now });
    if (result.ok) {
      setProblems([]);
      setSaved(result.entry);
    } else {
      setProblems(fieldProblems(result.errors));
      setSubmits((n) => n + 1);
    }
  };
  const errorText = (f: FormField) => {
    const p = problemOf(f);
    return p === undefined ? null : (
      <p className="error-message" id={`${fieldId(f)}-error`}>
        {messageOf(p)}
      </p>
    );
  };
  const described = (f: FormField, hint?: string) =>
    [problemOf(f) === undefined ? null : `${fieldId(f)}-error`, hint ?? null].filter((x) => x !== null).join(" ") || undefined;
  const text = (
    key: TextKey,
    field: FormField,
    opts: { multiline?: boolean; inputId?: string; label?: string; hint?: string } = {},
  ) => {
    const inputId = opts.inputId ?? fieldId(field);
    const hintId = opts.hint === undefined ? undefined : `${inputId}-hint`;
    const common = {
      id: inputId,
      className: "input",
      value: form[key],
      "aria-describedby": described(field, hintId),
      "aria-invalid": problemOf(field) === undefined ? undefined : true,
      onChange: (e: { target: { value: string } }) => {
        set(key, e.target.value);
      },
    };
    return (
      <div className={`field${problemOf(field) === undefined ? "" : " field--error"}`}>
        <label className="field__label" htmlFor={inputId}>
          {opts.label ?? t(`editor.${key}`)}
        </label>
        {opts.hint === undefined ? null : (
          <p className="hint" id={hintId}>
            {opts.hint}
          </p>
        )}
        {opts.inputId === undefined ? errorText(field) : null}
        {opts.multiline === true ? <textarea rows={4} {...common} /> : <input {...common} />}
      </div>
    );
  };
  const group = (field: FormField, legend: string, children: ReactNode, hint?: string) => (
    <fieldset
      className={`field${problemOf(field) === undefined ? "" : " field--error"}`}
      id={fieldId(field)}
      tabIndex={-1}
      aria-describedby={described(field)}
    >
      <legend className="field__label">{legend}</legend>
      {hint === undefined ? null : <p className="hint">{hint}</p>}
      {errorText(field)}
      {children}
    </fieldset>
  );
  const setPeriod = (i: number, period: PeriodRow) => {
    set(
      "periods",
      form.periods.map((p, j) => (j === i ? period : p)),
    );
  };

  return (
    <>
      <Link to={DIRECTORY_PATHS.browse} className="back-link">
        {t("editor.back")}
      </Link>
      <h1>{entry === null ? t("editor.addTitle") : t("editor.editTitle")}</h1>
      <p className="hint">{t("editor.noPersonalData")}</p>
      {problems.length > 0 ? (
        <div data-testid="editor-errors">
          <ErrorSummary
            errors={problems.map((p) => ({ message: messageOf(p), href: `#${fieldId(p.field)}` }))}
            focusKey={submits}
          />
        </div>
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate className="entry-form">
        <h2>{t("editor.sectionService")}</h2>
        {text("name", "name")}
        {text("organisation", "organisation")}
        {text("description", "description", { multiline: true })}
        <div className={`field${problemOf("area") === undefined ? "" : " field--error"}`}>
          <label className="field__label" htmlFor={fieldId("area")}>
            {t("lookup.area")}
          </label>
          {errorText("area")}
          <select
            id={fieldId("area")}
            className="select"
            data-testid="editor-area"
            value={form.area}
            disabled={entry !== null}
            onChange={(e) => {
              const v = e.target.value;
              if ((DIRECTORY_AREAS as readonly string[]).includes(v)) set("area", v as DirectoryArea);
            }}
          >
            <AreaOptions national />
          </select>
        </div>
        {text("localAuthority", "area", { inputId: `${id}-localAuthority` })}

        <h2>{t("editor.sectionWho")}</h2>
        {group(
          "stages",
          t("editor.stages"),
          NRM_STAGES.map((s) => (
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
          )),
        )}
        {group(
          "audience",
          t("editor.audience"),
          AUDIENCES.map((a) => (
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
          )),
        )}
        {group(
          "needs",
          t("editor.needs"),
          NEEDS.map((n) => (
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
          )),
          t("editor.needsHint"),
        )}
        {text("eligibility", "eligibility", { multiline: true })}
        <div className="field-row">
          {text("minimumAge", "ages", { inputId: fieldId("ages") })}
          {text("maximumAge", "ages", { inputId: `${id}-maximumAge` })}
        </div>
        {errorText("ages")}

        <h2>{t("editor.sectionContact")}</h2>
        {group(
          "phones",
          t("editor.phones"),
          <>
            {form.phones.map((p, i) => (
              <div key={i} className="repeat-row" data-testid="phone-row">
                <div className="field">
                  <label className="field__label" htmlFor={`${id}-phone-${i}`}>
                    {t("editor.phoneNumber", { n: i + 1 })}
                  </label>
                  <input
                    id={`${id}-phone-${i}`}
                    className="input"
                    inputMode="tel"
                    value={p.number}
                    onChange={(e) => {
                      set(
                        "phones",
                        form.phones.map((q, j) => (j === i ? { ...q, number: e.target.value } : q)),
                      );
                    }}
                  />
                </div>
                <div className="field">
                  <label className="field__label" htmlFor={`${id}-phone-label-${i}`}>
                    {t("editor.phoneLabel", { n: i + 1 })}
                  </label>
                  <input
                    id={`${id}-phone-label-${i}`}
                    className="input"
                    value={p.label}
                    onChange={(e) => {
                      set(
                        "phones",
                        form.phones.map((q, j) => (j === i ? { ...q, label: e.target.value } : q)),
                      );
                    }}
                  />
                </div>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    set(
                      "phones",
                      form.phones.filter((_, j) => j !== i),
                    );
                  }}
                >
                  {t("editor.removePhone", { n: i + 1 })}
                </button>
              </div>
            ))}
            <button
              type="button"
              className="button button--secondary"
              data-testid="add-phone"
              onClick={() => {
                set("phones", [...form.phones, { number: "", label: "" }]);
              }}
            >
              {t("editor.addPhone")}
            </button>
          </>,
          t("editor.phoneHint"),
        )}
        {group(
          "hours",
          t("editor.hours"),
          <>
            {HOURS_KINDS.map((k) => (
              <label key={k} className="radio">
                <input
                  type="radio"
                  name={`${id}-hours`}
                  checked={form.hoursKind === k}
                  data-testid={`hours-${k}`}
                  onChange={() => {
                    setForm({
                      ...form,
                      hoursKind: k,
                      periods: k === "weekly" && form.periods.length === 0 ? [EMPTY_PERIOD] : form.periods,
                    });
                  }}
                />
                <span>{t(`editor.hoursKind.${k}`)}</span>
              </label>
            ))}
            {form.hoursKind !== "weekly"
              ? null
              : form.periods.map((p, i) => (
                  <fieldset key={i} className="repeat-row" data-testid="period-row">
                    <legend>{t("editor.period", { n: i + 1 })}</legend>
                    <div className="day-picks">
                      {WEEKDAYS.map((d) => (
                        <label key={d} className="checkbox">
                          <input
                            type="checkbox"
                            checked={p.days.includes(d)}
                            onChange={(e) => {
                              setPeriod(i, { ...p, days: toggle(p.days, d, e.target.checked) });
                            }}
                          />
                          <span>{t(`days.${d}`)}</span>
                        </label>
                      ))}
                    </div>
                    <div className="field-row">
                      <div className="field">
                        <label className="field__label" htmlFor={`${id}-opens-${i}`}>
                          {t("editor.opens")}
                        </label>
                        <input
                          id={`${id}-opens-${i}`}
                          className="input input--time"
                          type="time"
                          value={p.opens}
                          onChange={(e) => {
                            setPeriod(i, { ...p, opens: e.target.value });
                          }}
                        />
                      </div>
                      <div className="field">
                        <label className="field__label" htmlFor={`${id}-closes-${i}`}>
                          {t("editor.closes")}
                        </label>
                        <input
                          id={`${id}-closes-${i}`}
                          className="input input--time"
                          type="time"
                          value={p.closes}
                          onChange={(e) => {
                            setPeriod(i, { ...p, closes: e.target.value });
                          }}
                        />
                      </div>
                    </div>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => {
                        set(
                          "periods",
                          form.periods.filter((_, j) => j !== i),
                        );
                      }}
                    >
                      {t("editor.removePeriod", { n: i + 1 })}
                    </button>
                  </fieldset>
                ))}
            {form.hoursKind !== "weekly" ? null : (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  set("periods", [...form.periods, EMPTY_PERIOD]);
                }}
              >
                {t("editor.addPeriod")}
              </button>
            )}
          </>,
        )}
        {text("hoursNote", "hours", { inputId: `${id}-hoursNote` })}
        {text("howToAccess", "howToAccess", { multiline: true })}
        {text("languages", "languages", { hint: t("editor.languagesHint") })}

        <h2>{t("editor.sectionWhere")}</h2>
        {group(
          "location",
          t("editor.location"),
          <>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={form.confidential}
                data-testid="confidential"
                onChange={(e) => {
                  set("confidential", e.target.checked);
                }}
              />
              <span>{t("editor.confidential")}</span>
            </label>
            {text("locationName", "location", { inputId: `${id}-locationName` })}
            {form.confidential ? (
              <p className="hint">{t("editor.confidentialHint")}</p>
            ) : (
              <>
                {text("line1", "location", { inputId: `${id}-line1` })}
                {text("line2", "location", { inputId: `${id}-line2` })}
                {text("town", "location", { inputId: `${id}-town` })}
                {text("postcode", "location", { inputId: `${id}-postcode` })}
              </>
            )}
          </>,
        )}

        <h2>{t("editor.sectionSource")}</h2>
        {text("sourceTitle", "sourceTitle", { hint: t("editor.sourceHint") })}
        {text("sourcePublisher", "sourceTitle", { inputId: `${id}-sourcePublisher` })}
        {text("sourceUrl", "sourceUrl")}
        <button type="submit" className="button" data-testid="save-entry">
          {t("editor.save")}
        </button>
      </form>
    </>
  );
}
