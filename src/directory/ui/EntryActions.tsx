import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import { getDirectoryDb } from "../db";
import { editEntryPath } from "../routes";
import { classifyService, markCheckedToday, retireService, revertLocalEdit, type Retirement } from "../edit/localEdits";
import { confirmNumber, withdrawConfirmation } from "../edit/confirmNumber";
import type { PackError } from "../pack/packErrors";
import { classifyProblems, type FieldProblem, type FormField } from "../edit/entryForm";
import { ErrorSummary } from "../../ui/form/ErrorSummary";
import type { DirectoryEntry } from "../query/entryView";
import { AUDIENCES, NEEDS, NRM_STAGES, type Audience, type Need, type NrmStage } from "../schema/vocabulary";

export interface EntryActionHandlers {
  /** Problems to show above the list. */
  onErrors: (errors: PackError[]) => void;
  /** An entry was retired: the list offers to undo it. */
  onRetired: (name: string, retirement: Retirement) => void;
  /** A change was saved: the list says so where focus goes (the entry's own controls may have gone). */
  onDone: (message: string) => void;
  /** Whom the last confirmation on this phone named, to prefill the next. */
  lastConfirmer: string;
}

type Result = { ok: true } | { ok: false; errors: PackError[] };

/** The MSVLO's controls for one entry: check, edit, confirm a number, classify, retire (asked first), undo a local change. */
export function EntryActions({ entry, handlers }: { entry: DirectoryEntry; handlers: EntryActionHandlers }) {
  const { t } = useTranslation("directory");
  const [asking, setAsking] = useState<"retire" | "revert" | null>(null);
  const act = async (p: Promise<Result>, done: string) => {
    const r = await p;
    handlers.onErrors(r.ok ? [] : r.errors);
    if (r.ok) handlers.onDone(done);
  };
  const serviceName = entry.service.name;
  const name = <span className="visually-hidden">: {entry.service.name}</span>;
  return (
    <div>
      {entry.phones
        .filter((p) => p.actions.confirm)
        .map((p) => (
          <ConfirmNumber key={p.digits} entry={entry} number={p.number} handlers={handlers} />
        ))}
      {entry.phones
        .filter((p) => p.actions.withdraw)
        .map((p) => (
          <button
            key={p.digits}
            type="button"
            className="button button--secondary"
            data-testid="withdraw-confirmation"
            onClick={() =>
              void act(
                withdrawConfirmation(getDirectoryDb(), entry.key, p.number),
                t("confirm.withdrawn", { phone: p.number, name: serviceName }),
              )
            }
          >
            {t("confirm.withdraw", { phone: p.number })}
            {name}
          </button>
        ))}
      {entry.flags.unclassified ? <ClassifyForm entry={entry} handlers={handlers} /> : null}
      <div className="button-group service-item__actions">
        <button
          type="button"
          className="button button--secondary"
          data-testid="mark-checked"
          onClick={() =>
            void act(
              markCheckedToday(getDirectoryDb(), entry.key, { now: new Date() }),
              t("browse.checkedDone", { name: serviceName }),
            )
          }
        >
          {t("browse.checkedToday")}
          {name}
        </button>
        <Link className="button button--secondary" to={editEntryPath(entry.key)} data-testid="edit-entry">
          {t("browse.edit")}
          {name}
        </Link>
        {entry.flags.retired || asking !== null ? null : (
          <button
            type="button"
            className="button button--secondary"
            data-testid="retire"
            onClick={() => {
              setAsking("retire");
            }}
          >
            {t("browse.retire")}
            {name}
          </button>
        )}
        {entry.flags.local === null || asking !== null ? null : (
          <button
            type="button"
            className="button button--secondary"
            data-testid="revert"
            onClick={() => {
              setAsking("revert");
            }}
          >
            {t("browse.revert")}
            {name}
          </button>
        )}
      </div>
      {asking !== "revert" ? null : (
        <Ask
          question={t(entry.flags.local === "added" ? "browse.revertAskAdded" : "browse.revertAsk", { name: serviceName })}
          yes={t("browse.revertYes")}
          no={t("browse.revertNo")}
          testId="revert-ask"
          onNo={() => {
            setAsking(null);
          }}
          onYes={() => {
            void revertLocalEdit(getDirectoryDb(), entry.key).then((r) => {
              setAsking(null);
              handlers.onErrors(r.ok ? [] : r.errors);
              if (r.ok) handlers.onDone(t(r.removed ? "browse.revertedRemoved" : "browse.reverted", { name: serviceName }));
            });
          }}
        />
      )}
      {asking !== "retire" ? null : (
        <Ask
          question={t("browse.retireAsk", { name: serviceName })}
          yes={t("browse.retireYes")}
          no={t("browse.retireNo")}
          testId="retire-ask"
          danger
          onNo={() => {
            setAsking(null);
          }}
          onYes={() => {
            void retireService(getDirectoryDb(), entry.key, { now: new Date() }).then((r) => {
              setAsking(null);
              if (!r.ok) {
                handlers.onErrors(r.errors);
                return;
              }
              handlers.onErrors([]);
              if (r.previous !== undefined) {
                const retirement: Retirement = { previous: r.previous };
                if (r.retiredAt !== undefined) retirement.retiredAt = r.retiredAt;
                handlers.onRetired(serviceName, retirement);
              }
            });
          }}
        />
      )}
    </div>
  );
}

