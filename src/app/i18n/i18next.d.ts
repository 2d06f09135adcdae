// Translation keys are typed from the base locale: a misspelt key is a
// compile error.
import "i18next";
import type { baseResources } from "./resources";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: typeof baseResources;
  }
}
