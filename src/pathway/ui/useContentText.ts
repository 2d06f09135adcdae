// The pathway content's words in the officer's language: the content and
// offences namespaces, through the one id-to-key mapping (text/contentText.ts).
// Screens that use it list both namespaces in their route so they load with
// the screen's code.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { contentText, offenceText, type ContentText, type Lookup, type OffenceText } from "../text/contentText";

export const CONTENT_NAMESPACES = ["content", "offences"] as const;

export function useContentText(): { text: ContentText; offences: OffenceText } {
  const { t: tContent } = useTranslation("content");
  const { t: tOffences } = useTranslation("offences");
  return useMemo(() => {
    // Keys are built from content ids at run time; validateContentTexts proves each exists.
    const lookupContent: Lookup = (key, values) => tContent(key as never, values as never) as unknown as string;
    const lookupOffences: Lookup = (key, values) => tOffences(key as never, values as never) as unknown as string;
    return { text: contentText(lookupContent), offences: offenceText(lookupOffences) };
  }, [tContent, tOffences]);
}
