import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { FACT_FIELDS, routeKey, useContentText, type Answers, type Decision } from "../../pathway";
import { ProvenanceNote } from "../../ui/ProvenanceNote";
import type { Scenario } from "../model/scenario";
import type { ScenarioText } from "../model/scenarioText";
import { sameAnswer } from "../practice/compareRun";
import { DebriefPoints } from "./DebriefPoints";

/** The reveal: the expected route, section 45 and support stage, the actions not to miss, why, and the points to draw out. */
export function RevealPanel({
  scenario,
  text,
  decision,
  expected,
  answers,
}: {
  scenario: Scenario;
  text: ScenarioText;
  decision: Decision;
  expected: Answers;
  answers: Answers;
}) {
  const { t } = useTranslation("training");
  const { t: encounter } = useTranslation("encounter");
  const { t: directory } = useTranslation("directory");
  const { text: content, offences } = useContentText();
  const key = routeKey(decision);
  const heading = useRef<HTMLHeadingElement>(null);
  // The reveal is what the room is waiting for: bring it into view once the page has settled after navigating.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      heading.current?.focus();
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, []);
  const differs = FACT_FIELDS.some((field) => !sameAnswer(field, answers[field], expected[field]));
  const actions = scenario.expect.actions.map((id) => decision.actions.find((a) => a.id === id)).filter((a) => a !== undefined);
  return (
    <section className="reveal" aria-labelledby="reveal-title" data-testid="reveal" data-route-key={key}>
      <h2 id="reveal-title" ref={heading} tabIndex={-1}>
        {t("reveal.title")}
      </h2>
      {differs ? <p className="card card--warning">{t("reveal.differs")}</p> : null}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t("reveal.route")}</dt>
          <dd className="reveal__route" data-testid="reveal-route">
            {encounter(`route.${key}.title`)}
          </dd>
        </div>
        {decision.section45.status === "not-applicable" ? null : (
          <div className="summary-list__row">
            <dt>{t("reveal.section45")}</dt>
            <dd>{encounter(`s45.status.${decision.section45.status}`)}</dd>
          </div>
        )}
        <div className="summary-list__row">
          <dt>{t("reveal.stage")}</dt>
          <dd>{directory(`stages.${decision.supportStage}`)}</dd>
        </div>
      </dl>
      <h3>{t("reveal.actionsTitle")}</h3>
      <ul data-testid="reveal-actions">
        {actions.map((action) => (
          <li key={action.id}>{content.action(action).title}</li>
        ))}
      </ul>
      <h3>{t("reveal.whyTitle")}</h3>
      <ol className="reveal-trace" data-testid="reveal-trace">
        {decision.trace.map((entry) => (
          <li key={entry.ruleId} data-rule={entry.ruleId}>
            <p>{entry.schedule4 === undefined ? content.rule(entry.ruleId) : offences.check(entry.schedule4)}</p>
            <ProvenanceNote provenance={entry.provenance} />
          </li>
        ))}
      </ol>
      <h3>{t("reveal.debriefTitle")}</h3>
      <DebriefPoints scenario={scenario} text={text} />
    </section>
  );
}
