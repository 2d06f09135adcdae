import { useEffect, useState } from "react";
import { DIRECTORY_PATHS } from "../routes";
import { useTranslation } from "react-i18next";
import { BackLink } from "../../ui/BackLink";
import { Link } from "../../platform/navigation/Link";
import { formatDate } from "../../platform/i18n/formatDate";
import { getStorageState, requestPersistentStorage, type StorageState } from "../browser/persistence";
import { useDirectoryReady } from "./useDirectoryReady";
import { DirectoryProblem } from "./DirectoryProblem";
import { PackImport } from "./PackImport";
import { PackExport } from "./PackExport";

export function DirectoryOverview() {
  const { t, i18n } = useTranslation("directory");
  const [refresh, setRefresh] = useState(0);
  const ready = useDirectoryReady(refresh);
  const [storage, setStorage] = useState<StorageState | null>(null);
  useEffect(() => {
    void getStorageState().then(setStorage);
  }, [refresh]);
  return (
    <>
      <BackLink />
      <h1>{t("overview.title")}</h1>
      <p>{t("overview.intro")}</p>
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
          <dl className="summary-list" data-testid="directory-status">
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
          <h2>{t("overview.packsTitle")}</h2>
          <ul className="result-list" data-testid="packs">
            {ready.status.packs.map((p) => (
              <li key={p.packKey} className={`card${p.expired || p.trust === "unverified" ? " card--verify" : ""}`}>
                <h3>{p.title ?? p.publisher.name}</h3>
                <p>
                  {t("overview.packLine", {
                    area: p.area,
                    version: p.packVersion,
                    expires: formatDate(p.expiresAt, i18n.language),
                  })}
                </p>
                <ul className="tags">
                  <li
                    className={`tag${p.trust === "verified" ? " tag--success" : p.trust === "unverified" ? " tag--warning" : ""}`}
                  >
                    {t(`trust.${p.trust}`)}
                  </li>
                  {p.expired ? <li className="tag tag--warning">{t("card.expired")}</li> : null}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ul className="tool-list">
        <li>
          <Link to={DIRECTORY_PATHS.browse} className="tool-list__link" data-testid="browse">
            {t("overview.browse")}
          </Link>
        </li>
        <li>
          <Link to={DIRECTORY_PATHS.add} className="tool-list__link">
            {t("overview.add")}
          </Link>
        </li>
      </ul>
      <PackImport
        onImported={() => {
          setRefresh((n) => n + 1);
        }}
      />
      <PackExport />
    </>
  );
}
