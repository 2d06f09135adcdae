import { useContentText, type GuidanceItem } from "../../pathway";
import { ProvenanceDetails } from "../../ui/ProvenanceDetails";

/** Guidance items as cards, each with its source and review date behind "Why?". */
export function GuidanceList({ items, headingLevel = 3 }: { items: readonly GuidanceItem[]; headingLevel?: 2 | 3 }) {
  const { text } = useContentText();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <>
      {items.map((item) => {
        const words = text.guidance(item);
        return (
          <section
            className={`card${item.provenance.verification === "verify" ? " card--verify" : ""}`}
            key={item.id}
            data-testid={`guidance-${item.id}`}
          >
            <Heading>{words.title}</Heading>
            <p>{words.text}</p>
            <ProvenanceDetails provenance={item.provenance} />
          </section>
        );
      })}
    </>
  );
}
