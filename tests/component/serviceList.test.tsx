import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { BUILTIN_PACKS } from "../../src/directory/builtin/builtinPacks";
import type { DirectoryEntry, EntryFlags } from "../../src/directory/query/entryView";
import { ServiceItem } from "../../src/directory/ui/ServiceItem";
import { ServiceList } from "../../src/directory/ui/ServiceList";
import { render } from "./render";

const NOW = new Date("2026-11-24T03:00:00Z");
const REPOSITORY_TRACES = ["seeds/", ".txt", "shared/", "src/", "brief.md"];

/** A built-in sample service as the directory hands it to a screen, with any flags overridden. */
function entryOf(area: string, id: string, flags: Partial<EntryFlags> = {}): DirectoryEntry {
  const pack = BUILTIN_PACKS.find((p) => p.area === area);
  const service = pack?.content.services.find((s) => s.id === id);
  const organisation = pack?.content.organisations.find((o) => o.id === service?.organisationId);
  if (pack === undefined || service === undefined || organisation === undefined) throw new Error(`no sample ${area}/${id}`);
  return {
    key: `${area}:${pack.publisher.id}/${id}`,
    area: pack.area,
    service,
    organisation,
    locations: [],
    phones: service.phones.map((p) => ({
      number: p.number,
      digits: p.number.replace(/\D/g, ""),
      tel: p.number.replace(/\D/g, ""),
      status:
        p.verification === "confirmed"
          ? { kind: "confirmed", by: "project", stale: false }
          : { kind: "unconfirmed", claimIgnored: false },
      actions: { confirm: p.verification !== "confirmed", withdraw: false },
    })),
    pack: null,
    flags: {
      stale: false,
      daysSinceAssured: 1,
      packExpired: false,
      unverified: false,
      sample: service.sample,
      local: null,
      retired: false,
      needsVerification: service.provenance.verification === "verify" || organisation.provenance.verification === "verify",
      unclassified: false,
      unconfirmedNumber: service.phones.some((p) => p.verification !== "confirmed"),
      ...flags,
    },
  };
}

function list(entries: DirectoryEntry[], audience: "officer" | "editor" = "officer", pageSize = 10): HTMLElement {
  return render(
    <ServiceList
      entries={entries}
      audience={audience}
      now={NOW}
      pageSize={pageSize}
      showMoreLabel={(n) => `Show ${String(n)} more`}
    />,
  );
}

function precedes(a: Element, b: Element): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

