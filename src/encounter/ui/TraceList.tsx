import { useTranslation } from "react-i18next";
import { useContentText, type TraceEntry } from "../../pathway";
import { ProvenanceNote } from "../../ui/ProvenanceNote";

/** The rules that fired, in plain words with their sources: "why these steps". */
export function TraceList({ trace }: { trace: readonly TraceEntry[] }) {
  const { t } = useTranslation("encounter");
  const { text, offences } = useContentText();
  return (
    <details className="why" data-testid="trace">
      <summary>{t("why.trace", { count: trace.length })}</summary>
      <ol className="trace">
        {trace.map((entry) => (
          <li key={entry.ruleId} data-rule={entry.ruleId}>
            <p>{entry.schedule4 === undefined ? text.rule(entry.ruleId) : offences.check(entry.schedule4)}</p>
            <ProvenanceNote provenance={entry.provenance} compact={false} />
          </li>
        ))}
      </ol>
    </details>
  );
}