/** A question before a change that cannot be taken back from the entry itself; focus moves to it. */
function Ask(props: {
  question: string;
  yes: string;
  no: string;
  testId: string;
  danger?: boolean;
  onYes: () => void;
  onNo: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="panel" role="group" aria-label={props.question} data-testid={props.testId} tabIndex={-1} ref={ref}>
      <p>{props.question}</p>
      <div className="button-group">
        <button
          type="button"
          className={props.danger === true ? "button button--danger" : "button"}
          data-testid={`${props.testId}-yes`}
          onClick={props.onYes}
        >
          {props.yes}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onNo}>
          {props.no}
        </button>
      </div>
    </div>
  );
}

/** "I rang this number today": the MSVLO vouches for it, with their name or role. */
function ConfirmNumber({ entry, number, handlers }: { entry: DirectoryEntry; number: string; handlers: EntryActionHandlers }) {
  const { t } = useTranslation("directory");
  const [open, setOpen] = useState(false);
  const [who, setWho] = useState(handlers.lastConfirmer);
  const [missingWho, setMissingWho] = useState(false);
  const [submits, setSubmits] = useState(0);
  const id = useId();
  if (!open) {
    return (
      <button
        type="button"
        className="button button--secondary"
        data-testid="confirm-number"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t("confirm.open", { phone: number })}
        <span className="visually-hidden">: {entry.service.name}</span>
      </button>
    );
  }
  return (
    <form
      className="panel"
      data-testid="confirm-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void confirmNumber(getDirectoryDb(), { serviceKey: entry.key, number, name: who, now: new Date() }).then((r) => {
          // The one question here: its problem is shown beside it, in the interface's language.
          const whoProblem = !r.ok && r.errors.some((err) => err.field === "name");
          setMissingWho(whoProblem);
          if (whoProblem) setSubmits((n) => n + 1);
          handlers.onErrors(r.ok ? [] : r.errors.filter((err) => err.field !== "name"));
          if (!r.ok) return;
          setOpen(false);
          handlers.onDone(t("confirm.done", { phone: number, name: entry.service.name }));
        });
      }}
    >
      <ErrorSummary
        errors={missingWho ? [{ message: t("confirm.whoRequired"), href: `#${id}` }] : []}
        focusKey={submits}
        testId="confirm-errors"
        headingLevel={3}
      />
      <p>{t("confirm.intro", { phone: number, name: entry.service.name })}</p>
      <div className={`field${missingWho ? " field--error" : ""}`}>
        <label className="field__label" htmlFor={id}>
          {t("confirm.who")}
        </label>
        {missingWho ? (
          <p className="error-message" id={`${id}-error`}>
            {t("confirm.whoRequired")}
          </p>
        ) : null}
        <input
          id={id}
          className="input"
          value={who}
          autoComplete="name"
          // The confirmation keeps at most 200 characters (records.ts): the field cannot hold more.
          maxLength={200}
          data-testid="confirm-who"
          aria-invalid={missingWho ? true : undefined}
          aria-describedby={missingWho ? `${id}-error` : undefined}
          onChange={(e) => {
            setWho(e.target.value);
          }}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button" data-testid="confirm-submit">
          {t("confirm.submit")}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOpen(false);
          }}
        >
          {t("confirm.cancel")}
        </button>
      </div>
    </form>
  );
}

