// The languages of the person-facing cards: English and Welsh, and the twenty
// most common first languages of people referred (issue #11). Each is shown in
// its own script and name so a person can point to theirs; `dir` sets the
// layout, and `script` picks a bundled font where a phone may lack one.
export interface PersonLanguage {
  /** BCP 47 tag; the locale folder's name. */
  code: string;
  /** For the officer and for search. */
  englishName: string;
  /** The language's name for itself, in its own script. */
  endonym: string;
  dir: "ltr" | "rtl";
  /** Scripts a phone may lack: the app ships a font for these, loaded only when needed. */
  script: "latin" | "cyrillic" | "ethiopic" | "arabic" | "devanagari" | "han";
  /** Prefix of speech synthesis voices for this language (BCP 47). */
  voice: string;
}

export const PERSON_LANGUAGES: readonly PersonLanguage[] = [
  { code: "en-GB", englishName: "English", endonym: "English", dir: "ltr", script: "latin", voice: "en" },
  { code: "cy", englishName: "Welsh", endonym: "Cymraeg", dir: "ltr", script: "latin", voice: "cy" },
  { code: "sq", englishName: "Albanian", endonym: "Shqip", dir: "ltr", script: "latin", voice: "sq" },
  { code: "vi", englishName: "Vietnamese", endonym: "Tiếng Việt", dir: "ltr", script: "latin", voice: "vi" },
  { code: "ti", englishName: "Tigrinya", endonym: "ትግርኛ", dir: "ltr", script: "ethiopic", voice: "ti" },
  { code: "ar", englishName: "Arabic", endonym: "العربية", dir: "rtl", script: "arabic", voice: "ar" },
  { code: "ro", englishName: "Romanian", endonym: "Română", dir: "ltr", script: "latin", voice: "ro" },
  { code: "fa", englishName: "Persian (Farsi)", endonym: "فارسی", dir: "rtl", script: "arabic", voice: "fa" },
  { code: "prs", englishName: "Dari", endonym: "دری", dir: "rtl", script: "arabic", voice: "fa-AF" },
  { code: "ps", englishName: "Pashto", endonym: "پښتو", dir: "rtl", script: "arabic", voice: "ps" },
  { code: "ckb", englishName: "Kurdish (Sorani)", endonym: "کوردیی ناوەندی", dir: "rtl", script: "arabic", voice: "ckb" },
  { code: "am", englishName: "Amharic", endonym: "አማርኛ", dir: "ltr", script: "ethiopic", voice: "am" },
  { code: "zh-Hans", englishName: "Chinese (Simplified)", endonym: "简体中文", dir: "ltr", script: "han", voice: "zh" },
  { code: "pl", englishName: "Polish", endonym: "Polski", dir: "ltr", script: "latin", voice: "pl" },
  { code: "lt", englishName: "Lithuanian", endonym: "Lietuvių", dir: "ltr", script: "latin", voice: "lt" },
  { code: "bg", englishName: "Bulgarian", endonym: "Български", dir: "ltr", script: "cyrillic", voice: "bg" },
  { code: "uk", englishName: "Ukrainian", endonym: "Українська", dir: "ltr", script: "cyrillic", voice: "uk" },
  { code: "hi", englishName: "Hindi", endonym: "हिन्दी", dir: "ltr", script: "devanagari", voice: "hi" },
  { code: "ur", englishName: "Urdu", endonym: "اردو", dir: "rtl", script: "arabic", voice: "ur" },
  { code: "pt", englishName: "Portuguese", endonym: "Português", dir: "ltr", script: "latin", voice: "pt" },
  { code: "es", englishName: "Spanish", endonym: "Español", dir: "ltr", script: "latin", voice: "es" },
  { code: "fr", englishName: "French", endonym: "Français", dir: "ltr", script: "latin", voice: "fr" },
];

export function findPersonLanguage(code: string): PersonLanguage | undefined {
  return PERSON_LANGUAGES.find((l) => l.code === code);
}

/** Languages whose English name or own name contains the query (case- and accent-insensitive). */
export function searchPersonLanguages(query: string): PersonLanguage[] {
  const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const q = fold(query.trim());
  if (q === "") return [...PERSON_LANGUAGES];
  return PERSON_LANGUAGES.filter(
    (l) => fold(l.englishName).includes(q) || fold(l.endonym).includes(q) || l.code.toLowerCase() === q,
  );
}
