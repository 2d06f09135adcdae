// The first-contact flow: one question per screen, check your answers, then
// the outcome screens. Lazy-loaded: the pathway content and zod arrive only
// when an encounter starts.
import { lazy, useEffect } from "react";
import { navigate, usePath } from "../../platform/navigation/history";
import { readSetting } from "../../platform/settings/settings";
import { isForceAreaId } from "../../shared/forceAreas";
import { factsFromAnswers } from "../../pathway/engine/answers";
import { getEncounter, setAnswer, useEncounter } from "../store";
import { QuestionScreen } from "./QuestionScreen";
import { CheckAnswersScreen } from "./CheckAnswersScreen";
import { ResultScreen } from "./ResultScreen";
import { ActionsScreen } from "./ActionsScreen";
import { SummaryScreen } from "./SummaryScreen";
import { ACTIONS, CHECK, RESULT, SECTION45, SUMMARY, SUPPORT, questionPath } from "./paths";

// Section 45 (with the Schedule 4 search) and support (with the directory
// database) are their own chunks: the questions must not wait for them.
const Section45Screen = lazy(() => import("./Section45Screen").then((m) => ({ default: m.Section45Screen })));
const EncounterSupportScreen = lazy(() =>
  import("./EncounterSupportScreen").then((m) => ({ default: m.EncounterSupportScreen })),
);

/** Where /encounter should land: the first unanswered question, else check your answers. */
function entryPath(): string {
  const { answers } = getEncounter();
  // The force area chosen on this device answers the area question.
  const area = readSetting("forceArea");
  if (answers.area === undefined && isForceAreaId(area)) setAnswer("area", area);
  const result = factsFromAnswers(getEncounter().answers);
  return result.ok ? CHECK : questionPath(result.nextQuestion);
}

function Redirect({ to }: { to: string }) {
  useEffect(() => {
    navigate(to, { replace: true });
  }, [to]);
  return null;
}

export default function EncounterScreen() {
  const path = usePath();
  const encounter = useEncounter();
  const isEntry = path === "/encounter" || path === "/encounter/";

  useEffect(() => {
    if (isEntry) navigate(entryPath(), { replace: true });
  }, [isEntry]);

  if (isEntry) return null;
  const questionMatch = /^\/encounter\/q\/([a-z0-9-]+)$/.exec(path);
  if (questionMatch?.[1] !== undefined) return <QuestionScreen key={questionMatch[1]} questionId={questionMatch[1]} />;

  const facts = factsFromAnswers(encounter.answers);
  if (path === CHECK) return <CheckAnswersScreen />;
  if (!facts.ok) {
    // An outcome screen before every question is answered: finish the questions first.
    return <Redirect to={questionPath(facts.nextQuestion)} />;
  }
  switch (path) {
    case RESULT:
      return <ResultScreen facts={facts.facts} />;
    case ACTIONS:
      return <ActionsScreen facts={facts.facts} />;
    case SECTION45:
      return <Section45Screen facts={facts.facts} />;
    case SUPPORT:
      return <EncounterSupportScreen facts={facts.facts} />;
    case SUMMARY:
      return <SummaryScreen facts={facts.facts} />;
    default:
      return <CheckAnswersScreen />;
  }
}
