/** Formats a YYYY-MM-DD date for display in the user's language, in UK time. */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  try {
    return new Intl.DateTimeFormat(locale.startsWith("en-") || locale.startsWith("ar-") ? "en-GB" : locale, {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "Europe/London",
    }).format(date);
  } catch {
    return isoDate;
  }
}
