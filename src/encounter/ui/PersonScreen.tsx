import { navigate } from "../../platform/navigation/history";
import { PersonMode } from "../../person";
import type { Facts } from "../../pathway";
import { CONFIRMED_NUMBERS } from "../../shared/verifiedNumbers";
import { answerToRecord } from "../recordFromOutcome";
import { useEncounter, useEncounterSetup } from "./EncounterContext";
import { useDecision } from "./useDecision";

const HELPLINE = CONFIRMED_NUMBERS[2].number;

/**
 * The phone handed to the person. Their "Yes, refer me" or "No" is recorded
 * as the officer's consent answer (the same change as the outcome's buttons);
 * nothing else about them is kept. The officer's return goes back to the outcome.
 */
export function PersonScreen({ facts }: { facts: Facts }) {
  const decision = useDecision(facts);
  const { answers } = useEncounter();
  const { store, paths } = useEncounterSetup();
  const record = answerToRecord(answers, decision);
  const askConsent = record?.kind === "consent";
  return (
    <PersonMode
      audience={decision.supportQuery.audience}
      askConsent={askConsent}
      helpline={HELPLINE}
      onConsent={(answer) => {
        const choice = record?.choices.find((c) => c.id === (answer === "yes" ? "consents" : "declines"));
        if (choice !== undefined) store.setAnswers(choice.set);
      }}
      onExit={() => {
        navigate(paths.outcome("result"));
      }}
    />
  );
}
