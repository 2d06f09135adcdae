import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import { DANGER_ACTIONS, PATHWAY_CONTENT, useContentText } from "../../pathway";
import { nextScreen } from "../nextStep";
import { useEncounter, useEncounterSetup } from "./EncounterContext";

/**
 * The interruption after "Yes" to immediate danger (GOV.UK interruption
 * card): Call 999 in plain sight and the two or three things to do now, then
 * the questions go on. Nothing here is hidden in a disclosure.
 */
export function DangerScreen() {
  const { t } = useTranslation("encounter");
  const { text } = useContentText();
  const { answers } = useEncounter();
  const { paths } = useEncounterSetup();
  const changing = new URLSearchParams(globalThis.location.search).has("change");
  const next = nextScreen(answers);
  const continueTo = next.kind === "question" ? paths.question(next.id, changing) : paths.of(next);
  const actions = DANGER_ACTIONS.flatMap((id) => PATHWAY_CONTENT.actions.filter((a) => a.id === id));
  return (
    <div className="interruption" data-testid="danger-interruption">
      <h1>{t("danger.title")}</h1>
      <a href="tel:999" className="button button--danger button--call" data-testid="danger-call-999">
        {t("danger.call999")}
      </a>
      <ol className="interruption__list">
        {actions.map((action) => {
          const words = text.action(action);
          return (
            <li key={action.id} data-action={action.id}>
              <strong>{words.title}</strong>
              {words.how === undefined ? null : <p>{words.how}</p>}
            </li>
          );
        })}
      </ol>
      <p>{t("danger.thenContinue")}</p>
      <Link to={continueTo} className="button button--inverse" data-testid="continue">
        {t("danger.continue")}
      </Link>
    </div>
  );
}
