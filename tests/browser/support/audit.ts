// The audit of every distinct screen in one locale and theme: axe, 44 px
// targets, reflow at 320 px and 200% text, and no CSP, console or network
// problem. Journeys then test behaviour without repeating these checks.
import { expect } from "vitest";
import { allScreens, openScreen } from "../pages/screens";
import { checkReflow, checkScreen } from "./checks";
import { Session } from "./session";

export async function auditEveryScreen(baseUrl: string, locale: string, colorScheme: "light" | "dark"): Promise<void> {
  const session = await Session.open({ baseUrl, colorScheme });
  try {
    const query = `?lng=${locale}`;
    for (const screen of allScreens()) {
      const label = `${screen.label} (${locale}, ${colorScheme})`;
      await openScreen(session, screen, query);
      expect(await session.page.getAttribute("html", "lang"), label).toBe(locale);
      expect(await session.page.getAttribute("html", "dir"), label).toBe(locale === "ar-XB" ? "rtl" : "ltr");
      await checkScreen(session, label);
      await checkReflow(session, label);
    }
  } finally {
    await session.close();
  }
}
