import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import { factsFromAnswers, getQuestion, getQuestionPath, useContentText } from "../../pathway";
import { useAnswerLabel } from "./answerLabel";
import { useEncounter, useEncounterSetup } from "./EncounterContext";

/** GOV.UK check-your-answers: every answer with a Change link, before any outcome. */
export function CheckAnswersScreen() {
  const { t } = useTranslation("encounter");
  const { t: tc } = useTranslation();
  const { answers } = useEncounter();
  const { paths } = useEncounterSetup();
  const answerLabel = useAnswerLabel();
  const { text } = useContentText();
  const path = getQuestionPath(answers);
  const complete = factsFromAnswers(answers).ok;
  const last = path[path.length - 1];
  return (
    <>
      <Link to={last === undefined ? paths.entry : paths.question(last)} className="back-link">
        {t("question.back")}
      </Link>
      <h1>{t("check.title")}</h1>
      <dl className="summary-list" data-testid="check-answers">
        {path.map((id) => {
          const q = getQuestion(id);
          if (!q) return null;
          const { summaryLabel } = text.question(q);
          return (
            <div className="summary-list__row" key={id}>
              <dt>{summaryLabel}</dt>
              <dd data-testid={`answer-${id}`}>{answerLabel(q, answers)}</dd>
              <dd>
                <Link to={paths.question(id, true)} className="summary-list__change">
                  {t("check.change")}
                  <span className="visually-hidden"> {summaryLabel}</span>
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
      {complete ? (
        <>
          <p data-testid="kept">{tc("kept")}</p>
          <Link to={paths.outcome("result")} className="button" data-testid="see-outcome">
            {t("check.continue")}
          </Link>
        </>
      ) : (
        <Link to={paths.entry} className="button">
          {t("check.finish")}
        </Link>
      )}
    </>
  );
}
