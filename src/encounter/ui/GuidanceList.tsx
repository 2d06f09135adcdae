import type { GuidanceItem } from "../../pathway";
import { ProvenanceDetails } from "../../ui/ProvenanceDetails";

/** Guidance items as cards, each with its source and review date behind "Why?". */
export function GuidanceList({ items, headingLevel = 3 }: { items: readonly GuidanceItem[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <>
      {items.map((item) => (
        <section
          className={`card${item.provenance.verification === "verify" ? " card--verify" : ""}`}
          key={item.id}
          data-testid={`guidance-${item.id}`}
        >
          <Heading>{item.title}</Heading>
          <p>{item.text}</p>
          <ProvenanceDetails provenance={item.provenance} />
        </section>
      ))}
    </>
  );
}
