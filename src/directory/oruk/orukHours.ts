// Opening hours between Open Referral schedules (RFC 5545 rules: freq, byday,
// opens_at, closes_at) and Waymark's hours (24/7, or weekly periods in UK
// time, plus a note). The app computes "open now" from weekly periods, so
// only what is plainly weekly is read as periods: every-week rules with plain
// days and times without a time zone, valid today. Anything else (monthly
// sessions, fortnightly rules, times in UTC, rules that start later) is kept
// as words in the hours note and the periods are left empty, so the app says
// "hours not known" rather than "closed" when a session it could not read is
// on. Nothing is guessed.
import type { Hours } from "../schema/service";
import { WEEKDAYS } from "../schema/service";
import type { OrukSchedule } from "./orukSchema";
import { cleanText } from "./readFields";

type Weekday = (typeof WEEKDAYS)[number];
type Period = { days: Weekday[]; opens: string; closes: string };

const ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const NOTE_MAX = 300;
const MAX_PERIODS = 21;
const ALL_DAY = { opens: "00:00", closes: "23:59" };

export interface HoursReading {
  hours?: Hours;
  /** For the MSVLO: what was not read as weekly hours, and why. */
  notes: string[];
}

/** "09:00", "09:00:00" or "09:00:00.000" with no zone -> "09:00"; closing "24:00" or "23:59:59" -> "23:59". */
function localTime(value: string | undefined, closing: boolean): string | undefined {
  if (value === undefined) return undefined;
  const m = /^([01]\d|2[0-4]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?$/.exec(value.trim());
  if (m === null) return undefined;
  const [, h = "", min = "", sec] = m;
  if (h === "24") return closing && min === "00" && (sec === undefined || sec === "00") ? "23:59" : undefined;
  return `${h}:${min}`;
}

function dayNamesOf(byday: string): string {
  return byday
    .split(",")
    .map((part) => {
      const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/i.exec(part.trim());
      if (m === null) return part.trim();
      const name = DAY_NAMES[ICAL_DAYS.indexOf((m[2] ?? "").toUpperCase() as (typeof ICAL_DAYS)[number])] ?? "";
      const n = m[1] === undefined ? undefined : Number(m[1]);
      if (n === undefined) return name;
      if (n === -1) return `last ${name}`;
      const ordinal = n === 1 ? "1st" : n === 2 ? "2nd" : n === 3 ? "3rd" : `${n}th`;
      return n > 0 ? `${ordinal} ${name}` : `${name} (${n} from the end of the month)`;
    })
    .join(", ");
}

/** The schedule in words, for the hours note, when the publisher gave no description of it. */
function describe(s: OrukSchedule): string | undefined {
  const parts: string[] = [];
  const freq = cleanText(s.freq)?.toUpperCase();
  const interval = s.interval ?? 1;
  if (freq === "WEEKLY") parts.push(interval > 1 ? `Every ${interval} weeks` : "Weekly");
  else if (freq === "MONTHLY") parts.push(interval > 1 ? `Every ${interval} months` : "Monthly");
  const byday = cleanText(s.byday);
  if (byday !== undefined) parts.push(`on ${dayNamesOf(byday)}`);
  const bymonthday = cleanText(s.bymonthday);
  if (bymonthday !== undefined) parts.push(`on day ${bymonthday} of the month`);
  const opens = cleanText(s.opens_at);
  const closes = cleanText(s.closes_at);
  if (opens !== undefined || closes !== undefined) parts.push(`${opens ?? "?"} to ${closes ?? "?"}`);
  const from = cleanText(s.valid_from) ?? cleanText(s.dtstart);
  if (from !== undefined) parts.push(`from ${from}`);
  const to = cleanText(s.valid_to);
  if (to !== undefined) parts.push(`until ${to}`);
  if (parts.length === 0) return undefined;
  const text = parts.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function dateOf(value: string | null | undefined): string | undefined {
  const text = cleanText(value);
  return text !== undefined && /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : undefined;
}

type Reading =
  { kind: "note-only" } | { kind: "ended"; on: string } | { kind: "unread"; why: string } | { kind: "weekly"; period: Period };

function readSchedule(s: OrukSchedule, today: string): Reading {
  const freq = cleanText(s.freq)?.toUpperCase();
  const byday = cleanText(s.byday);
  const opensText = cleanText(s.opens_at);
  const closesText = cleanText(s.closes_at);
  if (freq === undefined && byday === undefined && opensText === undefined && closesText === undefined)
    return { kind: "note-only" };
  const validTo = dateOf(s.valid_to);
  if (validTo !== undefined && validTo < today) return { kind: "ended", on: validTo };
  const startsOn = dateOf(s.valid_from) ?? dateOf(s.dtstart);
  if (startsOn !== undefined && startsOn > today) return { kind: "unread", why: `it starts on ${startsOn}` };
  if (freq !== "WEEKLY")
    return { kind: "unread", why: freq === undefined ? "it gives no frequency" : `it repeats ${freq.toLowerCase()}` };
  if (s.interval !== null && s.interval !== undefined && s.interval !== 1) {
    return { kind: "unread", why: `it repeats every ${s.interval} weeks` };
  }
  if (cleanText(s.bymonthday) !== undefined) return { kind: "unread", why: "it names days of the month" };
  if (byday === undefined) return { kind: "unread", why: "it names no days" };
  const days: Weekday[] = [];
  for (const part of byday.split(",")) {
    const i = ICAL_DAYS.indexOf(part.trim().toUpperCase() as (typeof ICAL_DAYS)[number]);
    if (i < 0) return { kind: "unread", why: `"${part.trim()}" is not a plain day of the week` };
    const day = WEEKDAYS[i];
    if (day !== undefined && !days.includes(day)) days.push(day);
  }
  const opens = localTime(opensText, false);
  const closes = localTime(closesText, true);
  if (opens === undefined || closes === undefined) {
    const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(`${opensText ?? ""}${closesText ?? ""}`);
    return {
      kind: "unread",
      why: zoned
        ? "its times carry a time zone, and Waymark reads UK local times only"
        : "it has no opening and closing time it can read",
    };
  }
  return { kind: "weekly", period: { days, opens, closes } };
}

function isAllWeek(periods: readonly Period[]): boolean {
  return WEEKDAYS.every((day) =>
    periods.some((p) => p.days.includes(day) && p.opens === ALL_DAY.opens && p.closes === ALL_DAY.closes),
  );
}

export function hoursFromSchedules(schedules: readonly OrukSchedule[], today: string): HoursReading {
  const notes: string[] = [];
  const words: string[] = [];
  const periods: Period[] = [];
  let unread = false;
  const addWords = (text: string | undefined) => {
    if (text !== undefined && !words.includes(text)) words.push(text);
  };
  for (const s of schedules) {
    const reading = readSchedule(s, today);
    if (reading.kind === "ended") {
      notes.push(`a schedule that ended on ${reading.on} was left out`);
      continue;
    }
    addWords(cleanText(s.description));
    addWords(cleanText(s.notes));
    if (reading.kind === "unread") {
      unread = true;
      if (cleanText(s.description) === undefined) addWords(describe(s));
      notes.push(`a schedule was kept as words in the hours note, not as weekly hours, because ${reading.why}`);
    } else if (reading.kind === "weekly") {
      periods.push(reading.period);
    }
  }
  if (periods.length > MAX_PERIODS) {
    notes.push(`the schedules give more than ${MAX_PERIODS} weekly periods; they were kept as words in the hours note`);
    for (const s of schedules) if (cleanText(s.description) === undefined) addWords(describe(s));
    unread = true;
  }
  let note: string | undefined = words.join(" ");
  if (note === "") note = undefined;
  else if (note.length > NOTE_MAX) {
    notes.push(`the hours note was longer than ${NOTE_MAX} characters and was shortened`);
    note = `${note.slice(0, NOTE_MAX - 1).trimEnd()}…`;
  }
  const withNote = note === undefined ? {} : { note };
  if (unread) {
    if (note === undefined) return { notes };
    if (periods.length > 0)
      notes.push(
        "the weekly hours that could be read were left out too, so the app never shows the service as closed when it may be open",
      );
    return { hours: { open247: false, weekly: [], ...withNote }, notes };
  }
  if (periods.length > 0 && isAllWeek(periods)) return { hours: { open247: true, ...withNote }, notes };
  if (periods.length === 0 && note === undefined) return { notes };
  return { hours: { open247: false, weekly: periods, ...withNote }, notes };
}

/** Waymark hours as Open Referral schedules; `idOf(i)` names the i-th schedule. */
export function schedulesFromHours(hours: Hours | undefined, idOf: (i: number) => string): OrukSchedule[] {
  if (hours === undefined) return [];
  const description = hours.note === undefined ? {} : { description: hours.note };
  const weekly = (days: readonly Weekday[], opens: string, closes: string, i: number): OrukSchedule => ({
    id: idOf(i),
    freq: "WEEKLY",
    interval: 1,
    byday: days.map((d) => ICAL_DAYS[WEEKDAYS.indexOf(d)]).join(","),
    opens_at: opens,
    closes_at: closes,
    ...description,
  });
  if (hours.open247) return [weekly(WEEKDAYS, ALL_DAY.opens, ALL_DAY.closes, 0)];
  if (hours.weekly.length === 0) return hours.note === undefined ? [] : [{ id: idOf(0), description: hours.note }];
  return hours.weekly.map((p, i) => weekly(p.days, p.opens, p.closes, i));
}
