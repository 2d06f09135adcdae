import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { factsFromAnswers } from "../../pathway";
import { navigate } from "../../platform/navigation/history";
import { Link } from "../../platform/navigation/Link";
import { useStore } from "../../platform/state/useStore";
import type { ScreenProps } from "../../platform/navigation/routeTable";
import { EncounterView } from "../../encounter";
import type { LibraryEntry } from "../library/library";
import type { ScenarioText } from "../model/scenarioText";
import { TRAINING_PATHS } from "../paths";
import { trainingSession } from "../session/trainingSession";
import { Disclosure } from "../../ui/Disclosure";
import { TrainingFrame } from "./TrainingFrame";
import { UnknownScenario } from "./UnknownScenario";
import { DebriefView } from "./DebriefView";
import { useScenarioEntry } from "./useTraining";
import { useScenarioText } from "./useScenarioText";

/**
 * Practice on the learner's own phone: the situation, then the real encounter
 * screens with a memory store, then how the answers compare. Addresses:
 * /training/practice/<id> (the brief), …/run/… (the phone), …/debrief.
 */
export default function PracticeScreen({ params, path }: ScreenProps) {
  const entry = useScenarioEntry(params["scenario"]);
  if (entry === undefined) return <UnknownScenario />;
  const rest = params["rest"] ?? "";
  if (rest === "") return <Brief entry={entry} />;
  if (rest === "debrief") return <DebriefView entry={entry} />;
  return <Run entry={entry} path={path} />;
}

function Story({ text }: { text: ScenarioText }) {
  return (
    <div className="story" data-testid="story">
      <p className="setting">{text.setting}</p>
      {text.story.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}

function Brief({ entry }: { entry: LibraryEntry }) {
  const { t } = useTranslation("training");
  const text = useScenarioText(entry);
  const id = entry.scenario.id;
  return (
    <TrainingFrame>
      <p className="caption">{t("practice.caption")}</p>
      <h1>{text?.title ?? id}</h1>
      {text === null ? null : <Story text={text} />}
      <p>{t("practice.task")}</p>
      <div className="button-group">
        <button
          type="button"
          className="button button--start"
          data-testid="practice-start"
          onClick={() => {
            trainingSession().restartRun("practice", id);
            navigate(TRAINING_PATHS.practiceRun(id));
          }}
        >
          {t("practice.start")}
        </button>
      </div>
      <p>
        <Link to={TRAINING_PATHS.home}>{t("practice.back")}</Link>
      </p>
    </TrainingFrame>
  );
}

function Run({ entry, path }: { entry: LibraryEntry; path: string }) {
  const { t } = useTranslation("training");
  const text = useScenarioText(entry);
  const id = entry.scenario.id;
  const store = trainingSession().run("practice", id);
  const { answers } = useStore(store);
  const finished = factsFromAnswers(answers).ok;
  return (
    <TrainingFrame>
      {text === null ? null : (
        <Disclosure summary={t("practice.situation")} testId="situation">
          <Story text={text} />
        </Disclosure>
      )}
      {finished ? (
        <div className="button-group">
          <button
            type="button"
            className="button"
            data-testid="practice-finish"
            onClick={() => {
              navigate(TRAINING_PATHS.debrief(id));
            }}
          >
            {t("practice.finish")}
          </button>
        </div>
      ) : null}
      <Suspense fallback={<p role="status">{t("loading")}</p>}>
        <EncounterView base={TRAINING_PATHS.practiceRun(id)} path={path} store={store} exitTo={TRAINING_PATHS.practice(id)} />
      </Suspense>
    </TrainingFrame>
  );
}
