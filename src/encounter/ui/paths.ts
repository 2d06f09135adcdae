// URLs of the encounter screens. They name screens only — never anything
// about the person — so history and the address bar stay clean.
export const ENCOUNTER = "/encounter";
export const questionPath = (id: string, change = false): string => `${ENCOUNTER}/q/${id}${change ? "?change=1" : ""}`;
export const CHECK = `${ENCOUNTER}/check`;
export const RESULT = `${ENCOUNTER}/result`;
export const ACTIONS = `${ENCOUNTER}/actions`;
export const SECTION45 = `${ENCOUNTER}/section-45`;
export const SUPPORT = `${ENCOUNTER}/support`;
export const SUMMARY = `${ENCOUNTER}/summary`;
