import type { Source } from "../../shared/provenance";

/** Public documents, as a reader would cite them: publisher, title, section, version, address. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="training-sources" data-testid="sources">
      {sources.map((s, i) => (
        <li key={i}>
          {[s.publisher, s.title, s.section, s.version].filter((x) => x !== undefined && x !== "").join(", ")}
          {s.url === undefined ? null : (
            <>
              {" "}
              <span className="source__url">{s.url}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
