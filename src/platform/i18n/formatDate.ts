// Dates and times for display, in UK time. Creating an Intl.DateTimeFormat is
// slow (tens of ms on a slow phone the first time), so one formatter per
// locale and style is kept. Pseudo-locales format as UK English.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The Intl locale for a UI language: pseudo-locales are formatted as en-GB. */
export function intlLocale(locale: string): string {
  return locale.endsWith("-XA") || locale.endsWith("-XB") ? "en-GB" : locale;
}

function formatter(locale: string, style: "date" | "time"): Intl.DateTimeFormat {
  const tag = intlLocale(locale);
  const key = `${tag}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      style === "date"
        ? { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" }
        : { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" };
    try {
      f = new Intl.DateTimeFormat(tag, options);
    } catch {
      f = new Intl.DateTimeFormat("en-GB", options);
    }
    formatters.set(key, f);
  }
  return f;
}

/** A YYYY-MM-DD date in the user's language. */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatter(locale, "date").format(date);
}

/** A time of day (hours and minutes) in the user's language. */
export function formatTime(date: Date, locale: string): string {
  return formatter(locale, "time").format(date);
}
