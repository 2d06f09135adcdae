// Training mode's screens, each a lazy chunk: nothing of training loads with
// the first screen but the link to it. Every training screen has the same tab
// title, the training marker. The screens that run the encounter flow need its
// namespaces too.
import type { RouteDef } from "../platform/navigation/routeTable";
import type { Namespace } from "../platform/i18n/locales";
import { TRAINING_BASE } from "./paths";

const FLOW: readonly Namespace[] = ["training", "encounter", "pathway", "directory", "content", "offences"];
const titleKey = "titles.training" as const;

export const trainingRoutes: readonly RouteDef[] = [
  { pattern: TRAINING_BASE, load: () => import("./ui/TrainingHome"), namespaces: ["training"], titleKey },
  { pattern: `${TRAINING_BASE}/packs`, load: () => import("./ui/PacksScreen"), namespaces: ["training"], titleKey },
  { pattern: `${TRAINING_BASE}/present/:scenario/*`, load: () => import("./ui/PresenterScreen"), namespaces: FLOW, titleKey },
  { pattern: `${TRAINING_BASE}/notes/:scenario`, load: () => import("./ui/NotesScreen"), namespaces: FLOW, titleKey },
  { pattern: `${TRAINING_BASE}/practice/:scenario/*`, load: () => import("./ui/PracticeScreen"), namespaces: FLOW, titleKey },
];
