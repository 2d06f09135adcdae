// The built-in England and Wales pathway content, assembled in one object.
// Its words are in locales/<lang>/content.json, keyed by these ids.
import type { PathwayContent } from "../model/contentSchema";
import { ACTIONS, PHASES } from "./actions";
import { CONDITIONS } from "./conditions";
import { CONTACTS } from "./contacts";
import { GUIDANCE } from "./guidance";
import { INDICATORS } from "./indicators";
import { QUESTIONS } from "./questions";
import { REVIEWED_ON } from "./review";
import { RULES } from "./rules";
import { CONTENT_VERSION, GUIDANCE_VERSIONS } from "./versions";

export const PATHWAY_CONTENT: PathwayContent = {
  contentVersion: CONTENT_VERSION,
  reviewedOn: REVIEWED_ON,
  guidanceVersions: GUIDANCE_VERSIONS,
  conditions: CONDITIONS,
  questions: QUESTIONS,
  phases: PHASES,
  actions: ACTIONS,
  guidance: GUIDANCE,
  contacts: CONTACTS,
  indicators: INDICATORS,
  rules: RULES,
};
