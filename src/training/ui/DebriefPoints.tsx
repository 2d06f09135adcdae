import type { Scenario } from "../model/scenario";
import type { ScenarioText } from "../model/scenarioText";
import { SourceList } from "./SourceList";

/** The points to draw out, each with the documents it rests on. */
export function DebriefPoints({ scenario, text }: { scenario: Scenario; text: ScenarioText }) {
  return (
    <ol className="debrief-points" data-testid="debrief-points">
      {scenario.debrief.map((point) => (
        <li key={point.id} data-point={point.id}>
          <p>{text.debrief[point.id]}</p>
          <SourceList sources={point.sources} />
        </li>
      ))}
    </ol>
  );
}
