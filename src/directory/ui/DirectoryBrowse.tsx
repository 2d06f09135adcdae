import { useId, useState } from "react";
import { DIRECTORY_PATHS, editEntryPath } from "../routes";
import { useLiveQuery } from "dexie-react-hooks";
import { useTranslation } from "react-i18next";
import { AreaOptions } from "../../ui/AreaOptions";
import { MessageList } from "../../ui/MessageList";
import { BackLink } from "../../ui/BackLink";
import { Link } from "../../platform/navigation/Link";
import { useSetting } from "../../platform/settings/useSetting";
import { isForceAreaId } from "../../shared/forceAreas";
import { getDirectoryDb } from "../db";
import { listAreaServices } from "../query/browseArea";
import { markCheckedToday, retireService, revertLocalEdit } from "../edit/localEdits";
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
import { useDirectoryReady } from "./useDirectoryReady";
import { DirectoryProblem } from "./DirectoryProblem";

/** Entries shown before "Show N more" (each has its maintenance buttons). */
const BROWSE_PAGE_SIZE = 3;

/** Browse an area by stage, audience and need; check, edit or retire entries. */
export function DirectoryBrowse() {
  const { t } = useTranslation("directory");
  const [saved] = useSetting("forceArea");
  const [area, setArea] = useState<DirectoryArea>(isForceAreaId(saved) ? saved : "national");
  const [stage, setStage] = useState<NrmStage | "">("");
  const [audience, setAudience] = useState<PersonAudience | "">("");
  const [need, setNeed] = useState<Need | "">("");
  const [staleOnly, setStaleOnly] = useState(false);
  const [includeRetired, setIncludeRetired] = useState(false);
  const [errors, setErrors] = useState<PackError[]>([]);
  const ready = useDirectoryReady();
  const ids = { area: useId(), stage: useId(), audience: useId(), need: useId() };
  const entries = useLiveQuery(
    () =>
      ready.state === "ready"
        ? listAreaServices(getDirectoryDb(), area, {
            now: new Date(),
            ...(stage === "" ? {} : { stage }),
            ...(audience === "" ? {} : { audience }),
            ...(need === "" ? {} : { need }),
            staleOnly,
            includeRetired,
          })
        : undefined,
    [ready.state, area, stage, audience, need, staleOnly, includeRetired],
  );
  const act = async (p: Promise<{ ok: true } | { ok: false; errors: PackError[] }>) => {
    const r = await p;
    setErrors(r.ok ? [] : r.errors);
  };
  return (
    <>
      <BackLink fallback={DIRECTORY_PATHS.overview} />
      <h1>{t("browse.title")}</h1>
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
        <label className="checkbox">
          <input
            type="checkbox"
            checked={staleOnly}
            onChange={(e) => {
              setStaleOnly(e.target.checked);
            }}
          />
          <span>{t("browse.staleOnly")}</span>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={includeRetired}
            onChange={(e) => {
              setIncludeRetired(e.target.checked);
            }}
          />
          <span>{t("browse.includeRetired")}</span>
        </label>
      </div>
      <p>
        <Link to={DIRECTORY_PATHS.add}>{t("overview.add")}</Link>
      </p>
      <MessageList messages={errors.map((e) => e.message)} />
      {ready.state === "error" ? <DirectoryProblem status={ready.status} /> : null}
      {entries === undefined ? (
        <p role="status">{t("support.loading")}</p>
      ) : (
        <>
          <p role="status" data-testid="browse-count">
            {t("support.count", { count: entries.length })}
          </p>
          <ServiceList
            key={[area, stage, audience, need, String(staleOnly), String(includeRetired)].join("|")}
            entries={entries}
            audience="editor"
            now={new Date()}
            pageSize={BROWSE_PAGE_SIZE}
            headingLevel={2}
            showMoreLabel={(count) => t("browse.showMore", { count })}
            actions={(entry) => (
              <div className="button-group service-item__actions">
                <button
                  type="button"
                  className="button button--secondary"
                  data-testid="mark-checked"
                  onClick={() => void act(markCheckedToday(getDirectoryDb(), entry.key, { now: new Date() }))}
                >
                  {t("browse.checkedToday")}
                  <span className="visually-hidden">: {entry.service.name}</span>
                </button>
                <Link className="button button--secondary" to={editEntryPath(entry.key)}>
                  {t("browse.edit")}
                  <span className="visually-hidden">: {entry.service.name}</span>
                </Link>
                {entry.flags.retired ? null : (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => void act(retireService(getDirectoryDb(), entry.key, { now: new Date() }))}
                  >
                    {t("browse.retire")}
                    <span className="visually-hidden">: {entry.service.name}</span>
                  </button>
                )}
                {entry.flags.local === null ? null : (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => void act(revertLocalEdit(getDirectoryDb(), entry.key))}
                  >
                    {t("browse.revert")}
                    <span className="visually-hidden">: {entry.service.name}</span>
                  </button>
                )}
              </div>
            )}
          />
        </>
      )}
    </>
  );
}
