import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { getQuestion, useContentText } from "../../pathway";
import type { ScreenProps } from "../../platform/navigation/routeTable";
import type { EncounterScreen } from "../../encounter";
import type { LibraryEntry } from "../library/library";
import { canLinkWindows, openNotesChannel } from "../browser/notesChannel";
import { TrainingFrame } from "./TrainingFrame";
import { UnknownScenario } from "./UnknownScenario";
import { DebriefPoints } from "./DebriefPoints";
import { SourceList } from "./SourceList";
import { useAnswerWords } from "./useAnswerWords";
import { useScenarioEntry } from "./useTraining";
import { useScenarioText } from "./useScenarioText";

/** Speaker notes, in a second window on the trainer's own screen: they follow the presenter's phone. */
export default function NotesScreen({ params }: ScreenProps) {
  const entry = useScenarioEntry(params["scenario"]);
  if (entry === undefined) return <UnknownScenario />;
  return <Notes key={entry.scenario.id} entry={entry} />;
}

function Notes({ entry }: { entry: LibraryEntry }) {
  const { t } = useTranslation("training");
  const { scenario } = entry;
  const text = useScenarioText(entry);
  const [screen, setScreen] = useState<EncounterScreen | null>(null);
  useEffect(() => {
    const channel = openNotesChannel((message) => {
      if (message.kind === "step" && message.scenarioId === scenario.id) setScreen(message.screen);
    });
    channel?.post({ kind: "hello" });
    return () => channel?.close();
  }, [scenario.id]);
  return (
    <TrainingFrame>
      <p className="caption">{t("notes.title")}</p>
      <h1>{text?.title ?? scenario.id}</h1>
      <p className="card card--warning">{t("notes.private")}</p>
      <section aria-labelledby="notes-now" data-testid="notes-now" data-screen={screen === null ? "" : screen.kind}>
        <h2 id="notes-now">{t("notes.now")}</h2>
        {!canLinkWindows() ? (
          <p>{t("notes.unavailable")}</p>
        ) : screen === null ? (
          <p>{t("notes.waiting")}</p>
        ) : text === null ? null : (
          <StepNotes entry={entry} screen={screen} answerNotes={text.answers} />
        )}
        {screen?.kind === "outcome" && text !== null ? (
          <>
            <p>{t("notes.revealed")}</p>
            <DebriefPoints scenario={scenario} text={text} />
          </>
        ) : null}
      </section>
      {text === null ? null : (
        <section aria-labelledby="notes-general">
          <h2 id="notes-general">{t("notes.general")}</h2>
          {text.notes.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      )}
    </TrainingFrame>
  );
}

function StepNotes({
  entry,
  screen,
  answerNotes,
}: {
  entry: LibraryEntry;
  screen: EncounterScreen;
  answerNotes: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation("training");
  const { text } = useContentText();
  const words = useAnswerWords();
  if (screen.kind === "interruption") return <p>{t("notes.danger")}</p>;
  if (screen.kind === "check") return <p>{t("notes.check")}</p>;
  if (screen.kind !== "question") return null;
  const question = getQuestion(screen.id);
  if (question === undefined) return null;
  const note = entry.scenario.answerNotes.find((n) => n.question === question.id);
  const why = answerNotes[question.id];
  return (
    <div data-question={question.id}>
      <p>
        <strong>{text.question(question).text}</strong>
      </p>
      <p data-testid="notes-expected">
        {t("notes.expected")} <strong>{words(question, entry.scenario.answers[question.field])}</strong>
      </p>
      {note === undefined || why === undefined ? null : (
        <>
          <h3>{t("notes.why")}</h3>
          <p>{why}</p>
          <SourceList sources={note.sources} />
        </>
      )}
    </div>
  );
}
