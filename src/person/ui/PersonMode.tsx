import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import type { i18n as I18n } from "i18next";
import { personCards, type CardsFor, type PersonAnswer } from "../cards";
import type { PersonLanguage } from "../languages";
import type { LocaleMeta } from "../localeMeta";
import { deviceSpeech } from "../browser/speech";
import { loadPersonText } from "./personText";
import { LanguagePicker } from "./LanguagePicker";

export interface PersonModeProps extends CardsFor {
  /** The Helpline's number, from the confirmed list. */
  helpline: string;
  /** The person tapped "Yes, refer me" or "No": this fills the officer's consent answer. */
  onConsent: (answer: "yes" | "no") => void;
  /** The officer takes the phone back. */
  onExit: () => void;
}

type Loaded = { language: PersonLanguage; i18n: I18n; meta: LocaleMeta };

/**
 * The phone handed to the person: their language, one card at a time, large
 * text, nothing to type, read aloud where the phone has a voice. Only the
 * consent tap leaves this screen (as the officer's consent answer). Leaving
 * needs two deliberate taps on the officer's control.
 */
export default function PersonMode(props: PersonModeProps) {
  const { t } = useTranslation("encounter");
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [officerOpen, setOfficerOpen] = useState(false);

  const choose = (language: PersonLanguage): void => {
    setFailed(false);
    loadPersonText(language.code).then(
      ({ i18n, meta }) => {
        setLoaded({ language, i18n, meta });
      },
      () => {
        setFailed(true);
      },
    );
  };

  return (
    <div className="person" data-testid="person-mode">
      <div className="person__officer">
        {officerOpen ? (
          <div className="person__officer-panel" role="group" aria-label={t("person.officerControls")}>
            <p>{t("person.confirmReturn")}</p>
            <div className="button-group button-group--row">
              <button type="button" className="button" data-testid="person-return" onClick={props.onExit}>
                {t("person.return")}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setOfficerOpen(false);
                }}
              >
                {t("person.stay")}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            className="button button--secondary person__officer-button"
            data-testid="person-officer"
            onClick={() => {
              setOfficerOpen(true);
            }}
          >
            {t("person.officer")}
          </button>
        )}
        {loaded === null ? null : (
          <button
            type="button"
            className="button button--secondary person__officer-button"
            data-testid="person-change-language"
            onClick={() => {
              setLoaded(null);
            }}
          >
            {t("person.changeLanguage")}
          </button>
        )}
      </div>
      {loaded !== null && loaded.meta.status === "draft" ? (
        <p className="card card--verify person__draft" data-testid="person-draft" lang={document.documentElement.lang}>
          {t("person.draft", { language: loaded.language.englishName })}
        </p>
      ) : null}
      {failed ? <p role="alert">{t("person.loadFailed")}</p> : null}
      {loaded === null ? <LanguagePicker onChoose={choose} /> : <Cards key={loaded.language.code} loaded={loaded} {...props} />}
    </div>
  );
}

function Cards({ loaded, audience, askConsent, helpline, onConsent }: PersonModeProps & { loaded: Loaded }) {
  const { t: officer } = useTranslation("encounter");
  const { language, i18n } = loaded;
  const t = i18n.getFixedT(language.code, "person");
  const cards = useMemo(() => personCards({ audience, askConsent }), [audience, askConsent]);
  const [index, setIndex] = useState(0);
  const [notice, setNotice] = useState<"question" | "interpreter" | null>(null);
  const card = cards[Math.min(index, cards.length - 1)];
  const speech = useMemo(() => deviceSpeech(), []);
  const voice = useSyncExternalStore(speech.subscribe, () => speech.voiceFor(language.voice));
  const [speaking, setSpeaking] = useState(false);
  useEffect(
    () => () => {
      speech.cancel();
    },
    [speech, index],
  );
  if (card === undefined) return null;
  const title = t(`cards.${card.id}.title`);
  const text = t(`cards.${card.id}.text`, { number: helpline });
  const next = (): void => {
    setNotice(null);
    setSpeaking(false);
    setIndex((i) => Math.min(i + 1, cards.length - 1));
  };
  const answer = (a: PersonAnswer): void => {
    if (a === "yes" || a === "no") {
      onConsent(a);
      next();
    } else if (a === "understand") next();
    else setNotice(a);
  };
  return (
    <section
      className="person__card"
      lang={language.code}
      dir={language.dir}
      data-script={language.script}
      data-card={card.id}
      data-testid="person-card"
    >
      <p className="person__progress">{t("controls.progress", { current: index + 1, total: cards.length })}</p>
      <h2 className="person__title">{title}</h2>
      <p className="person__text">{text}</p>
      {voice === null ? (
        <p className="hint" data-testid="person-no-voice">
          {t("controls.noVoice")}
        </p>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          data-testid="person-listen"
          onClick={() => {
            if (speaking) {
              speech.cancel();
              setSpeaking(false);
            } else {
              setSpeaking(true);
              speech.speak(`${title}. ${text}`, voice, () => {
                setSpeaking(false);
              });
            }
          }}
        >
          {speaking ? t("controls.stop") : t("controls.listen")}
        </button>
      )}
      {notice === null ? (
        <div className="person__answers">
          {card.answers.map((a) => (
            <button
              key={a}
              type="button"
              className={a === "no" ? "button button--secondary" : "button"}
              data-testid={`person-answer-${a}`}
              onClick={() => {
                answer(a);
              }}
            >
              {t(`answers.${a}`)}
            </button>
          ))}
        </div>
      ) : (
        <div className="person__notice" role="status" data-testid="person-notice">
          <p className="person__echo">{t(`answers.${notice}`)}</p>
          <p lang={document.documentElement.lang} dir="auto" className="hint">
            {officer(`person.notice.${notice}`)}
          </p>
          <button type="button" className="button" data-testid="person-next" onClick={next}>
            {t("controls.next")}
          </button>
        </div>
      )}
      {index > 0 && notice === null ? (
        <button
          type="button"
          className="button button--secondary"
          data-testid="person-back"
          onClick={() => {
            setIndex((i) => Math.max(i - 1, 0));
          }}
        >
          {t("controls.back")}
        </button>
      ) : null}
    </section>
  );
}
