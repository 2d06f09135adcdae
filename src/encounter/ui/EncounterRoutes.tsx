// The first-contact flow under its base address: one question per screen,
// check your answers, then the outcome screens. The guard (screenGuard.ts)
// decides what an address may show; this only renders it.
import { lazy, useEffect } from "react";
import { navigate } from "../../platform/navigation/history";
import { getQuestion } from "../../pathway";
import { guardScreen } from "../screenGuard";
import { parseEncounterPath } from "../paths";
import { useEncounter, useEncounterSetup } from "./EncounterContext";
import { QuestionScreen, UnknownQuestion } from "./QuestionScreen";
import { CheckAnswersScreen } from "./CheckAnswersScreen";
import { ResultScreen } from "./ResultScreen";
import { ActionsScreen } from "./ActionsScreen";
import { SummaryScreen } from "./SummaryScreen";
import { DangerScreen } from "./DangerScreen";
import { PersonScreen } from "./PersonScreen";
import { factsFromAnswers } from "../../pathway";

// Section 45 (with the Schedule 4 search) and support (with the directory
// database) are their own chunks: the questions must not wait for them.
const Section45Screen = lazy(() => import("./Section45Screen").then((m) => ({ default: m.Section45Screen })));
const EncounterSupportScreen = lazy(() =>
  import("./EncounterSupportScreen").then((m) => ({ default: m.EncounterSupportScreen })),
);

function Redirect({ to }: { to: string }) {
  useEffect(() => {
    navigate(to, { replace: true });
  }, [to]);
  return null;
}

export function EncounterRoutes({ path }: { path: string }) {
  const setup = useEncounterSetup();
  const { answers } = useEncounter();
  const screen = parseEncounterPath(setup.paths.base, path);
  // The device's force area answers the area question, once.
  const area = answers.area === undefined ? (setup.defaultArea?.() ?? null) : null;
  useEffect(() => {
    if (area !== null) setup.store.setAnswer("area", area);
  }, [area, setup.store]);
  if (area !== null) return null;
  if (screen === null) return <UnknownQuestion />;

  const guard = guardScreen(screen, answers);
  if (guard.kind === "unknown") return <UnknownQuestion />;
  if (guard.kind === "redirect") return <Redirect to={setup.paths.of(guard.to)} />;
  const shown = guard.screen;
  if (shown.kind === "question") {
    const question = getQuestion(shown.id);
    return question === undefined ? <UnknownQuestion /> : <QuestionScreen key={question.id} question={question} />;
  }
  if (shown.kind === "interruption") return <DangerScreen />;
  if (shown.kind === "check" || shown.kind === "entry") return <CheckAnswersScreen />;
  const facts = factsFromAnswers(answers);
  if (!facts.ok) return null; // the guard already redirected
  switch (shown.screen) {
    case "result":
      return <ResultScreen facts={facts.facts} />;
    case "actions":
      return <ActionsScreen facts={facts.facts} />;
    case "section-45":
      return <Section45Screen facts={facts.facts} />;
    case "support":
      return <EncounterSupportScreen facts={facts.facts} />;
    case "summary":
      return <SummaryScreen facts={facts.facts} />;
    case "person":
      return <PersonScreen facts={facts.facts} />;
  }
}
