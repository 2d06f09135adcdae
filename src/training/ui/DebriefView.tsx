import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { routeKey, useContentText, type TraceEntry } from "../../pathway";
import { navigate } from "../../platform/navigation/history";
import { Link } from "../../platform/navigation/Link";
import { useStore } from "../../platform/state/useStore";
import { ProvenanceNote } from "../../ui/ProvenanceNote";
import type { LibraryEntry } from "../library/library";
import type { ScenarioText } from "../model/scenarioText";
import { compareRun, type AnswerComparison, type OutcomeDifference } from "../practice/compareRun";
import { TRAINING_PATHS } from "../paths";
import { trainingSession } from "../session/trainingSession";
import { TrainingFrame } from "./TrainingFrame";
import { DebriefPoints } from "./DebriefPoints";
import { ScoreSummary } from "./ScoreSummary";
import { SourceList } from "./SourceList";
import { useAnswerWords } from "./useAnswerWords";
import { useScenarioText } from "./useScenarioText";

/** The learner's answers and route beside the expected ones, each difference explained with its source. */
export function DebriefView({ entry }: { entry: LibraryEntry }) {
  const { t } = useTranslation("training");
  const { t: encounter } = useTranslation("encounter");
  const { scenario } = entry;
  const text = useScenarioText(entry);
  const store = trainingSession().run("practice", scenario.id);
  const { answers } = useStore(store);
  const comparison = useMemo(() => compareRun(scenario, answers), [scenario, answers]);
  const score = comparison.ok ? comparison.score : null;
  useEffect(() => {
    if (score !== null) trainingSession().recordAttempt({ scenarioId: scenario.id, ...score });
  }, [score, scenario.id]);

  if (!comparison.ok || text === null) {
    return (
      <TrainingFrame>
        <h1>{t("debrief.title")}</h1>
        <p>{t("debrief.notFinished")}</p>
        <p>
          <Link to={TRAINING_PATHS.practiceRun(scenario.id)}>{t("debrief.continue")}</Link>
        </p>
      </TrainingFrame>
    );
  }
  const expectedRoute = encounter(`route.${routeKey(comparison.expectedDecision)}.title`);
  const givenRoute = encounter(`route.${routeKey(comparison.givenDecision)}.title`);
  return (
    <TrainingFrame>
      <p className="caption">{text.title}</p>
      <h1>{t("debrief.title")}</h1>
      <p data-testid="debrief-score">
        {t("debrief.score", { correct: comparison.score.correct, total: comparison.score.total })}
      </p>
      <p className="card" data-testid="debrief-route" data-route-correct={comparison.score.routeCorrect}>
        {comparison.score.routeCorrect
          ? t("debrief.routeRight", { route: expectedRoute })
          : t("debrief.routeWrong", { given: givenRoute, expected: expectedRoute })}
      </p>
      {comparison.differences.length === 0 ? (
        <p data-testid="debrief-all-same">{t("debrief.allSame")}</p>
      ) : (
        <>
          <h2>{t("debrief.differencesTitle", { count: comparison.differences.length })}</h2>
          <ol className="differences" data-testid="differences">
            {comparison.differences.map((d) => (
              <Difference key={d.question.id} difference={d} entry={entry} text={text} />
            ))}
          </ol>
        </>
      )}
      {comparison.outcome.length === 0 ? null : (
        <>
          <h2>{t("debrief.outcomeTitle")}</h2>
          <ul data-testid="outcome-differences">
            {comparison.outcome.map((o) => (
              <OutcomeLine key={o.part} difference={o} />
            ))}
          </ul>
          {comparison.missedRules.length === 0 ? null : (
            <>
              <h3>{t("debrief.missedTitle")}</h3>
              <MissedRules rules={comparison.missedRules} />
            </>
          )}
        </>
      )}
      <h2>{t("debrief.pointsTitle")}</h2>
      <DebriefPoints scenario={scenario} text={text} />
      <div className="button-group">
        <button
          type="button"
          className="button"
          data-testid="practice-again"
          onClick={() => {
            trainingSession().restartRun("practice", scenario.id);
            navigate(TRAINING_PATHS.practiceRun(scenario.id));
          }}
        >
          {t("debrief.again")}
        </button>
        <Link to={TRAINING_PATHS.home} className="button button--secondary" data-testid="debrief-home">
          {t("debrief.home")}
        </Link>
      </div>
      <ScoreSummary />
    </TrainingFrame>
  );
}

function Difference({ difference, entry, text }: { difference: AnswerComparison; entry: LibraryEntry; text: ScenarioText }) {
  const { t } = useTranslation("training");
  const { text: content } = useContentText();
  const words = useAnswerWords();
  const { question } = difference;
  const note = entry.scenario.answerNotes.find((n) => n.question === question.id);
  const why = note === undefined ? undefined : text.answers[question.id];
  return (
    <li className="difference" data-testid="difference" data-question={question.id}>
      <h3>{content.question(question).text}</h3>
      <dl>
        <dt>{t("debrief.yourAnswer")}</dt>
        <dd data-testid="given">{difference.given === undefined ? t("debrief.notAsked") : words(question, difference.given)}</dd>
        <dt>{t("debrief.expectedAnswer")}</dt>
        <dd data-testid="expected">
          {difference.expected === undefined ? t("debrief.notAsked") : words(question, difference.expected)}
        </dd>
      </dl>
      {note !== undefined && why !== undefined ? (
        <>
          <p data-testid="why">{why}</p>
          <SourceList sources={note.sources} />
        </>
      ) : (
        <>
          <p>{t("debrief.noNote")}</p>
          <SourceList sources={question.provenance.sources} />
        </>
      )}
    </li>
  );
}

function OutcomeLine({ difference }: { difference: OutcomeDifference }) {
  const { t } = useTranslation("training");
  const { t: encounter } = useTranslation("encounter");
  const { t: directory } = useTranslation("directory");
  // The values are the engine's ids (route keys, statuses, stages); each has words in these namespaces.
  const say = (value: string): string =>
    difference.part === "route"
      ? encounter(`route.${value}.title` as never)
      : difference.part === "section45"
        ? encounter(`s45.status.${value}` as never)
        : directory(`stages.${value}` as never);
  return (
    <li data-part={difference.part}>
      {t(`debrief.outcome.${difference.part}`, { given: say(difference.given), expected: say(difference.expected) })}
    </li>
  );
}

function MissedRules({ rules }: { rules: readonly TraceEntry[] }) {
  const { text, offences } = useContentText();
  return (
    <ol className="reveal-trace" data-testid="missed-rules">
      {rules.map((rule) => (
        <li key={rule.ruleId} data-rule={rule.ruleId}>
          <p>{rule.schedule4 === undefined ? text.rule(rule.ruleId) : offences.check(rule.schedule4)}</p>
          <ProvenanceNote provenance={rule.provenance} />
        </li>
      ))}
    </ol>
  );
}
