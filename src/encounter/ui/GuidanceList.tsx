import { useContentText, type GuidanceItem } from "../../pathway";
import { ProvenanceDetails } from "../../ui/ProvenanceDetails";

/**
 * Guidance items, each with its source and review date behind "Why?". As
 * cards, or compact: each item a disclosure with its title as the summary,
 * for long lists the officer scans (section 45 considerations).
 */
export function GuidanceList({
  items,
  headingLevel = 3,
  compact = false,
}: {
  items: readonly GuidanceItem[];
  headingLevel?: 2 | 3;
  compact?: boolean;
}) {
  const { text } = useContentText();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <>
      {items.map((item) => {
        const words = text.guidance(item);
        const verify = item.provenance.verification === "verify";
        if (compact) {
          return (
            <details
              className={`disclosure${verify ? " disclosure--verify" : ""}`}
              key={item.id}
              data-testid={`guidance-${item.id}`}
            >
              <summary className="disclosure__summary">{words.title}</summary>
              <div className="disclosure__body">
                <p>{words.text}</p>
                <ProvenanceDetails provenance={item.provenance} />
              </div>
            </details>
          );
        }
        return (
          <section className={`card${verify ? " card--verify" : ""}`} key={item.id} data-testid={`guidance-${item.id}`}>
            <Heading>{words.title}</Heading>
            <p>{words.text}</p>
            <ProvenanceDetails provenance={item.provenance} />
          </section>
        );
      })}
    </>
  );
}
