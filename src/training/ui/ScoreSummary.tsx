import { useTranslation } from "react-i18next";
import { trainingSession } from "../session/trainingSession";
import { useTrainingState } from "./useTraining";

/** The practice score of this session: memory only, and nothing about who answered. */
export function ScoreSummary() {
  const { t } = useTranslation("training");
  const { attempts } = useTrainingState();
  if (attempts.length === 0) return null;
  const sum = (f: (a: (typeof attempts)[number]) => number) => attempts.reduce((n, a) => n + f(a), 0);
  return (
    <section className="card" aria-labelledby="score-title" data-testid="session-score">
      <h2 id="score-title">{t("score.title")}</h2>
      <p>
        {t("score.summary", {
          count: attempts.length,
          routes: sum((a) => (a.routeCorrect ? 1 : 0)),
          correct: sum((a) => a.correct),
          total: sum((a) => a.total),
        })}
      </p>
      <p className="hint">{t("score.kept")}</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          trainingSession().clearScore();
        }}
      >
        {t("score.clear")}
      </button>
    </section>
  );
}
