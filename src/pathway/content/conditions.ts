// Named conditions the rules and questions refer to. Each tests one fact, or
// combines other conditions (all must hold).
import type { Condition } from "../model/contentSchema";

const REFERRED = ["awaiting-rg", "positive-rg", "negative-rg", "positive-cg", "negative-cg", "exited-support"];
const WELSH_FORCES = ["dyfed-powys", "gwent", "north-wales", "south-wales"];

export const CONDITIONS: Condition[] = [
  { id: "is-adult", description: "The person is 18 or over.", fact: "age", oneOf: ["adult"] },
  {
    id: "is-child-or-may-be-child",
    description: "The person is under 18, or their age is uncertain and they may be under 18.",
    fact: "age",
    oneOf: ["under-18", "uncertain"],
  },
  {
    id: "age-uncertain",
    description: "The person's age is uncertain and they may be under 18.",
    fact: "age",
    oneOf: ["uncertain"],
  },
  {
    id: "consent-yes",
    description: "The person gave informed consent to an NRM referral.",
    fact: "consentToNrm",
    oneOf: ["yes"],
  },
  { id: "consent-no", description: "The person does not consent to an NRM referral.", fact: "consentToNrm", oneOf: ["no"] },
  {
    id: "consent-not-asked",
    description: "Consent to an NRM referral has not been asked yet.",
    fact: "consentToNrm",
    oneOf: ["not-asked"],
  },
  {
    id: "not-referred",
    description: "The person has not been referred into the NRM.",
    fact: "nrmStatus",
    oneOf: ["not-referred"],
  },
  {
    id: "already-referred",
    description: "The person has already been referred into the NRM.",
    fact: "nrmStatus",
    oneOf: REFERRED,
  },
  {
    id: "awaiting-rg",
    description: "Referred; waiting for the reasonable grounds decision.",
    fact: "nrmStatus",
    oneOf: ["awaiting-rg"],
  },
  {
    id: "positive-rg",
    description: "Positive reasonable grounds decision (recovery period).",
    fact: "nrmStatus",
    oneOf: ["positive-rg"],
  },
  { id: "negative-rg", description: "Negative reasonable grounds decision.", fact: "nrmStatus", oneOf: ["negative-rg"] },
  { id: "negative-cg", description: "Negative conclusive grounds decision.", fact: "nrmStatus", oneOf: ["negative-cg"] },
  {
    id: "positive-cg",
    description: "Positive conclusive grounds decision (move-on).",
    fact: "nrmStatus",
    oneOf: ["positive-cg"],
  },
  { id: "exited-support", description: "The person has left NRM support.", fact: "nrmStatus", oneOf: ["exited-support"] },
  { id: "is-suspect", description: "The person is also suspected of an offence.", fact: "isSuspect", oneOf: [true] },
  { id: "not-suspect", description: "The person is not a suspect.", fact: "isSuspect", oneOf: [false] },
  { id: "offence-excluded", description: "The offence is listed in Schedule 4.", fact: "offenceCheck", oneOf: ["excluded"] },
  {
    id: "offence-not-excluded",
    description: "The offence is not (or not clearly) listed in Schedule 4, or is not known yet.",
    fact: "offenceCheck",
    oneOf: ["conditional", "not-listed", "not-given", "unrecognised"],
  },
  {
    id: "offence-conditional",
    description: "The offence is listed in Schedule 4 only in some circumstances.",
    fact: "offenceCheck",
    oneOf: ["conditional"],
  },
  {
    id: "offence-not-listed",
    description: "The offence was not found in the Schedule 4 list held by the app.",
    fact: "offenceCheck",
    oneOf: ["not-listed"],
  },
  {
    id: "offence-entry-confirmed",
    description: "The matched Schedule 4 entry was confirmed in a primary text.",
    fact: "offenceEntryVerification",
    oneOf: ["confirmed"],
  },
  {
    id: "offence-entry-unconfirmed",
    description: "The matched Schedule 4 entry is believed to be listed but was not confirmed.",
    fact: "offenceEntryVerification",
    oneOf: ["verify"],
  },
  {
    id: "offence-unchecked",
    description: "The offence is not known yet or could not be checked.",
    fact: "offenceCheck",
    oneOf: ["not-given", "unrecognised"],
  },
  { id: "immediate-danger", description: "Someone is in immediate danger.", fact: "immediateDanger", oneOf: [true] },
  { id: "medical-need", description: "The person has a medical need.", fact: "medicalNeed", oneOf: [true] },
  { id: "needs-interpreter", description: "The person needs an interpreter.", fact: "needsInterpreter", oneOf: [true] },
  {
    id: "needs-accommodation",
    description: "The person needs somewhere safe to stay.",
    fact: "needsAccommodation",
    oneOf: [true],
  },
  { id: "area-wales", description: "The force area is in Wales.", fact: "area", oneOf: WELSH_FORCES },
  { id: "area-btp", description: "The force is British Transport Police.", fact: "area", oneOf: ["british-transport-police"] },
  {
    id: "adult-consented",
    description: "An adult, not yet referred, who gave informed consent.",
    allOf: ["is-adult", "consent-yes", "not-referred"],
  },
  {
    id: "adult-declined",
    description: "An adult, not yet referred, who does not consent.",
    allOf: ["is-adult", "consent-no", "not-referred"],
  },
  {
    id: "adult-not-asked",
    description: "An adult, not yet referred, not yet asked for consent.",
    allOf: ["is-adult", "consent-not-asked", "not-referred"],
  },
  { id: "adult-already-referred", description: "An adult already in the NRM.", allOf: ["is-adult", "already-referred"] },
  {
    id: "adult-referred-says-no",
    description: "An adult already in the NRM who now says no.",
    allOf: ["is-adult", "already-referred", "consent-no"],
  },
  {
    id: "child-not-referred",
    description: "A child (or possible child) not yet referred.",
    allOf: ["is-child-or-may-be-child", "not-referred"],
  },
  {
    id: "child-already-referred",
    description: "A child (or possible child) already in the NRM.",
    allOf: ["is-child-or-may-be-child", "already-referred"],
  },
  {
    id: "adult-consent-question",
    description: "An adult not yet referred: consent is asked.",
    allOf: ["is-adult", "not-referred"],
  },
  {
    id: "suspect-excluded",
    description: "A suspect whose offence is listed in Schedule 4.",
    allOf: ["is-suspect", "offence-excluded"],
  },
  {
    id: "suspect-excluded-confirmed",
    description: "A suspect whose offence is listed in Schedule 4, by a confirmed entry.",
    allOf: ["suspect-excluded", "offence-entry-confirmed"],
  },
  {
    id: "suspect-excluded-unconfirmed",
    description: "A suspect whose offence is believed to be listed in Schedule 4, by an unconfirmed entry.",
    allOf: ["suspect-excluded", "offence-entry-unconfirmed"],
  },
  {
    id: "adult-suspect-not-excluded",
    description: "An adult suspect; offence not clearly excluded.",
    allOf: ["is-adult", "is-suspect", "offence-not-excluded"],
  },
  {
    id: "child-suspect-not-excluded",
    description: "A child (or possible child) suspect; offence not clearly excluded.",
    allOf: ["is-child-or-may-be-child", "is-suspect", "offence-not-excluded"],
  },
  {
    id: "suspect-conditional",
    description: "A suspect whose offence is listed only in some circumstances.",
    allOf: ["is-suspect", "offence-conditional"],
  },
  {
    id: "suspect-conditional-confirmed",
    description: "A suspect whose offence is listed only in some circumstances, by a confirmed entry.",
    allOf: ["suspect-conditional", "offence-entry-confirmed"],
  },
  {
    id: "suspect-conditional-unconfirmed",
    description: "A suspect whose offence is believed to be listed only in some circumstances, by an unconfirmed entry.",
    allOf: ["suspect-conditional", "offence-entry-unconfirmed"],
  },
  {
    id: "suspect-not-listed",
    description: "A suspect whose offence was not found in the Schedule 4 list held by the app.",
    allOf: ["is-suspect", "offence-not-listed"],
  },
  {
    id: "suspect-offence-unchecked",
    description: "A suspect whose offence is not known or not checked.",
    allOf: ["is-suspect", "offence-unchecked"],
  },
  {
    id: "suspect-age-uncertain-not-excluded",
    description: "A suspect whose age is uncertain; offence not clearly excluded.",
    allOf: ["age-uncertain", "is-suspect", "offence-not-excluded"],
  },
  {
    id: "adult-awaiting-rg",
    description: "An adult referred and waiting for the reasonable grounds decision.",
    allOf: ["is-adult", "awaiting-rg"],
  },
  {
    id: "adult-positive-rg",
    description: "An adult with a positive reasonable grounds decision.",
    allOf: ["is-adult", "positive-rg"],
  },
  {
    id: "adult-positive-cg",
    description: "An adult with a positive conclusive grounds decision.",
    allOf: ["is-adult", "positive-cg"],
  },
  { id: "adult-exited-support", description: "An adult who has left NRM support.", allOf: ["is-adult", "exited-support"] },
  { id: "adult-in-wales", description: "An adult met in a Welsh force area.", allOf: ["is-adult", "area-wales"] },
];
