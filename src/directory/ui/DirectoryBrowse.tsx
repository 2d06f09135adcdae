import { useEffect, useId, useRef, useState } from "react";
import { DIRECTORY_PATHS } from "../routes";
import { useLiveQuery } from "dexie-react-hooks";
import { useTranslation } from "react-i18next";
import { AreaOptions } from "../../ui/AreaOptions";
import { MessageList } from "../../ui/MessageList";
import { Disclosure } from "../../ui/Disclosure";
import { BackLink } from "../../ui/BackLink";
import { Link } from "../../platform/navigation/Link";
import { useSetting } from "../../platform/settings/useSetting";
import { isForceAreaId } from "../../shared/forceAreas";
import { getDirectoryDb } from "../db";
import { listAreaServices } from "../query/browseArea";
import { browseShortcutPath, readBrowseStart, shortcutFilters, shortcutOf } from "../query/browseShortcut";
import { navigate } from "../../platform/navigation/history";
import { undoRetire, type Retirement } from "../edit/localEdits";
import { EntryActions } from "./EntryActions";
import {
  DIRECTORY_AREAS,
  NEEDS,
  NRM_STAGES,
  PERSON_AUDIENCES,
  type DirectoryArea,
  type Need,
  type NrmStage,
  type PersonAudience,
} from "../schema/vocabulary";
import type { PackError } from "../pack/packErrors";
import { ServiceList } from "./ServiceList";
import { useCurrentLiveQuery } from "./useCurrentLiveQuery";
import { useDirectoryReady } from "./useDirectoryReady";
import { DirectoryProblem } from "./DirectoryProblem";

/** Entries shown before "Show N more" (each has its maintenance buttons). */
const BROWSE_PAGE_SIZE = 3;

/** Browse an area by stage, audience and need; check, edit or retire entries. */
export function DirectoryBrowse() {
  return <BrowseEntries mode="browse" />;
}

/** The review list: services imported without a classification. */
export function ReviewEntries() {
  return <BrowseEntries mode="review" />;
}