/** Classify an imported service so officers can find it. */
function ClassifyForm({ entry, handlers }: { entry: DirectoryEntry; handlers: EntryActionHandlers }) {
  const { t } = useTranslation("directory");
  const id = useId();
  const [stages, setStages] = useState<NrmStage[]>(entry.service.stages);
  const [audience, setAudience] = useState<Audience | undefined>(entry.service.audience);
  const [needs, setNeeds] = useState<Need[]>(entry.service.needs);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [submits, setSubmits] = useState(0);
  const toggle = <T,>(list: readonly T[], v: T, on: boolean): T[] => (on ? [...list, v] : list.filter((x) => x !== v));
  const fieldId = (f: FormField) => `${id}-${f}`;
  const problemOf = (f: FormField) => problems.find((p) => p.field === f);
  const messageOf = (p: FieldProblem) =>
    p.kind === "required"
      ? t(`editor.required.${p.field}`)
      : t("editor.invalid", { field: t(`editor.field.${p.field}`), detail: p.detail });
  const group = (field: FormField, legend: string, children: ReactNode) => {
    const problem = problemOf(field);
    return (
      <fieldset
        className={`field${problem === undefined ? "" : " field--error"}`}
        id={fieldId(field)}
        tabIndex={-1}
        aria-describedby={problem === undefined ? undefined : `${fieldId(field)}-error`}
      >
        <legend className="field__label">{legend}</legend>
        {problem === undefined ? null : (
          <p className="error-message" id={`${fieldId(field)}-error`}>
            {messageOf(problem)}
          </p>
        )}
        {children}
      </fieldset>
    );
  };
  return (
    <form
      className="panel"
      data-testid="classify-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void classifyService(getDirectoryDb(), entry.key, { stages, audience, needs }, { now: new Date() }).then((r) => {
          const { own, others } = r.ok ? { own: [], others: [] } : classifyProblems(r.errors);
          setProblems(own);
          if (own.length > 0) setSubmits((n) => n + 1);
          handlers.onErrors(others);
          if (r.ok) handlers.onDone(t("classify.done", { name: entry.service.name }));
        });
      }}
    >
      <h3 id={`${id}-title`}>{t("classify.title")}</h3>
      <ErrorSummary
        errors={problems.map((p) => ({ message: messageOf(p), href: `#${fieldId(p.field)}` }))}
        focusKey={submits}
        testId="classify-errors"
        headingLevel={4}
      />
      {group(
        "stages",
        t("editor.stages"),
        NRM_STAGES.map((s) => (
          <label key={s} className="checkbox">
            <input
              type="checkbox"
              checked={stages.includes(s)}
              data-testid={`classify-stage-${s}`}
              onChange={(e) => {
                setStages(toggle(stages, s, e.target.checked));
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
              checked={audience === a}
              data-testid={`classify-audience-${a}`}
              onChange={() => {
                setAudience(a);
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
              checked={needs.includes(n)}
              data-testid={`classify-need-${n}`}
              onChange={(e) => {
                setNeeds(toggle(needs, n, e.target.checked));
              }}
            />
            <span>{t(`needs.${n}`)}</span>
          </label>
        )),
      )}
      <button type="submit" className="button" data-testid="classify-submit">
        {t("classify.submit")}
        <span className="visually-hidden">: {entry.service.name}</span>
      </button>
    </form>
  );
}
