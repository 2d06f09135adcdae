import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import { libraryEntries, type LibraryEntry } from "../library/library";
import { TRAINING_PATHS } from "../paths";
import { TrainingFrame } from "./TrainingFrame";
import { ScoreSummary } from "./ScoreSummary";
import { useScenarioText } from "./useScenarioText";
import { useTrainingState } from "./useTraining";

/** Training mode's home: the scenarios, how to run a session, the score, and the packs. */
export default function TrainingHome() {
  const { t } = useTranslation("training");
  const { packs } = useTrainingState();
  return (
    <TrainingFrame>
      <h1>{t("home.title")}</h1>
      <p>{t("home.intro")}</p>
      <ScoreSummary />
      <h2>{t("home.scenariosTitle")}</h2>
      <ul className="scenario-list" data-testid="scenario-list">
        {libraryEntries(packs).map((entry) => (
          <ScenarioItem key={entry.scenario.id} entry={entry} />
        ))}
      </ul>
      <h2>{t("home.howTitle")}</h2>
      <p>{t("home.howPresent")}</p>
      <p>{t("home.howNotes")}</p>
      <p>{t("home.howPractise")}</p>
      <p>
        <Link to={TRAINING_PATHS.packs} data-testid="training-packs">
          {t("home.packs")}
        </Link>
      </p>
    </TrainingFrame>
  );
}

function ScenarioItem({ entry }: { entry: LibraryEntry }) {
  const { t } = useTranslation("training");
  const text = useScenarioText(entry);
  const id = entry.scenario.id;
  const title = text?.title ?? id;
  return (
    <li data-scenario={id}>
      <h3>{title}</h3>
      {text === null ? null : <p className="setting">{text.setting}</p>}
      {entry.origin === "pack" ? <p className="hint">{t("home.imported", { publisher: entry.publisher.name })}</p> : null}
      <div className="button-group button-group--row">
        <Link to={TRAINING_PATHS.present(id)} className="button" data-testid={`present-${id}`}>
          {t("home.present")}
          <span className="visually-hidden">: {title}</span>
        </Link>
        <Link to={TRAINING_PATHS.practice(id)} className="button button--secondary" data-testid={`practise-${id}`}>
          {t("home.practise")}
          <span className="visually-hidden">: {title}</span>
        </Link>
      </div>
    </li>
  );
}