function BrowseEntries({ mode }: { mode: "browse" | "review" }) {
  const { t } = useTranslation("directory");
  const [saved] = useSetting("forceArea");
  // A dashboard count opens this list with its area and filter already chosen.
  const [start] = useState(() => readBrowseStart(globalThis.location.search));
  const shortcut = shortcutFilters(start.show);
  const [area, setArea] = useState<DirectoryArea>(start.area ?? (isForceAreaId(saved) ? saved : "national"));
  const [stage, setStage] = useState<NrmStage | "">("");
  const [audience, setAudience] = useState<PersonAudience | "">("");
  const [need, setNeed] = useState<Need | "">("");
  const [staleOnly, setStaleOnly] = useState(shortcut.staleOnly);
  const [includeRetired, setIncludeRetired] = useState(false);
  const [unclassifiedOnly, setUnclassifiedOnly] = useState(mode === "review");
  const [unconfirmedOnly, setUnconfirmedOnly] = useState(shortcut.unconfirmedOnly);
  const [findableOnly, setFindableOnly] = useState(shortcut.findableOnly);
  const [errors, setErrors] = useState<PackError[]>([]);
  const [retired, setRetired] = useState<{ name: string; retirement: Retirement } | null>(null);
  const [notice, setNotice] = useState("");
  // After a change the entry's own controls may be gone (a retired or
  // classified entry leaves this list): focus goes to what was done.
  const noticeRef = useRef<HTMLDivElement>(null);
  const [focusNotice, setFocusNotice] = useState(0);
  useEffect(() => {
    if (focusNotice > 0) noticeRef.current?.focus();
  }, [focusNotice]);
  const announce = (message: string) => {
    setRetired(null);
    setNotice(message);
    setFocusNotice((n) => n + 1);
  };
  const lastConfirmer = useLiveQuery(async () => {
    const all = await getDirectoryDb().confirmations.toArray();
    return all.sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : -1))[0]?.name ?? "";
  }, []);
  const ready = useDirectoryReady();
  const ids = { area: useId(), stage: useId(), audience: useId(), need: useId() };
  // One object for both the query and its key, so the two cannot disagree.
  const filter = {
    ...(stage === "" ? {} : { stage }),
    ...(audience === "" ? {} : { audience }),
    ...(need === "" ? {} : { need }),
    staleOnly,
    includeRetired,
    unclassifiedOnly,
    unconfirmedOnly,
    findableOnly,
  };
  const filterKey = JSON.stringify({ area, ...filter });
  const entries = useCurrentLiveQuery(`${ready.state}|${filterKey}`, async () =>
    ready.state === "ready" ? listAreaServices(getDirectoryDb(), area, { now: new Date(), ...filter }) : undefined,
  );
  // The address follows the area and shortcut filter, so Back from an entry's editor reopens the same list.
  const show = shortcutOf({ findableOnly, staleOnly, unconfirmedOnly });
  useEffect(() => {
    const target = browseShortcutPath(mode === "review" ? DIRECTORY_PATHS.review : DIRECTORY_PATHS.browse, area, show);
    if (target !== globalThis.location.pathname + globalThis.location.search) navigate(target, { replace: true });
  }, [mode, area, show]);
  return (
    <>
      <BackLink fallback={DIRECTORY_PATHS.overview} />
      <h1>{mode === "review" ? t("browse.reviewTitle") : t("browse.title")}</h1>
      {mode === "review" ? <p>{t("browse.reviewIntro")}</p> : null}
      <div className="filters">
        <div className="field">
          <label className="field__label" htmlFor={ids.area}>
            {t("lookup.area")}
          </label>
          <select
            id={ids.area}
            className="select"
            data-testid="browse-area"
            value={area}
            onChange={(e) => {
              const v = e.target.value;
              if ((DIRECTORY_AREAS as readonly string[]).includes(v)) setArea(v as DirectoryArea);
            }}
          >
            <AreaOptions national />
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.stage}>
            {t("browse.stage")}
          </label>
          <select
            id={ids.stage}
            className="select"
            value={stage}
            onChange={(e) => {
              const v = e.target.value;
              setStage((NRM_STAGES as readonly string[]).includes(v) ? (v as NrmStage) : "");
            }}
          >
            <option value="">{t("browse.any")}</option>
            {NRM_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`stages.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.audience}>
            {t("lookup.audience")}
          </label>
          <select
            id={ids.audience}
            className="select"
            value={audience}
            onChange={(e) => {
              const v = e.target.value;
              setAudience((PERSON_AUDIENCES as readonly string[]).includes(v) ? (v as PersonAudience) : "");
            }}
          >
            <option value="">{t("browse.any")}</option>
            {PERSON_AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {t(`audiences.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.need}>
            {t("browse.need")}
          </label>
          <select
            id={ids.need}
            className="select"
            value={need}
            onChange={(e) => {
              const v = e.target.value;
              setNeed((NEEDS as readonly string[]).includes(v) ? (v as Need) : "");
            }}
          >
            <option value="">{t("browse.any")}</option>
            {NEEDS.map((n) => (
              <option key={n} value={n}>
                {t(`needs.${n}`)}
              </option>
            ))}
          </select>
        </div>
        {/* The narrowing filters, one tap away; the review list opens with its own ticked. */}
        <Disclosure
          summary={t("browse.moreFilters")}
          open={mode === "review" || start.show !== undefined}
          testId="browse-more-filters"
        >
          <FilterBox label={t("browse.staleOnly")} checked={staleOnly} onChange={setStaleOnly} testId="filter-stale" />
          <FilterBox label={t("browse.includeRetired")} checked={includeRetired} onChange={setIncludeRetired} />
          <FilterBox
            label={t("browse.unclassifiedOnly")}
            checked={unclassifiedOnly}
            onChange={setUnclassifiedOnly}
            testId="filter-unclassified"
          />
          <FilterBox
            label={t("browse.unconfirmedOnly")}
            checked={unconfirmedOnly}
            onChange={setUnconfirmedOnly}
            testId="filter-unconfirmed"
          />
          <FilterBox
            label={t("browse.findableOnly")}
            checked={findableOnly}
            onChange={setFindableOnly}
            testId="filter-findable"
          />
        </Disclosure>
      </div>
      <p>
        <Link to={DIRECTORY_PATHS.add}>{t("overview.add")}</Link>
      </p>
      {/* What went wrong in the interface's language, then the validator's detail. */}
      <MessageList messages={errors.map((e) => `${t(`errors.${e.code}`)}: ${e.message}`)} />
      <div role="status" data-testid="browse-notice" tabIndex={-1} ref={noticeRef}>
        {retired === null ? (
          notice === "" ? null : (
            <p>{notice}</p>
          )
        ) : (
          <div className="panel" data-testid="retired-notice">
            <p>{t("browse.retired", { name: retired.name })}</p>
            <button
              type="button"
              className="button button--secondary"
              data-testid="undo-retire"
              onClick={() => {
                void undoRetire(getDirectoryDb(), retired.retirement).then((r) => {
                  if (!r.ok) {
                    setErrors(r.errors);
                    return;
                  }
                  announce(t("browse.undone", { name: retired.name }));
                });
              }}
            >
              {t("browse.undo")}
              <span className="visually-hidden">: {retired.name}</span>
            </button>
          </div>
        )}
      </div>
      {ready.state === "error" ? <DirectoryProblem status={ready.status} /> : null}
      {/* One status element, loading or counted, so the new count is announced in place. */}
      <p role="status" data-testid={entries === undefined ? "browse-loading" : "browse-count"}>
        {entries === undefined ? t("support.loading") : t("support.count", { count: entries.length })}
      </p>
      {entries === undefined ? null : (
        <>
          <ServiceList
            key={filterKey}
            entries={entries}
            audience="editor"
            now={new Date()}
            pageSize={BROWSE_PAGE_SIZE}
            headingLevel={2}
            showMoreLabel={(count) => t("browse.showMore", { count })}
            actions={(entry) => (
              <EntryActions
                entry={entry}
                handlers={{
                  onErrors: setErrors,
                  onRetired: (name, retirement) => {
                    setNotice("");
                    setRetired({ name, retirement });
                    setFocusNotice((n) => n + 1);
                  },
                  onDone: announce,
                  lastConfirmer: lastConfirmer ?? "",
                }}
              />
            )}
          />
        </>
      )}
    </>
  );
}

/** One narrowing filter of the list. */
function FilterBox(props: { label: string; checked: boolean; onChange: (checked: boolean) => void; testId?: string }) {
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={props.checked}
        data-testid={props.testId}
        onChange={(e) => {
          props.onChange(e.target.checked);
        }}
      />
      <span>{props.label}</span>
    </label>
  );
}
