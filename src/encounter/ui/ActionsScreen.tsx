import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import { PATHWAY_CONTENT, useContentText, type ActionPhase, type Facts } from "../../pathway";
import { actionPhases } from "../actionPhases";
import { useEncounter, useEncounterSetup } from "./EncounterContext";
import { useDecision } from "./useDecision";
import { ProvenanceDetails } from "../../ui/ProvenanceDetails";
import { PhoneLink } from "../../ui/PhoneLink";

/**
 * Initial actions in three phases (now, before you leave, after), most urgent
 * first. Each phase shows how many are done; the first phase with something
 * left is open. What an action is ("how") and its call button are always in
 * view; only why, and the sources, are behind a tap.
 */
export function ActionsScreen({ facts }: { facts: Facts }) {
  const { t } = useTranslation("encounter");
  const { text } = useContentText();
  const decision = useDecision(facts);
  const { ticked } = useEncounter();
  const { store, paths } = useEncounterSetup();
  const contactsById = new Map(PATHWAY_CONTENT.contacts.map((c) => [c.id, c]));
  const groups = actionPhases(decision.actions, ticked);
  const done = decision.actions.filter((a) => ticked.includes(a.id)).length;
  // Which phases are open: first as the groups say, then as the officer leaves them.
  const [open, setOpen] = useState<ReadonlySet<ActionPhase>>(
    () => new Set(groups.filter((g) => g.openAtFirst).map((g) => g.phase)),
  );
  return (
    <>
      <Link to={paths.outcome("result")} className="back-link">
        {t("result.backToResult")}
      </Link>
      <h1>{t("actions.title")}</h1>
      <p role="status" data-testid="actions-progress">
        {t("actions.progress", { done, total: decision.actions.length })}
      </p>
      {groups.map((group) => {
        const phaseText = text.phase(group.phase);
        return (
          <details
            key={group.phase}
            className="disclosure phase"
            data-phase={group.phase}
            open={open.has(group.phase)}
            onToggle={(event) => {
              const isOpen = event.currentTarget.open;
              setOpen((current) => {
                if (current.has(group.phase) === isOpen) return current;
                const next = new Set(current);
                if (isOpen) next.add(group.phase);
                else next.delete(group.phase);
                return next;
              });
            }}
          >
            <summary className="disclosure__summary phase__summary">
              <span>{phaseText.title}</span>
              <span className="phase__count" data-testid={`phase-count-${group.phase}`}>
                {t("actions.phaseCount", { done: group.done, total: group.actions.length })}
              </span>
            </summary>
            <p className="hint">{phaseText.summary}</p>
            <ol className="checklist" data-testid="actions">
              {group.actions.map((action) => {
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
                    <div className="checklist__row">
                      {(action.contacts ?? []).map((id) => {
                        const c = contactsById.get(id);
                        if (!c) return null;
                        const name = text.contact(c).name;
                        return <PhoneLink key={id} phone={c.phone} verification={c.provenance.verification} name={name} />;
                      })}
                      <ProvenanceDetails provenance={action.provenance} why={words.why} />
                    </div>
                  </li>
                );
              })}
            </ol>
          </details>
        );
      })}
    </>
  );
}
