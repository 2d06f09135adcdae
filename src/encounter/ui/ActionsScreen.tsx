import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import { PATHWAY_CONTENT, type Facts } from "../../pathway";
import { useEncounter, useEncounterSetup } from "./EncounterContext";
import { useDecision } from "./useDecision";
import { ProvenanceDetails } from "../../ui/ProvenanceDetails";
import { PhoneLink } from "../../ui/PhoneLink";

/** Initial actions, most urgent first; each can be ticked and explains itself. */
export function ActionsScreen({ facts }: { facts: Facts }) {
  const { t } = useTranslation("encounter");
  const decision = useDecision(facts);
  const { ticked } = useEncounter();
  const { store, paths } = useEncounterSetup();
  const contactsById = new Map(PATHWAY_CONTENT.contacts.map((c) => [c.id, c]));
  const done = decision.actions.filter((a) => ticked.includes(a.id)).length;
  return (
    <>
      <Link to={paths.outcome("result")} className="back-link">
        {t("result.backToResult")}
      </Link>
      <h1>{t("actions.title")}</h1>
      <p role="status" data-testid="actions-progress">
        {t("actions.progress", { done, total: decision.actions.length })}
      </p>
      <ol className="checklist" data-testid="actions">
        {decision.actions.map((action) => {
          const isDone = ticked.includes(action.id);
          return (
            <li key={action.id} className={`checklist__item${isDone ? " checklist__item--done" : ""}`} data-action={action.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={isDone}
                  onChange={() => {
                    store.toggleAction(action.id);
                  }}
                />
                <span className="checklist__title">{action.title}</span>
              </label>
              <details className="why">
                <summary>
                  {t("actions.why")}
                  {action.provenance.verification === "verify" ? (
                    <span className="tag tag--warning why__flag">{t("why.unconfirmed")}</span>
                  ) : null}
                </summary>
                <p>{action.reason}</p>
                {(action.contacts ?? []).map((id) => {
                  const c = contactsById.get(id);
                  return c ? (
                    <div key={id} className="checklist__contact">
                      <p>{c.name}</p>
                      <PhoneLink phone={c.phone} verification={c.provenance.verification} name={c.name} />
                    </div>
                  ) : null;
                })}
                <ProvenanceDetails provenance={action.provenance} />
              </details>
            </li>
          );
        })}
      </ol>
    </>
  );
}
