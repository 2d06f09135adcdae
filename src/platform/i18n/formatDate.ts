// Creating an Intl.DateTimeFormat is slow (tens of ms on a slow phone the
// first time), so one formatter per locale is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string): Intl.DateTimeFormat {
  // Pseudo-locales format dates as UK English.
  const tag = locale.startsWith("en-") || locale.startsWith("ar-") ? "en-GB" : locale;
  let f = formatters.get(tag);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });
    formatters.set(tag, f);
  }
  return f;
}

/** Formats a YYYY-MM-DD date for display in the user's language, in UK time. */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  try {
    return formatterFor(locale).format(date);
  } catch {
    return isoDate;
  }
}
