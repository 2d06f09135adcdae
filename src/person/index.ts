// Public API of the person-facing mode: the phone handed to the person, cards
// in their language. Domain (cards, languages, locale status) is plain
// TypeScript; the screen is a lazy chunk. See docs/languages.md.
import { lazy } from "react";
export { personCards, PERSON_CARD_IDS, type PersonCard, type PersonCardId, type PersonAnswer, type CardsFor } from "./cards";
export { PERSON_LANGUAGES, findPersonLanguage, searchPersonLanguages, type PersonLanguage } from "./languages";
export { localeMetaSchema, type LocaleMeta } from "./localeMeta";
export type { PersonModeProps } from "./ui/PersonMode";

export const PersonMode = lazy(() => import("./ui/PersonMode"));
