// Whether a service is open now, from the hours its entry holds. Nothing is
// guessed: no hours means "unknown". Services are in England and Wales, so
// their hours are UK time whatever the phone's zone; the caller passes `now`.
import { WEEKDAYS, type Hours } from "../schema/service";

export type Weekday = (typeof WEEKDAYS)[number];

export type OpeningState =
  | { kind: "open-24-hours" }
  | { kind: "open-now"; closes: string }
  | { kind: "closed-now"; next?: { day: Weekday; opens: string } }
  | { kind: "unknown" };

const DAY = 24 * 60;
const WEEK = 7 * DAY;

function minutes(time: string): number {
  const [h = "0", m = "0"] = time.split(":");
  return Number(h) * 60 + Number(m);
}

let ukClock: Intl.DateTimeFormat | undefined;

/** Minutes since Monday 00:00, UK time. */
function minuteOfWeek(now: Date): number {
  ukClock ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const parts = new Map(ukClock.formatToParts(now).map((p) => [p.type, p.value]));
  const day = WEEKDAYS.indexOf((parts.get("weekday") ?? "").toLowerCase().slice(0, 3) as Weekday);
  return day * DAY + Number(parts.get("hour")) * 60 + Number(parts.get("minute"));
}

export function openingStateOf(hours: Hours | undefined, now: Date): OpeningState {
  if (hours === undefined) return { kind: "unknown" };
  if (hours.open247) return { kind: "open-24-hours" };
  if (hours.weekly.length === 0) return { kind: "unknown" };
  const at = minuteOfWeek(now);
  let next: { wait: number; day: Weekday; opens: string } | undefined;
  for (const period of hours.weekly) {
    const opens = minutes(period.opens);
    const closes = minutes(period.closes);
    // A period that closes at or before it opens runs past midnight.
    const length = closes > opens ? closes - opens : closes + DAY - opens;
    for (const day of period.days) {
      const start = WEEKDAYS.indexOf(day) * DAY + opens;
      const since = (((at - start) % WEEK) + WEEK) % WEEK;
      if (since < length) return { kind: "open-now", closes: period.closes };
      const wait = WEEK - since;
      if (next === undefined || wait < next.wait) next = { wait, day, opens: period.opens };
    }
  }
  return next === undefined ? { kind: "closed-now" } : { kind: "closed-now", next: { day: next.day, opens: next.opens } };
}
