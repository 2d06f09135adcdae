// Named conditions the rules and questions refer to. Each tests one fact, or
// combines other conditions (all must hold). Descriptions are for people
// reading the content; officers never see them.
import type { Condition } from "../model/contentSchema";
import { CONCLUDED_NRM_STATUSES } from "../model/facts";

const fact = (
  id: string,
  description: string,
  f: Extract<Condition, { fact: unknown }>["fact"],
  oneOf: (string | boolean)[],
): Condition => ({
  id,
  description,
  fact: f,
  oneOf,
});
const all = (id: string, description: string, allOf: string[]): Condition => ({ id, description, allOf });

export const CONDITIONS: Condition[] = [
  // Age.
  fact("is-adult", "The person is 18 or over.", "age", ["adult"]),
  fact("is-child-or-may-be-child", "The person is under 18, or may be.", "age", ["under-18", "uncertain"]),
  fact("age-uncertain", "The person's age is uncertain and they may be under 18.", "age", ["uncertain"]),

  // Where the person stands with the NRM.
  fact("concluded-status", "Referred before, and that case has concluded.", "nrmStatus", [...CONCLUDED_NRM_STATUSES]),
  fact("case-open", "An open case: waiting for a decision, or in the recovery period.", "caseState", ["open"]),
  fact("case-concluded", "An earlier case has concluded and this is not new exploitation.", "caseState", ["concluded"]),
  fact("case-new-exploitation", "An earlier case has concluded and this is new exploitation.", "caseState", [
    "concluded-new-exploitation",
  ]),
  fact("needs-new-decision", "No open case: a referral decision is needed now.", "caseState", [
    "none",
    "concluded-new-exploitation",
  ]),
  fact("has-earlier-case", "An earlier case this encounter adds to.", "caseState", ["open", "concluded"]),
  fact("decision-to-make", "The person has a decision to make: a new referral, or staying in an open case.", "caseState", [
    "none",
    "open",
    "concluded-new-exploitation",
  ]),
  fact("awaiting-rg", "Referred; waiting for the reasonable grounds decision.", "nrmStatus", ["awaiting-rg"]),
  fact("positive-rg", "Positive reasonable grounds decision (recovery period).", "nrmStatus", ["positive-rg"]),
  fact("negative-rg", "Negative reasonable grounds decision.", "nrmStatus", ["negative-rg"]),
  fact("positive-cg", "Positive conclusive grounds decision (move-on).", "nrmStatus", ["positive-cg"]),
  fact("negative-cg", "Negative conclusive grounds decision.", "nrmStatus", ["negative-cg"]),
  fact("exited-support", "Has left NRM support.", "nrmStatus", ["exited-support"]),

  // Consent and capacity.
  fact("consent-yes", "The adult gave informed consent (for an open case: wants to stay in the NRM).", "consentToNrm", ["yes"]),
  fact("consent-no", "The adult does not consent (for an open case: wants to withdraw).", "consentToNrm", ["no"]),
  fact("consent-not-asked", "Not asked yet.", "consentToNrm", ["not-asked"]),
  fact("consent-lacks-capacity", "The adult cannot understand and decide about a referral now.", "consentToNrm", [
    "lacks-capacity",
  ]),
  fact("can-decide", "The adult can understand and decide about a referral now (presumed unless shown otherwise).", "canDecide", [
    true,
  ]),

  // Suspect and offence.
  fact("is-suspect", "The person is also suspected of an offence.", "isSuspect", [true]),
  fact("not-suspect", "The person is not a suspect.", "isSuspect", [false]),
  fact("offence-excluded", "The offence is listed in Schedule 4.", "offenceCheck", ["excluded"]),
  fact("offence-not-excluded", "The offence is not (or not clearly) listed in Schedule 4, or is not known yet.", "offenceCheck", [
    "conditional",
    "not-listed",
    "not-given",
    "unrecognised",
  ]),
  fact("offence-conditional", "Listed in Schedule 4 only in some circumstances.", "offenceCheck", ["conditional"]),
  fact("offence-not-listed", "Not found in the Schedule 4 list held by the app.", "offenceCheck", ["not-listed"]),
  fact("offence-unchecked", "The offence is not known yet or could not be checked.", "offenceCheck", [
    "not-given",
    "unrecognised",
  ]),
  fact("offence-entry-confirmed", "The matched Schedule 4 entry was confirmed in a primary text.", "offenceEntryVerification", [
    "confirmed",
  ]),
  fact(
    "offence-entry-unconfirmed",
    "The matched Schedule 4 entry is believed to be listed but was not confirmed.",
    "offenceEntryVerification",
    ["verify"],
  ),

  // The situation.
  fact("immediate-danger", "Someone is in immediate danger.", "immediateDanger", [true]),
  fact("medical-need", "The person has a medical need.", "medicalNeed", [true]),
  fact("needs-interpreter", "The person needs an interpreter.", "needsInterpreter", [true]),
  fact("needs-accommodation", "The person needs somewhere safe to stay tonight.", "needsAccommodation", [true]),
  fact("labour-exploitation", "Labour exploitation is suspected.", "exploitation", ["labour"]),
  fact("sexual-exploitation", "Sexual exploitation is suspected.", "exploitation", ["sexual"]),
  fact("criminal-exploitation", "Criminal exploitation is suspected.", "exploitation", ["criminal"]),
  fact("domestic-servitude", "Domestic servitude is suspected.", "exploitation", ["domestic-servitude"]),
  fact("organ-removal", "Organ removal is suspected.", "exploitation", ["organ-removal"]),
  fact("exploitation-not-known", "The type of exploitation is not known.", "exploitation", ["not-known"]),

  // Where.
  fact("area-btp", "The officer is with British Transport Police.", "area", ["british-transport-police"]),
  fact("nation-wales", "Met in Wales.", "nation", ["wales"]),
  fact("nation-scotland", "Met in Scotland (a British Transport Police officer).", "nation", ["scotland"]),
  fact("nation-not-known", "Where a British Transport Police officer is was not given.", "nation", ["not-known"]),
  fact("nation-england-and-wales-law", "England and Wales law applies (or where is not known).", "nation", [
    "england",
    "wales",
    "not-known",
  ]),
  fact("nation-not-wales", "Not in Wales: England, or not known.", "nation", ["england", "not-known"]),

  // Combinations: referral.
  all("child-new-decision", "A child (or possible child) with no open case.", ["is-child-or-may-be-child", "needs-new-decision"]),
  all("child-earlier-case", "A child (or possible child) with an earlier case.", [
    "is-child-or-may-be-child",
    "has-earlier-case",
  ]),
  all("adult-new-decision", "An adult with no open case: a referral decision is needed.", ["is-adult", "needs-new-decision"]),
  all("adult-consented", "An adult who gave informed consent to a new referral.", ["adult-new-decision", "consent-yes"]),
  all("adult-declined", "An adult who does not consent to a new referral.", ["adult-new-decision", "consent-no"]),
  all("adult-not-asked", "An adult not yet asked for consent.", ["adult-new-decision", "consent-not-asked"]),
  all("adult-lacks-capacity", "An adult who cannot decide about a referral now.", [
    "adult-new-decision",
    "consent-lacks-capacity",
  ]),
  all("adult-open-case", "An adult whose case is open.", ["is-adult", "case-open"]),
  all("adult-open-withdraws", "An adult in an open case who wants to withdraw.", ["adult-open-case", "consent-no"]),
  all("adult-open-not-asked", "An adult in an open case not yet asked whether they want to stay.", [
    "adult-open-case",
    "consent-not-asked",
  ]),
  all("adult-open-lacks-capacity", "An adult in an open case who cannot decide about it now.", [
    "adult-open-case",
    "consent-lacks-capacity",
  ]),
  all("adult-concluded", "An adult whose earlier case has concluded, not new exploitation.", ["is-adult", "case-concluded"]),
  all("adult-consent-question", "An adult who can decide and needs a new decision: consent is asked.", [
    "adult-new-decision",
    "can-decide",
  ]),
  all("adult-stay-question", "An adult in an open case who can decide: staying in the NRM is asked.", [
    "adult-open-case",
    "can-decide",
  ]),
  all("adult-capacity-question", "An adult with a decision to make: capacity is asked before it.", [
    "is-adult",
    "decision-to-make",
  ]),

  // Combinations: support by age.
  all("adult-awaiting-rg", "An adult waiting for the reasonable grounds decision.", ["is-adult", "awaiting-rg"]),
  all("adult-positive-rg", "An adult with a positive reasonable grounds decision.", ["is-adult", "positive-rg"]),
  all("adult-positive-cg", "An adult with a positive conclusive grounds decision.", [
    "is-adult",
    "positive-cg",
    "case-concluded",
  ]),
  all("adult-exited-support", "An adult who has left NRM support.", ["is-adult", "exited-support", "case-concluded"]),
  all("negative-rg-concluded", "A negative reasonable grounds decision, not new exploitation.", [
    "negative-rg",
    "case-concluded",
  ]),
  all("negative-cg-concluded", "A negative conclusive grounds decision, not new exploitation.", [
    "negative-cg",
    "case-concluded",
  ]),
  all("positive-cg-concluded", "A positive conclusive grounds decision, not new exploitation.", [
    "positive-cg",
    "case-concluded",
  ]),
  all("exited-support-concluded", "Left NRM support, not new exploitation.", ["exited-support", "case-concluded"]),

  // Combinations: section 45.
  all("suspect-ew", "A suspect met where section 45 applies (England and Wales).", [
    "is-suspect",
    "nation-england-and-wales-law",
  ]),
  all("suspect-scotland", "A suspect met in Scotland.", ["is-suspect", "nation-scotland"]),
  all("suspect-excluded-confirmed", "An offence listed in Schedule 4 by a confirmed entry.", [
    "suspect-ew",
    "offence-excluded",
    "offence-entry-confirmed",
  ]),
  all("suspect-excluded-unconfirmed", "An offence believed to be listed in Schedule 4 by an unconfirmed entry.", [
    "suspect-ew",
    "offence-excluded",
    "offence-entry-unconfirmed",
  ]),
  all("adult-suspect-not-excluded", "An adult suspect; offence not listed, conditional or not known.", [
    "is-adult",
    "suspect-ew",
    "offence-not-excluded",
  ]),
  all("adult-suspect-unconfirmed-listing", "An adult suspect; offence only believed to be listed.", [
    "is-adult",
    "suspect-excluded-unconfirmed",
  ]),
  all("child-suspect-not-excluded", "A child (or possible child) suspect; offence not listed, conditional or not known.", [
    "is-child-or-may-be-child",
    "suspect-ew",
    "offence-not-excluded",
  ]),
  all("child-suspect-unconfirmed-listing", "A child (or possible child) suspect; offence only believed to be listed.", [
    "is-child-or-may-be-child",
    "suspect-excluded-unconfirmed",
  ]),
  all("suspect-conditional-confirmed", "Listed only in some circumstances, by a confirmed entry.", [
    "suspect-ew",
    "offence-conditional",
    "offence-entry-confirmed",
  ]),
  all("suspect-conditional-unconfirmed", "Believed listed only in some circumstances, by an unconfirmed entry.", [
    "suspect-ew",
    "offence-conditional",
    "offence-entry-unconfirmed",
  ]),
  all("suspect-not-listed", "Not found in the Schedule 4 list held by the app.", ["suspect-ew", "offence-not-listed"]),
  all("suspect-offence-unchecked", "Offence not known or not checked.", ["suspect-ew", "offence-unchecked"]),
  all("suspect-age-uncertain-considered", "A suspect of uncertain age whose defence is to be considered.", [
    "age-uncertain",
    "suspect-ew",
    "offence-not-excluded",
  ]),
  all("suspect-age-uncertain-unconfirmed", "A suspect of uncertain age; offence only believed to be listed.", [
    "age-uncertain",
    "suspect-excluded-unconfirmed",
  ]),

  // Combinations: where.
  all("adult-in-england", "An adult met in England (or where not known).", ["is-adult", "nation-not-wales"]),
  all("adult-in-wales", "An adult met in Wales.", ["is-adult", "nation-wales"]),
  all("child-ew", "A child (or possible child) met where England and Wales arrangements apply (or where not known).", [
    "is-child-or-may-be-child",
    "nation-england-and-wales-law",
  ]),
  all("child-in-wales", "A child (or possible child) met in Wales.", ["is-child-or-may-be-child", "nation-wales"]),
  all("btp-where-not-known", "A British Transport Police officer who has not said where they are.", [
    "area-btp",
    "nation-not-known",
  ]),
  all("criminal-exploitation-suspect", "Criminal exploitation, and the person is a suspect where section 45 applies.", [
    "criminal-exploitation",
    "suspect-ew",
  ]),
  all("adult-consented-ew", "An adult who consents, where the victim care contract (England and Wales) applies.", [
    "adult-consented",
    "nation-england-and-wales-law",
  ]),
  all("adult-declined-ew", "An adult who declines, where the Home Office duty to notify applies.", [
    "adult-declined",
    "nation-england-and-wales-law",
  ]),
  all("adult-declined-scotland", "An adult who declines, met in Scotland.", ["adult-declined", "nation-scotland"]),
];
