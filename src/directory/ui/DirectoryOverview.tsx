import { useEffect, useId, useState } from "react";
import { DIRECTORY_PATHS } from "../routes";
import { useTranslation } from "react-i18next";
import { BackLink } from "../../ui/BackLink";
import { AreaOptions, useDirectoryAreaName } from "../../ui/AreaOptions";
import { Disclosure } from "../../ui/Disclosure";
import { Link } from "../../platform/navigation/Link";
import { useSetting } from "../../platform/settings/useSetting";
import { isForceAreaId } from "../../shared/forceAreas";
import { getStorageState, requestPersistentStorage, type StorageState } from "../browser/persistence";
import { DIRECTORY_AREAS, type DirectoryArea } from "../schema/vocabulary";
import { useDirectoryReady } from "./useDirectoryReady";
import { DirectoryProblem } from "./DirectoryProblem";
import { PackImport } from "./PackImport";
import { PackExport } from "./PackExport";
import { AreaDashboard } from "./AreaDashboard";

/** MSVLO mode's front page: the tasks first, then the chosen area at a glance, then import and export. */
export function DirectoryOverview() {
  const { t } = useTranslation("directory");
  const areaName = useDirectoryAreaName();
  const [saved] = useSetting("forceArea");
  const [area, setArea] = useState<DirectoryArea>(isForceAreaId(saved) ? saved : "national");
  const [refresh, setRefresh] = useState(0);
  const ready = useDirectoryReady(refresh);
  const [storage, setStorage] = useState<StorageState | null>(null);
  const areaId = useId();
  useEffect(() => {
    void getStorageState().then(setStorage);
  }, [refresh]);
  return (
    <>
      <BackLink />
      <h1>{t("overview.title")}</h1>
      <p>{t("overview.intro")}</p>
      <h2>{t("overview.tasksTitle")}</h2>
      <ul className="tool-list" data-testid="directory-tasks">
        <li>
          <Link to={DIRECTORY_PATHS.browse} className="tool-list__link" data-testid="browse">
            {t("overview.browse")}
          </Link>
        </li>
        <li>
          <Link to={DIRECTORY_PATHS.add} className="tool-list__link" data-testid="add">
            {t("overview.add")}
          </Link>
        </li>
        <li>
          <Link to={DIRECTORY_PATHS.review} className="tool-list__link" data-testid="review">
            {t("overview.review")}
          </Link>
        </li>
        <li>
          <a href="#import" className="tool-list__link">
            {t("overview.import")}
          </a>
        </li>
        <li>
          <a href="#export" className="tool-list__link">
            {t("overview.export")}
          </a>
        </li>
      </ul>
      {ready.state === "loading" ? <p role="status">{t("support.loading")}</p> : null}
      {ready.state === "error" ? <DirectoryProblem status={ready.status} /> : null}
      {ready.state === "ready" ? (
        <>
          {ready.status.health === "empty" ? <p className="error-summary">{t("overview.empty")}</p> : null}
          {ready.status.health === "samples-only" ? (
            <p className="card card--verify" data-testid="samples-only">
              {t("overview.samplesOnly")}
            </p>
          ) : null}
          <div className="field">
            <label className="field__label" htmlFor={areaId}>
              {t("overview.area")}
            </label>
            <select
              id={areaId}
              className="select"
              data-testid="dashboard-area"
              value={area}
              onChange={(e) => {
                const v = e.target.value;
                if ((DIRECTORY_AREAS as readonly string[]).includes(v)) setArea(v as DirectoryArea);
              }}
            >
              <AreaOptions national />
            </select>
          </div>
          <AreaDashboard key={`${area}-${String(refresh)}`} area={area} areaName={areaName(area)} />
          <Disclosure summary={t("overview.aboutStorage")} testId="directory-status">
            <dl className="summary-list">
              <div className="summary-list__row">
                <dt>{t("overview.services")}</dt>
                <dd data-testid="service-count">{ready.status.services}</dd>
              </div>
              <div className="summary-list__row">
                <dt>{t("overview.localEdits")}</dt>
                <dd data-testid="local-edit-count">{ready.status.localEdits}</dd>
              </div>
              <div className="summary-list__row">
                <dt>{t("overview.storage")}</dt>
                <dd data-testid="storage-state">
                  {storage === null
                    ? "…"
                    : !storage.supported
                      ? t("overview.storageUnsupported")
                      : storage.persisted
                        ? t("overview.storagePersisted")
                        : t("overview.storageNotPersisted")}
                </dd>
              </div>
            </dl>
            {storage !== null && storage.supported && !storage.persisted ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  void requestPersistentStorage().then(setStorage);
                }}
              >
                {t("overview.persist")}
              </button>
            ) : null}
          </Disclosure>
        </>
      ) : null}
      <div id="import" tabIndex={-1}>
        <PackImport
          area={area}
          onImported={() => {
            setRefresh((n) => n + 1);
          }}
        />
      </div>
      <div id="export" tabIndex={-1}>
        <PackExport area={area} />
      </div>
    </>
  );
}
