import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import { navigate } from "../../platform/navigation/history";
import { routeKey, useContentText, type Decision, type Facts } from "../../pathway";
import { answerToRecord } from "../recordFromOutcome";
import { useEncounter, useEncounterSetup } from "./EncounterContext";
import { useDecision } from "./useDecision";
import { GuidanceList } from "./GuidanceList";
import { ContactList } from "./ContactList";
import { TraceList } from "./TraceList";
import { PhoneLink } from "../../ui/PhoneLink";
import { Disclosure } from "../../ui/Disclosure";

/** How many of the "now" actions the first screenful shows. */
const DO_NOW = 2;

/**
 * The outcome, answer first: the route in one line, the person's answer to
 * record if it is still to come, the one or two things to do now and the
 * links onward fill the first screenful; everything else is one tap away.
 */
export function ResultScreen({ facts }: { facts: Facts }) {
  const { t } = useTranslation("encounter");
  const decision = useDecision(facts);
  const { ticked } = useEncounter();
  const { paths } = useEncounterSetup();
  const key = routeKey(decision);
  const open = decision.actions.filter((a) => !ticked.includes(a.id)).length;
  const isSuspect = facts.person.suspect !== undefined;
  const [firstContact, ...moreContacts] = decision.contacts;
  const unconfirmed = countUnconfirmed(decision);
  return (
    <>
      <Link to={paths.check} className="back-link">
        {t("result.backToAnswers")}
      </Link>
      <h1>{t("result.title")}</h1>
      <section className="card card--route" data-testid="route" data-route={decision.referral.route} data-route-key={key}>
        <h2>{t(`route.${key}.title`)}</h2>
        <p>{t(`route.${key}.body`)}</p>
        {decision.referral.childSafeguardingReferral ? (
          <p data-testid="child-safeguarding">{t("route.childSafeguarding")}</p>
        ) : null}
        {decision.referral.ictgReferral === "where-available" ? <p>{t("route.ictg")}</p> : null}
        {decision.referral.previousReferral ? <p data-testid="previous-referral">{t("route.previousReferral")}</p> : null}
      </section>
      <RecordAnswer decision={decision} />
      <DoNow decision={decision} ticked={ticked} />

      <ul className="tool-list" data-testid="result-links">
        <li>
          <Link to={paths.outcome("person")} className="tool-list__link" data-testid="open-person-mode">
            {t("person.open")}
          </Link>
        </li>
        <li>
          <Link to={paths.outcome("actions")} className="tool-list__link">
            {t("result.actions", { count: open })}
          </Link>
        </li>
        {isSuspect ? (
          <li>
            <Link to={paths.outcome("section-45")} className="tool-list__link">
              {t("result.section45")}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to={paths.outcome("support")} className="tool-list__link">
            {t("result.support")}
          </Link>
        </li>
        <li>
          <Link to={paths.outcome("summary")} className="tool-list__link">
            {t("result.summary")}
          </Link>
        </li>
      </ul>

      <p className="hint">{t("result.notAVerdict")}</p>
      {unconfirmed > 0 ? (
        <p className="hint" data-testid="unconfirmed-summary">
          {t("result.unconfirmedSummary", { count: unconfirmed })}
        </p>
      ) : null}
      {decision.guidance.informedConsent.length > 0 ? (
        <Disclosure summary={t("result.consentTitle")} testId="consent-points">
          <GuidanceList items={decision.guidance.informedConsent} />
        </Disclosure>
      ) : null}
      {decision.guidance.notes.length > 0 ? (
        <Disclosure summary={t("result.notesTitle", { count: decision.guidance.notes.length })} testId="notes">
          <GuidanceList items={decision.guidance.notes} />
        </Disclosure>
      ) : null}
      {decision.guidance.whatHappensNext.length > 0 ? (
        <Disclosure summary={t("result.nextTitle")} testId="next-steps">
          <GuidanceList items={decision.guidance.whatHappensNext} />
        </Disclosure>
      ) : null}
      <h2>{t("result.contactsTitle")}</h2>
      {firstContact === undefined ? null : <ContactList contacts={[firstContact]} />}
      {moreContacts.length > 0 ? (
        <Disclosure summary={t("result.moreContacts", { count: moreContacts.length })} testId="more-contacts">
          <ContactList contacts={moreContacts} />
        </Disclosure>
      ) : null}
      <TraceList trace={decision.trace} />
      <p className="hint" data-testid="content-version">
        {t("result.contentVersion", { version: decision.contentVersion })}
      </p>
      <ClearEncounterButton />
    </>
  );
}

/** Items on this screen whose source is not confirmed: one line, instead of a flag on every card. */
function countUnconfirmed(decision: Decision): number {
  const items = [
    ...decision.guidance.informedConsent,
    ...decision.guidance.notes,
    ...decision.guidance.whatHappensNext,
    ...decision.contacts,
  ];
  return items.filter((i) => i.provenance.verification === "verify").length;
}

/** The person's answer, recorded from here after explaining: one tap. */
function RecordAnswer({ decision }: { decision: Decision }) {
  const { t } = useTranslation("encounter");
  const { answers } = useEncounter();
  const { store } = useEncounterSetup();
  const question = answerToRecord(answers, decision);
  if (question === null) return null;
  return (
    <section className="record" aria-labelledby="record-title" data-testid="record-answer">
      <h2 id="record-title">{t(`record.${question.kind}`)}</h2>
      <p className="hint">{t("record.hint")}</p>
      <div className="button-group button-group--row">
        {question.choices.map((choice) => (
          <button
            key={choice.id}
            type="button"
            className={choice.id === "cannot-decide" ? "button button--secondary" : "button"}
            data-testid={`record-${choice.id}`}
            onClick={() => {
              store.setAnswers(choice.set);
            }}
          >
            {t(`record.choices.${choice.id}`)}
          </button>
        ))}
      </div>
    </section>
  );
}

/** The first open actions of the "now" phase, with their call buttons in plain sight. */
function DoNow({ decision, ticked }: { decision: Decision; ticked: readonly string[] }) {
  const { t } = useTranslation("encounter");
  const { text } = useContentText();
  const now = decision.actions.filter((a) => a.phase === "now" && !ticked.includes(a.id)).slice(0, DO_NOW);
  if (now.length === 0) return null;
  const contacts = new Map(decision.contacts.map((c) => [c.id, c]));
  return (
    <section aria-labelledby="do-now-title" data-testid="do-now">
      <h2 id="do-now-title">{t("result.doNow")}</h2>
      <ol className="do-now">
        {now.map((action) => {
          const words = text.action(action);
          return (
            <li key={action.id} data-action={action.id}>
              <strong>{words.title}</strong>
              {(action.contacts ?? []).map((id) => {
                const contact = contacts.get(id);
                return contact === undefined ? null : (
                  <PhoneLink
                    key={id}
                    phone={contact.phone}
                    verification={contact.provenance.verification}
                    name={text.contact(contact).name}
                  />
                );
              })}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function ClearEncounterButton() {
  const { t } = useTranslation("encounter");
  const { store, exitTo } = useEncounterSetup();
  return (
    <div className="button-group">
      <button
        type="button"
        className="button button--secondary"
        data-testid="clear-encounter"
        onClick={() => {
          store.clear();
          navigate(exitTo, { replace: true });
        }}
      >
        {t("result.clear")}
      </button>
    </div>
  );
}
