// The built-in England and Wales pathway content, assembled in one object.
import type { PathwayContent } from "../model/contentSchema";
import { ACTIONS } from "./actions";
import { CONDITIONS } from "./conditions";
import { CONTACTS } from "./contacts";
import { GUIDANCE } from "./guidance";
import { INDICATORS } from "./indicators";
import { QUESTIONS } from "./questions";
import { REVIEWED_ON } from "./review";
import { RULES } from "./rules";
import { CONTENT_VERSION, GUIDANCE_SUMMARY, GUIDANCE_VERSIONS } from "./versions";

export const PATHWAY_CONTENT: PathwayContent = {
  contentVersion: CONTENT_VERSION,
  reviewedOn: REVIEWED_ON,
  guidanceVersions: GUIDANCE_VERSIONS,
  conditions: CONDITIONS,
  questions: QUESTIONS,
  actions: ACTIONS,
  guidance: GUIDANCE,
  contacts: CONTACTS,
  indicators: INDICATORS,
  rules: RULES,
};

/** For the About screen (`setContentInfo` in src/app/shell/contentInfo.ts). */
export const CONTENT_INFO = { version: CONTENT_VERSION, guidance: GUIDANCE_SUMMARY } as const;
