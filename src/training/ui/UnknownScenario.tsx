import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import { TRAINING_PATHS } from "../paths";
import { TrainingFrame } from "./TrainingFrame";

/** An address naming a scenario that is not loaded (an imported one, after the tab was reloaded). */
export function UnknownScenario() {
  const { t } = useTranslation("training");
  return (
    <TrainingFrame>
      <h1>{t("unknown.title")}</h1>
      <p>{t("unknown.body")}</p>
      <p>
        <Link to={TRAINING_PATHS.home}>{t("unknown.home")}</Link>
      </p>
    </TrainingFrame>
  );
}
