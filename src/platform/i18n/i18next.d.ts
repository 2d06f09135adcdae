// Translation keys are typed from the base locale: a misspelt key is a
// compile error. (Types only: the files themselves load lazily.)
import "i18next";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: {
      common: typeof import("../../../locales/en-GB/common.json");
      pathway: typeof import("../../../locales/en-GB/pathway.json");
      directory: typeof import("../../../locales/en-GB/directory.json");
      encounter: typeof import("../../../locales/en-GB/encounter.json");
      content: typeof import("../../../locales/en-GB/content.json");
      offences: typeof import("../../../locales/en-GB/offences.json");
      training: typeof import("../../../locales/en-GB/training.json");
      /** The person-facing cards: loaded by the person mode's own instance (src/person/ui/personText.ts). */
      person: typeof import("../../../locales/en-GB/person.json");
    };
  }
}
