import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import { navigate } from "../../platform/navigation/history";
import { ForceAreaSelect } from "./ForceAreaSelect";
import { OfflineReadiness } from "./OfflineReadiness";
import { isDraftLocale } from "../../platform/i18n/localeStatus";
import { UpdateNotice } from "./UpdateNotice";
import { formatTime } from "../../platform/i18n/formatDate";
import { LIVE_ENCOUNTER_BASE, forgetLiveEncounter, prefetchEncounter, savedLiveEncounter } from "../../encounter";
import { PATHWAY_PATHS } from "../../pathway";
import { DIRECTORY_PATHS } from "../../directory";
import { TRAINING_PATHS } from "../../training";

/** Ways in without running the whole flow (MSVLOs, trainers, an officer in a hurry). */
const TOOLS = [
  { to: DIRECTORY_PATHS.lookup, label: "start.support" },
  { to: PATHWAY_PATHS.schedule4, label: "start.schedule4" },
  { to: PATHWAY_PATHS.signs, label: "start.signs" },
  { to: DIRECTORY_PATHS.overview, label: "start.directory" },
  { to: TRAINING_PATHS.fromStart, label: "start.training" },
  { to: "/about", label: "nav.about" },
] as const;

export function StartScreen() {
  const { t, i18n } = useTranslation();
  // Read once per visit to the start screen; it also purges an expired one.
  const [saved] = useState(() => savedLiveEncounter());
  useEffect(() => {
    prefetchEncounter();
  }, []);
  return (
    <>
      <div className="danger-callout" role="note" aria-labelledby="danger-title">
        <h2 id="danger-title" className="danger-callout__title">
          {t("start.dangerTitle")}
        </h2>
        <a href="tel:999" className="button button--danger" data-testid="call-999">
          {t("start.call999")}
        </a>
      </div>
      <h1>{t("start.title")}</h1>
      <p className="lead">{t("start.lead")}</p>
      <p data-testid="kept">{t("kept")}</p>
      {isDraftLocale(i18n.language) ? (
        <p className="hint" data-testid="locale-draft">
          {t("localeDraft")}
        </p>
      ) : null}
      <OfflineReadiness />
      {saved === null ? (
        <StartNewButton className="button button--start" label={t("start.begin")} />
      ) : (
        <div className="card" data-testid="saved-encounter">
          <h2>{t("start.savedTitle")}</h2>
          <p>
            {t("start.savedBody", {
              time: formatTime(saved, i18n.language),
            })}
          </p>
          <div className="button-group">
            <Link to={LIVE_ENCOUNTER_BASE} className="button" data-testid="resume">
              {t("start.resume")}
            </Link>
            <StartNewButton className="button button--secondary" label={t("start.startNew")} />
          </div>
        </div>
      )}
      <ForceAreaSelect />
      <h2>{t("start.toolsTitle")}</h2>
      <ul className="tool-list">
        {TOOLS.map((tool) => (
          <li key={tool.to}>
            <Link to={tool.to} className="tool-list__link">
              {t(tool.label)}
            </Link>
          </li>
        ))}
      </ul>
      <UpdateNotice />
    </>
  );
}

/** Always a fresh encounter: whatever was saved is forgotten first. */
function StartNewButton({ className, label }: { className: string; label: string }) {
  return (
    <button
      type="button"
      className={className}
      data-testid="start"
      onClick={() => {
        forgetLiveEncounter();
        navigate(LIVE_ENCOUNTER_BASE);
      }}
    >
      {label}
    </button>
  );
}