describe("support list: compact items", () => {
  it("puts the call button before the description, with the name and 'Open 24 hours' above it", () => {
    const host = list([entryOf("national", "modern-slavery-helpline")]);
    const item = host.querySelector("[data-testid='service']");
    const call = item?.querySelector("a[href^='tel:']");
    const lead = item?.querySelector("[data-testid='service-lead']");
    if (!item || !call || !lead) throw new Error("item did not render");
    expect(call.getAttribute("href")).toBe("tel:08000121700");
    expect(precedes(call, lead)).toBe(true);
    expect(precedes(item.querySelector("h3") ?? lead, call)).toBe(true);
    expect(item.querySelector(".service-item__status")?.textContent).toContain("Open 24 hours");
    // What it offers: the first sentence only; the rest is in the details.
    expect(lead.textContent).toBe("Free, confidential advice and reporting line, open all day and night.");
  });

  it("keeps details closed by default; opening them shows public sources and no repository path", async () => {
    const host = list([entryOf("devon-and-cornwall", "dc-msvlo"), entryOf("national", "msvcc-referral-line")]);
    const details = [...host.querySelectorAll<HTMLDetailsElement>("[data-testid='service-details']")];
    expect(details).toHaveLength(2);
    for (const d of details) {
      expect(d.open).toBe(false);
      expect(d.querySelector("[data-testid='sources']")?.checkVisibility()).toBe(false);
    }
    const first = details[0];
    const summary = first?.querySelector("summary");
    if (!first || !summary) throw new Error("no details");
    expect(summary.tagName).toBe("SUMMARY");
    await userEvent.click(summary);
    await expect.poll(() => first.open).toBe(true);
    const sources = first.querySelector("[data-testid='sources']");
    expect(sources?.checkVisibility()).toBe(true);
    const text = first.innerText;
    expect(text).toMatch(/Devon and Cornwall response to the Hestia super-complaint/);
    expect(text).toMatch(/paragraph on Modern Slavery Victim Liaison Officers/);
    expect(text).toMatch(/Last checked/);
    expect(text).toMatch(/Sample drawn from:/);
    for (const trace of REPOSITORY_TRACES) expect(text).not.toContain(trace);
    expect(text).not.toMatch(/\blines? \d/);
    // The other item's details stay closed.
    expect(details[1]?.open).toBe(false);
  });

  it("shows one warning marker per item, however many flags it has, and lists them all in the details", async () => {
    const entries = [
      entryOf("national", "msvcc-referral-line", { stale: true, daysSinceAssured: 400, packExpired: true, unverified: true }),
      entryOf("devon-and-cornwall", "dc-immediate-support-fund", { retired: true, local: "edited" }),
      entryOf("national", "modern-slavery-helpline"),
      entryOf("essex", "essex-victim-care-navigators"),
    ];
    const host = list(entries);
    const items = [...host.querySelectorAll<HTMLElement>("[data-testid='service']")];
    expect(items).toHaveLength(4);
    for (const summary of host.querySelectorAll("summary")) await userEvent.click(summary);
    for (const item of items) expect(item.querySelectorAll(".tag--warning"), item.dataset["service"]).toHaveLength(1);
    expect(items.map((i) => i.querySelector("[data-testid='trust-marker']")?.textContent)).toEqual([
      "Pack expired",
      "Retired",
      "Sample",
      "Unconfirmed",
    ]);
    const facts = items[0]?.querySelector("[data-testid='trust-facts']")?.textContent ?? "";
    for (const words of [
      "Pack out of date",
      "Unverified pack",
      "Not checked for 400 days",
      "Unconfirmed",
      "Sample data",
      "National service",
    ]) {
      expect(facts).toContain(words);
    }
    expect(items[1]?.querySelector(".service-item__status")?.textContent).toContain("Changed on this phone");
  });

  it("never breaks a marker inside a word, even in a narrow column", () => {
    const host = list([entryOf("national", "msvcc-referral-line", { unverified: true })]);
    host.style.inlineSize = "120px";
    const marker = host.querySelector("[data-testid='trust-marker']");
    if (!marker) throw new Error("no marker");
    expect(marker.textContent).toBe("Unverified pack");
    for (const word of marker.querySelectorAll(".tag__word")) {
      expect(getComputedStyle(word).whiteSpace).toBe("nowrap");
      expect(word.getClientRects()).toHaveLength(1);
    }
  });

  it("says plainly to officers that no number is held, and keeps the editors' note for the MSVLO screens", () => {
    const entry = entryOf("devon-and-cornwall", "dc-victim-care-unit");
    const officer = list([entry]);
    // What to do instead is said once above the list (findSupport.test.tsx).
    expect(officer.querySelector("[data-testid='no-phone']")?.textContent).toBe("No number held");
    expect(officer.innerText).not.toMatch(/add the local number|once it has been checked/i);
    const editor = list([entry], "editor");
    expect(editor.querySelector("[data-testid='no-phone']")?.textContent).toMatch(/add the local number/);
  });

  it("shows the first page, then N more on request with focus on the first one shown", async () => {
    const national = BUILTIN_PACKS.find((p) => p.area === "national")?.content.services ?? [];
    const entries = national.filter((s) => s.status === "active").map((s) => entryOf("national", s.id));
    expect(entries.length).toBeGreaterThan(6);
    const host = list(entries, "officer", 3);
    expect(host.querySelectorAll("[data-testid='service']")).toHaveLength(3);
    const more = host.querySelector<HTMLButtonElement>("[data-testid='show-more']");
    expect(more?.textContent).toBe("Show 3 more");
    await userEvent.click(more ?? host);
    await expect.poll(() => host.querySelectorAll("[data-testid='service']").length).toBe(6);
    expect(document.activeElement?.textContent).toBe(entries[3]?.service.name);
  });

  it("renders an item with only an MSVLO's unconfirmed number as text, not tap-to-call, under the one marker", () => {
    const base = entryOf("essex", "essex-victim-care-navigators");
    const entry: DirectoryEntry = {
      ...base,
      service: { ...base.service, phones: [{ number: "01632 960 000", verification: "verify" }] },
      phones: [
        {
          number: "01632 960 000",
          digits: "01632960000",
          tel: "01632960000",
          status: { kind: "unconfirmed", claimIgnored: false },
          actions: { confirm: true, withdraw: false },
        },
      ],
      flags: { ...base.flags, unconfirmedNumber: true },
    };
    const host = render(<ServiceItem entry={entry} audience="officer" now={NOW} />);
    expect(host.querySelector("a[href^='tel:']")).toBeNull();
    expect(host.textContent).toContain("Number 01632 960 000 is not confirmed");
    expect(host.querySelectorAll(".tag--warning")).toHaveLength(1);
  });

  it("reflows at 320 px with 200% text: nothing scrolls sideways", async () => {
    const entries = [
      entryOf("national", "msvcc-referral-line", { unverified: true }),
      entryOf("national", "modern-slavery-helpline"),
      entryOf("devon-and-cornwall", "dc-msvlo", { stale: true, daysSinceAssured: 999 }),
    ];
    const host = render(
      <div className="page" style={{ inlineSize: "320px" }}>
        <ServiceList
          entries={entries}
          audience="officer"
          now={NOW}
          pageSize={3}
          showMoreLabel={(n) => `Show ${String(n)} more`}
        />
      </div>,
    );
    const page = host.querySelector<HTMLElement>(".page");
    if (!page) throw new Error("no page");
    document.documentElement.style.fontSize = "200%";
    try {
      for (const summary of host.querySelectorAll("summary")) await userEvent.click(summary);
      for (const el of page.querySelectorAll<HTMLElement>("*")) {
        expect(el.getBoundingClientRect().right, `${el.tagName}.${el.className}`).toBeLessThanOrEqual(
          page.getBoundingClientRect().right + 0.5,
        );
      }
    } finally {
      document.documentElement.style.fontSize = "";
    }
  });
});
