// Training mode's screens and states for the audit. Training keeps nothing on
// the device, so deep states are reached by using the screens (keys, taps,
// a file), not by storing an encounter first.
import { BUILTIN_SCENARIOS } from "../../../src/training";
import type { Session } from "../support/session";
import type { ScreenState } from "./screens";
import { EncounterFlow } from "./EncounterFlow";

const PRESENTED = "county-lines"; // danger first, a suspect child: the presenter's longest reveal
const PRACTISED = "car-wash-declines";

async function phoneAt(s: Session, pathname: string): Promise<void> {
  await s.page.waitForURL((url) => url.pathname === pathname);
  await s.page.getByTestId("phone").locator("h1").first().waitFor();
}

/** A learner's finished run with one wrong answer, then the comparison. */
async function practiseWithOneWrongAnswer(s: Session): Promise<void> {
  const scenario = BUILTIN_SCENARIOS.find((x) => x.id === PRACTISED);
  if (scenario === undefined) throw new Error(PRACTISED);
  await s.page.getByTestId("practice-start").click();
  const flow = new EncounterFlow(s, `/training/practice/${PRACTISED}/run`);
  await flow.answerAll({ ...scenario.answers, consentToNrm: "yes" });
  await flow.seeOutcome();
  await s.page.getByTestId("practice-finish").click();
  await s.page.getByTestId("difference").first().waitFor();
}

export function trainingScreens(): ScreenState[] {
  const present = `/training/present/${PRESENTED}`;
  return [
    { label: "training home", path: "/training", then: async (s) => s.page.getByTestId("scenario-list").waitFor() },
    { label: "training presenter: first question", path: present, then: (s) => phoneAt(s, `${present}/q/q-immediate-danger`) },
    {
      label: "training presenter: the danger interruption",
      path: present,
      then: async (s) => {
        await phoneAt(s, `${present}/q/q-immediate-danger`);
        await s.page.keyboard.press("n");
        await phoneAt(s, `${present}/danger`);
      },
    },
    {
      label: "training presenter: revealed",
      path: present,
      then: async (s) => {
        await phoneAt(s, `${present}/q/q-immediate-danger`);
        await s.page.keyboard.press("r");
        await s.page.getByTestId("reveal").waitFor();
      },
    },
    {
      label: "training speaker notes",
      path: `/training/notes/${PRESENTED}`,
      then: async (s) => s.page.getByTestId("notes-now").waitFor(),
    },
    { label: "training practice: the situation", path: `/training/practice/${PRACTISED}` },
    {
      label: "training practice: the learner's first question",
      path: `/training/practice/${PRACTISED}`,
      then: async (s) => {
        await s.page.getByTestId("practice-start").click();
        await s.page.waitForURL((url) => url.pathname === `/training/practice/${PRACTISED}/run/q/q-immediate-danger`);
        await s.page.locator("main h1").first().waitFor();
      },
    },
    { label: "training practice: the comparison", path: `/training/practice/${PRACTISED}`, then: practiseWithOneWrongAnswer },
    { label: "training scenario packs", path: "/training/packs" },
    {
      label: "training scenario packs: a refused file",
      path: "/training/packs",
      then: async (s) => {
        await s.page.getByTestId("training-pack-file").setInputFiles({
          name: "broken.json",
          mimeType: "application/json",
          buffer: Buffer.from('{"format":"waymark-training-pack","schemaVersion":1}'),
        });
        await s.page.getByTestId("training-pack-errors").waitFor();
      },
    },
    { label: "training: a scenario that is not loaded", path: "/training/present/no-such-scenario" },
  ];
}
