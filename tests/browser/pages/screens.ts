// Every distinct screen and state of the app, with how to reach it. The audit
// visits each once per locale and theme; journeys test behaviour.
import type { Answers } from "../../../src/pathway";
import type { Session } from "../support/session";
import { questionStates, seedEncounter } from "../support/seed";
import { trainingScreens } from "./trainingScreens";

export interface ScreenState {
  label: string;
  path: string;
  /** An encounter to store before opening the path. */
  answers?: Answers;
  ticked?: string[];
  /** Something to do once the screen is open (fill a search, press Continue). */
  then?: (session: Session) => Promise<void>;
}

/** A suspect adult not yet asked for consent: the path with the most questions. */
const LONGEST: Answers = {
  immediateDanger: false,
  medicalNeed: false,
  age: "adult",
  exploitation: ["labour", "criminal"],
  nrmStatus: "not-referred",
  canDecide: true,
  consentToNrm: "not-asked",
  isSuspect: true,
  offence: { act: "Theft Act 1968", section: "8" },
  needsInterpreter: true,
  needsAccommodation: true,
  area: "devon-and-cornwall",
};
const ADULT_DECLINES: Answers = { ...LONGEST, consentToNrm: "no", isSuspect: false, offence: undefined };
const CHILD: Answers = {
  ...LONGEST,
  age: "under-18",
  canDecide: undefined,
  consentToNrm: undefined,
  isSuspect: false,
  offence: undefined,
};
/** The hard cases' own questions: a re-exploited adult met by a BTP officer, and an adult in an open case. */
const REEXPLOITED_BTP: Answers = {
  ...LONGEST,
  nrmStatus: "exited-support",
  newExploitation: true,
  isSuspect: false,
  offence: undefined,
  consentToNrm: "no",
  area: "british-transport-police",
  localArea: "scotland",
};
const OPEN_CASE: Answers = {
  ...LONGEST,
  nrmStatus: "positive-rg",
  consentToNrm: undefined,
  staysInNrm: "no",
  isSuspect: false,
  offence: undefined,
};
const CANNOT_DECIDE: Answers = { ...LONGEST, canDecide: false, consentToNrm: undefined, isSuspect: false, offence: undefined };

const clean = (a: Answers): Answers => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined));

