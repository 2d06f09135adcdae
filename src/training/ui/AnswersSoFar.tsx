import { useTranslation } from "react-i18next";
import { getQuestion, getQuestionPath, useContentText, type Answers, type Question } from "../../pathway";
import { useAnswerWords } from "./useAnswerWords";

/** What the phone has been told so far, in question order: the room can follow the story's answers. */
export function AnswersSoFar({ answers }: { answers: Answers }) {
  const { t } = useTranslation("training");
  const { text } = useContentText();
  const words = useAnswerWords();
  const given = getQuestionPath(answers)
    .map((id) => getQuestion(id))
    .filter((q): q is Question => q !== undefined && answers[q.field] !== undefined);
  return (
    <section aria-labelledby="answers-title" className="training-answers" data-testid="answers-so-far">
      <h2 id="answers-title">{t("present.answersTitle")}</h2>
      {given.length === 0 ? (
        <p>{t("present.answersNone")}</p>
      ) : (
        <dl className="summary-list">
          {given.map((q) => (
            <div className="summary-list__row" key={q.id} data-question={q.id}>
              <dt>{text.question(q).summaryLabel}</dt>
              <dd>{words(q, answers[q.field])}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
