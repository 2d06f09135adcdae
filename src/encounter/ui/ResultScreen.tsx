import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import { navigate } from "../../platform/navigation/history";
import { routeKey, type Facts } from "../../pathway";
import { useEncounter, useEncounterSetup } from "./EncounterContext";
import { useDecision } from "./useDecision";
import { GuidanceList } from "./GuidanceList";
import { ContactList } from "./ContactList";
import { TraceList } from "./TraceList";

/** The outcome: the referral route to consider, and the way to everything else. */
export function ResultScreen({ facts }: { facts: Facts }) {
  const { t } = useTranslation("encounter");
  const decision = useDecision(facts);
  const { ticked } = useEncounter();
  const { paths } = useEncounterSetup();
  const key = routeKey(decision);
  const open = decision.actions.filter((a) => !ticked.includes(a.id)).length;
  const isSuspect = facts.person.suspect !== undefined;
  return (
    <>
      <Link to={paths.check} className="back-link">
        {t("result.backToAnswers")}
      </Link>
      <h1>{t("result.title")}</h1>
      <section className="card card--route" data-testid="route" data-route={decision.referral.route}>
        <h2>{t(`route.${key}.title`)}</h2>
        <p>{t(`route.${key}.body`)}</p>
        {decision.referral.childSafeguardingReferral ? (
          <p data-testid="child-safeguarding">{t("route.childSafeguarding")}</p>
        ) : null}
        {decision.referral.ictgReferral === "where-available" ? <p>{t("route.ictg")}</p> : null}
        {decision.referral.previousReferral ? <p data-testid="previous-referral">{t("route.previousReferral")}</p> : null}
        {decision.referral.pending ? (
          <ul>
            <li>{t("route.ifYes")}</li>
            <li>{t("route.ifNo")}</li>
          </ul>
        ) : null}
        <p className="hint">{t("result.notAVerdict")}</p>
      </section>

      <ul className="tool-list" data-testid="result-links">
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

      {decision.guidance.informedConsent.length > 0 ? (
        <>
          <h2>{t("result.consentTitle")}</h2>
          <GuidanceList items={decision.guidance.informedConsent} />
        </>
      ) : null}
      {decision.guidance.notes.length > 0 ? (
        <>
          <h2>{t("result.notesTitle")}</h2>
          <GuidanceList items={decision.guidance.notes} />
        </>
      ) : null}
      {decision.guidance.whatHappensNext.length > 0 ? (
        <>
          <h2>{t("result.nextTitle")}</h2>
          <GuidanceList items={decision.guidance.whatHappensNext} />
        </>
      ) : null}
      <h2>{t("result.contactsTitle")}</h2>
      <ContactList contacts={decision.contacts} />
      <h2>{t("result.whyTitle")}</h2>
      <TraceList trace={decision.trace} />
      <p className="hint" data-testid="content-version">
        {t("result.contentVersion", { version: decision.contentVersion })}
      </p>
      <ClearEncounterButton />
    </>
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
