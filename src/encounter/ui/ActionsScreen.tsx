import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import { ACTION_PHASES, PATHWAY_CONTENT, useContentText, type Facts } from "../../pathway";
import { useEncounter, useEncounterSetup } from "./EncounterContext";
import { useDecision } from "./useDecision";
import { ProvenanceDetails } from "../../ui/ProvenanceDetails";
import { PhoneLink } from "../../ui/PhoneLink";

/** Initial actions in three phases (now, before you leave, after), most urgent first; each can be ticked and explains itself. */
export function ActionsScreen({ facts }: { facts: Facts }) {
  const { t } = useTranslation("encounter");
  const { text } = useContentText();
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
      {ACTION_PHASES.map((phase) => {
        const actions = decision.actions.filter((a) => a.phase === phase);
        if (actions.length === 0) return null;
        const phaseText = text.phase(phase);
        return (
          <section key={phase} data-phase={phase} aria-labelledby={`phase-${phase}`}>
            <h2 id={`phase-${phase}`}>{phaseText.title}</h2>
            <p className="hint">{phaseText.summary}</p>
            <ol className="checklist" data-testid="actions">
              {actions.map((action) => {
                const isDone = ticked.includes(action.id);
                const words = text.action(action);
                return (
                  <li
                    key={action.id}
                    className={`checklist__item${isDone ? " checklist__item--done" : ""}`}
                    data-action={action.id}
                  >
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={isDone}
                        onChange={() => {
                          store.toggleAction(action.id);
                        }}
                      />
                      <span className="checklist__title">{words.title}</span>
                    </label>
                    {words.how === undefined ? null : <p className="checklist__how">{words.how}</p>}
                    <details className="why">
                      <summary>
                        {t("actions.why")}
                        {action.provenance.verification === "verify" ? (
                          <span className="tag tag--warning why__flag">{t("why.unconfirmed")}</span>
                        ) : null}
                      </summary>
                      <p>{words.why}</p>
                      {(action.contacts ?? []).map((id) => {
                        const c = contactsById.get(id);
                        if (!c) return null;
                        const name = text.contact(c).name;
                        return (
                          <div key={id} className="checklist__contact">
                            <p>{name}</p>
                            <PhoneLink phone={c.phone} verification={c.provenance.verification} name={name} />
                          </div>
                        );
                      })}
                      <ProvenanceDetails provenance={action.provenance} />
                    </details>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </>
  );
}
