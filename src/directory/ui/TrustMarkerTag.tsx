import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { TrustMarker } from "../query/trustMarker";

/**
 * The entry's one trust marker. Each word is kept whole (white-space: nowrap):
 * a label may wrap between words on a narrow screen at large text, never
 * inside one.
 */
export function TrustMarkerTag({ marker }: { marker: TrustMarker }) {
  const { t } = useTranslation("directory");
  const words = t(`marker.${marker}`).split(/\s+/u);
  return (
    <strong className="tag tag--warning tag--marker" data-testid="trust-marker" data-marker={marker}>
      {words.map((word, i) => (
        <Fragment key={i}>
          {i === 0 ? null : " "}
          <span className="tag__word">{word}</span>
        </Fragment>
      ))}
    </strong>
  );
}
