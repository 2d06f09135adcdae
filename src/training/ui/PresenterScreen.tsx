import { Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { navigate } from "../../platform/navigation/history";
import { Link } from "../../platform/navigation/Link";
import { useStore } from "../../platform/state/useStore";
import type { ScreenProps } from "../../platform/navigation/routeTable";
import { EncounterView, encounterPaths, parseEncounterPath, type EncounterScreen } from "../../encounter";
import { runAnswers } from "../check/expectedRun";
import type { LibraryEntry } from "../library/library";
import { presenterCommandForKey, type FocusKind } from "../present/presenterKeys";
import { presenterMove, presenterProgress, type PresenterCommand } from "../present/presenterMove";
import { TRAINING_PATHS } from "../paths";
import { trainingSession } from "../session/trainingSession";
import { canLinkWindows, openNotesChannel, openNotesWindow } from "../browser/notesChannel";
import { TrainingFrame } from "./TrainingFrame";
import { UnknownScenario } from "./UnknownScenario";
import { AnswersSoFar } from "./AnswersSoFar";
import { RevealPanel } from "./RevealPanel";
import { useScenarioEntry } from "./useTraining";
import { useScenarioText } from "./useScenarioText";
import { useWideScreen } from "./useWideScreen";

function focusKind(target: EventTarget | null): FocusKind {
  if (!(target instanceof HTMLElement)) return "other";
  if (target.isContentEditable || target.matches("textarea, select")) return "typing";
  if (target instanceof HTMLInputElement) return target.type === "radio" || target.type === "checkbox" ? "choice" : "typing";
  return "other";
}

/**
 * The presenter: the story beside the officer's phone, which runs the real
 * encounter screens with a memory store. Next, Back and Reveal (buttons or
 * keys) move the phone; the domain decides where (present/presenterMove.ts).
 */
export default function PresenterScreen({ params, path }: ScreenProps) {
  const entry = useScenarioEntry(params["scenario"]);
  if (entry === undefined) return <UnknownScenario />;
  return <Presenter key={entry.scenario.id} entry={entry} path={path} />;
}

function Presenter({ entry, path }: { entry: LibraryEntry; path: string }) {
  const { t } = useTranslation("training");
  const { scenario } = entry;
  const text = useScenarioText(entry);
  const base = TRAINING_PATHS.present(scenario.id);
  const paths = useMemo(() => encounterPaths(base), [base]);
  const store = trainingSession().run("present", scenario.id);
  const { answers } = useStore(store);
  const screen = useMemo((): EncounterScreen => parseEncounterPath(base, path) ?? { kind: "entry" }, [base, path]);
  const expected = useMemo(() => runAnswers(scenario.answers), [scenario]);
  const asked = expected.ok ? expected.asked : [];
  const progress = presenterProgress(asked, screen);
  const [status, setStatus] = useState("");
  const [notes, setNotes] = useState<"closed" | "open" | "blocked">("closed");
  const wide = useWideScreen();

  const act = useCallback(
    (command: PresenterCommand) => {
      const move = presenterMove(command, scenario, store.get().answers, screen);
      if (move === null) {
        setStatus(t("present.nothing"));
        return;
      }
      setStatus("");
      if (move.answers?.replace === true) store.clear();
      if (move.answers !== undefined) store.setAnswers(move.answers.values);
      navigate(paths.of(move.to));
    },
    [scenario, store, screen, paths, t],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = presenterCommandForKey({
        key: event.key,
        ctrlKey: event.ctrlKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
        focus: focusKind(event.target),
        rtl: document.documentElement.dir === "rtl",
      });
      if (command === null) return;
      event.preventDefault();
      act(command);
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
    };
  }, [act]);

  // The speaker-notes window follows the phone; it says hello when it opens.
  const screenKey = JSON.stringify(screen);
  useEffect(() => {
    const step = { kind: "step", scenarioId: scenario.id, screen: JSON.parse(screenKey) as EncounterScreen } as const;
    const channel = openNotesChannel((message) => {
      if (message.kind === "hello") channel?.post(step);
    });
    channel?.post(step);
    return () => channel?.close();
  }, [scenario.id, screenKey]);

  const progressText = progress.revealed
    ? t("present.progressRevealed")
    : screen.kind === "check"
      ? t("present.progressCheck")
      : screen.kind === "interruption"
        ? t("present.progressDanger")
        : progress.question !== null
          ? t("present.progressQuestion", { current: progress.question, total: progress.total })
          : t("present.progressOther");

  return (
    <TrainingFrame>
      <div className="presenter-controls" role="group" aria-label={t("present.controls")} data-testid="presenter-controls">
        <button
          type="button"
          className="button button--secondary"
          data-testid="presenter-back"
          onClick={() => {
            act("back");
          }}
        >
          {t("present.back")}
        </button>
        <button
          type="button"
          className="button"
          data-testid="presenter-next"
          onClick={() => {
            act("next");
          }}
        >
          {t("present.next")}
        </button>
        <button
          type="button"
          className="button"
          data-testid="presenter-reveal"
          onClick={() => {
            act("reveal");
          }}
        >
          {t("present.reveal")}
        </button>
        {/* A second window only where there is room for one: on a phone it would be a tab over the presenter. */}
        {wide && canLinkWindows() ? (
          <button
            type="button"
            className="button button--secondary"
            data-testid="open-notes"
            onClick={() => {
              setNotes(openNotesWindow(TRAINING_PATHS.notes(scenario.id)) ? "open" : "blocked");
            }}
          >
            {t("present.openNotes")}
          </button>
        ) : null}
        <Link to={TRAINING_PATHS.home} className="button button--secondary" data-testid="presenter-home">
          {t("present.home")}
        </Link>
        <p className="presenter-progress" role="status" data-testid="presenter-progress" data-revealed={progress.revealed}>
          {progressText}
          {status === "" ? null : ` — ${status}`}
        </p>
        <p className="hint">{t("present.keys")}</p>
        {notes === "closed" ? null : (
          <p className="hint" role="status" data-testid="notes-status">
            {t(notes === "open" ? "present.notesOpened" : "present.notesBlocked")}
          </p>
        )}
      </div>
      <div className="presenter" data-testid="presenter">
        <section className="presenter__story" aria-labelledby="story-title">
          <p className="caption">{t("present.caption")}</p>
          <h1 id="story-title">{text?.title ?? scenario.id}</h1>
          {text === null ? null : (
            <details className="story" open={wide} data-testid="story">
              <summary>{t("present.situation")}</summary>
              <p className="setting">{text.setting}</p>
              {text.story.map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </details>
          )}
          <AnswersSoFar answers={answers} />
          {progress.revealed && text !== null && expected.ok ? (
            <RevealPanel
              scenario={scenario}
              text={text}
              decision={expected.decision}
              expected={expected.answers}
              answers={answers}
            />
          ) : null}
        </section>
        <section className="presenter__phone" aria-label={t("present.phone")} data-testid="phone">
          <div className="phone">
            <Suspense fallback={<p role="status">{t("loading")}</p>}>
              <EncounterView base={base} path={path} store={store} exitTo={TRAINING_PATHS.home} />
            </Suspense>
          </div>
        </section>
      </div>
    </TrainingFrame>
  );
}
