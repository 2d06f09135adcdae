import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import i18next from "i18next";
import { navigate } from "../../platform/navigation/history";
import { readSetting, writeSetting } from "../../platform/settings/settings";
import { returnPathFor } from "../paths";
import { trainingSession } from "../session/trainingSession";
import "./training.css";

/** Ends training: forgets the session and restores the screen and language the officer came from. */
export function leaveTraining(): void {
  const entry = trainingSession().leave();
  if (entry !== null) {
    // The language may have been switched during training (the header's toggle saves it).
    if (readSetting("locale") !== entry.storedLanguage) writeSetting("locale", entry.storedLanguage);
    if (i18next.language !== entry.language) void i18next.changeLanguage(entry.language);
  }
  navigate(entry?.returnTo ?? "/");
}

/**
 * Every training screen sits in this frame: the marker at the top with the
 * way out, a frame round the window and the marker pinned at the bottom, so a
 * training screen can never pass for a real encounter at any scroll position.
 */
export function TrainingFrame({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation("training");
  useEffect(() => {
    // The first training screen remembers where the officer came from (kept on a second call).
    const from = new URLSearchParams(globalThis.location.search).get("from");
    trainingSession().enter({ returnTo: returnPathFor(from), language: i18n.language, storedLanguage: readSetting("locale") });
  }, [i18n]);
  return (
    <div className="training" data-testid="training-mode">
      <div className="training-banner" data-testid="training-marker">
        <p className="training-banner__marker">{t("marker")}</p>
        <button type="button" className="button button--inverse" data-testid="leave-training" onClick={leaveTraining}>
          {t("leave")}
        </button>
      </div>
      {children}
      <p className="training-strip" aria-hidden="true">
        {t("marker")}
      </p>
    </div>
  );
}