export function allScreens(): ScreenState[] {
  const longest = questionStates(LONGEST);
  const extra = [...questionStates(clean(REEXPLOITED_BTP)), ...questionStates(clean(OPEN_CASE))].filter(
    (q, i, all) => !longest.some((l) => l.id === q.id) && all.findIndex((o) => o.id === q.id) === i,
  );
  const questions = [...longest, ...extra].map(({ id, before }) => ({
    label: `question ${id}`,
    path: `/encounter/q/${id}`,
    answers: clean(before),
  }));
  return [
    { label: "start", path: "/" },
    { label: "start with a saved encounter", path: "/", answers: { immediateDanger: false } },
    { label: "about", path: "/about" },
    { label: "settings", path: "/settings" },
    { label: "neutral notes", path: "/notes" },
    { label: "not found", path: "/no-such-page" },
    { label: "signs", path: "/signs" },
    {
      label: "schedule 4 search",
      path: "/schedule-4",
      then: async (s) => {
        await s.page.getByTestId("schedule4-query").fill("robbery");
        await s.page.locator("[data-entry]").first().waitFor();
      },
    },
    {
      label: "schedule 4 search, nothing found",
      path: "/schedule-4",
      then: async (s) => {
        await s.page.getByTestId("schedule4-query").fill("zzzz");
        await s.page.getByTestId("schedule4-count").filter({ hasText: /./ }).waitFor();
      },
    },
    {
      label: "find support",
      path: "/support",
      then: async (s) => {
        await s.page.getByTestId("lookup-area").selectOption("devon-and-cornwall");
        await s.page.getByTestId("support-results").waitFor();
      },
    },
    {
      label: "directory overview with the area dashboard",
      path: "/directory",
      then: async (s) => {
        await s.page.getByTestId("dashboard-area").selectOption("devon-and-cornwall");
        await s.page.getByTestId("coverage").waitFor();
        // Open the sections one tap away so they are checked too.
        for (const id of ["packs", "directory-status"]) await s.page.getByTestId(id).locator("summary").first().click();
        await s.page.getByTestId("service-count").waitFor();
      },
    },
    {
      label: "directory import, Open Referral UK chosen",
      path: "/directory",
      then: async (s) => {
        await s.page.getByTestId("format-oruk").check();
      },
    },
    {
      label: "directory browse",
      path: "/directory/browse",
      then: async (s) => {
        await s.page.getByTestId("browse-area").selectOption("devon-and-cornwall");
        await s.page.locator("[data-testid='service'][data-service^='dc-']").first().waitFor();
      },
    },
    {
      // The confirm-a-number form is checked in the MSVLO journey (the samples hold no unconfirmed number).
      label: "directory browse, asking before retiring",
      path: "/directory/browse",
      then: async (s) => {
        await s.page.getByTestId("browse-area").selectOption("devon-and-cornwall");
        const item = s.page.locator("[data-testid='service'][data-service^='dc-']").first();
        await item.getByTestId("retire").click();
        await item.getByTestId("retire-ask").waitFor();
        await s.page.evaluate(() => {
          window.scrollTo(0, 0);
        });
      },
    },
    {
      label: "directory review list",
      path: "/directory/review",
      then: async (s) => s.page.getByTestId("browse-count").waitFor(),
    },
    {
      label: "directory add, every part of an entry open",
      path: "/directory/add",
      then: async (s) => {
        await s.page.getByTestId("add-phone").click();
        await s.page.getByTestId("add-phone").click();
        await s.page.getByTestId("hours-weekly").check();
        await s.page.evaluate(() => {
          window.scrollTo(0, 0);
        });
      },
    },
    {
      label: "directory add with errors",
      path: "/directory/add",
      then: async (s) => {
        await s.page.getByTestId("save-entry").click();
        await s.page.getByTestId("editor-errors").waitFor();
      },
    },
    ...questions,
    {
      label: "question with an error",
      path: "/encounter/q/q-immediate-danger",
      then: async (s) => {
        await s.page.getByTestId("continue").click();
        await s.page.locator(".error-summary").waitFor();
      },
    },
    {
      label: "offence question with results",
      path: "/encounter/q/q-offence",
      answers: questionStates(LONGEST).find((q) => q.id === "q-offence")?.before ?? {},
      then: async (s) => {
        await s.page.locator("input[name='offence-mode'][value='list']").check();
        await s.page.locator("#offence-search").fill("kidnap");
        await s.page.locator("input[name='offence-entry']").first().waitFor();
      },
    },
    {
      label: "offence question, typed by hand",
      path: "/encounter/q/q-offence",
      answers: questionStates(LONGEST).find((q) => q.id === "q-offence")?.before ?? {},
      then: async (s) => {
        await s.page.locator("input[name='offence-mode'][value='other']").check();
        await s.page.locator("#offence-act").waitFor();
      },
    },
    { label: "check answers", path: "/encounter/check", answers: LONGEST },
    { label: "result: ask for consent", path: "/encounter/result", answers: LONGEST },
    { label: "result: duty to notify", path: "/encounter/result", answers: clean(ADULT_DECLINES) },
    { label: "result: child", path: "/encounter/result", answers: clean(CHILD) },
    { label: "result: cannot decide (best interests)", path: "/encounter/result", answers: clean(CANNOT_DECIDE) },
    { label: "result: open case, withdraws", path: "/encounter/result", answers: clean(OPEN_CASE) },
    { label: "result: re-exploited, BTP in Scotland", path: "/encounter/result", answers: clean(REEXPLOITED_BTP) },
    { label: "support: BTP in Scotland (no directory)", path: "/encounter/support", answers: clean(REEXPLOITED_BTP) },
    { label: "actions", path: "/encounter/actions", answers: LONGEST, ticked: ["make-safe"] },
    { label: "section 45", path: "/encounter/section-45", answers: LONGEST },
    {
      label: "support for the person's stage",
      path: "/encounter/support",
      answers: clean(ADULT_DECLINES),
      then: async (s) => s.page.getByTestId("support-results").waitFor(),
    },
    { label: "hand-over summary", path: "/encounter/summary", answers: clean(ADULT_DECLINES) },
    { label: "danger interruption", path: "/encounter/danger", answers: { immediateDanger: true } },
    {
      label: "person mode: choose a language",
      path: "/encounter/person",
      answers: LONGEST,
      then: async (s) => s.page.getByTestId("person-picker").waitFor(),
    },
    {
      label: "person mode: a card in Arabic (right to left)",
      path: "/encounter/person",
      answers: LONGEST,
      then: async (s) => {
        await s.page.getByTestId("person-language-ar").click();
        await s.page.getByTestId("person-card").waitFor();
      },
    },
    {
      label: "person mode: a card in Tigrinya",
      path: "/encounter/person",
      answers: LONGEST,
      then: async (s) => {
        await s.page.getByTestId("person-language-ti").click();
        await s.page.getByTestId("person-card").waitFor();
      },
    },
    ...trainingScreens(),
  ];
}

/** Opens a screen state in a session: stores its encounter, opens the path, runs its step. */
export async function openScreen(session: Session, screen: ScreenState, query = ""): Promise<void> {
  if (screen.answers !== undefined) {
    // Stored on the page already open (one load fewer), or on a first one.
    if (!session.page.url().startsWith(session.baseUrl)) await session.goto(`/notes${query}`);
    await seedEncounter(session, screen.answers, screen.ticked ?? []);
  } else if (session.page.url().startsWith(session.baseUrl)) {
    // Each state starts without an encounter unless it names one.
    await session.page.evaluate(() => {
      localStorage.removeItem("waymark.encounter");
    });
  }
  await session.goto(`${screen.path}${query}`);
  await screen.then?.(session);
}
