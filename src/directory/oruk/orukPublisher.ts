// Which pack an Open Referral UK import becomes. Packs are identified by area
// and publisher id, and a pack replaces the one with the same key. An area can
// have more than one ORUK directory (a county council's and a city council's),
// so the MSVLO names the directory they import; the same name (however it is
// spaced or capitalised) updates the same pack, a new name adds another.
import type { Publisher } from "../schema/pack";

export const ORUK_PUBLISHER_PREFIX = "oruk-";
const ID_MAX = 64;

/** An ORUK import's publisher id; `${area}-open-referral` is how imports were named before directories had names. */
export function isOrukPublisherId(id: string, area: string): boolean {
  return id.startsWith(ORUK_PUBLISHER_PREFIX) || id === `${area}-open-referral`;
}

function sameName(a: string): string {
  return a.normalize("NFKC").toLocaleLowerCase("en-GB").replace(/\s+/g, " ").trim();
}

/** Latin letters lose their accents; anything else that is not a letter or digit becomes a hyphen. */
function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** FNV-1a, for a name with no Latin letters or digits: stable, so the same name gets the same id. */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) {
    h ^= unit;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

export type OrukPublisherChoice =
  | { ok: true; publisher: Publisher; /** An earlier import of this directory is replaced. */ replaces: boolean }
  | { ok: false; message: string };

/**
 * The publisher for a directory the MSVLO named, given the ORUK directories
 * already installed for the area.
 */
export function orukPublisherFor(name: string, installed: readonly Publisher[]): OrukPublisherChoice {
  const trimmed = name.replace(/\s+/g, " ").trim();
  if (trimmed.length === 0) {
    return { ok: false, message: "Enter the directory's name, so that a later import of it updates it" };
  }
  if (trimmed.length > 200) return { ok: false, message: "The directory's name must be 200 characters or fewer" };
  const match = installed.find((p) => sameName(p.name) === sameName(trimmed));
  if (match !== undefined) return { ok: true, publisher: { id: match.id, name: trimmed }, replaces: true };
  const base = slug(trimmed) || hashOf(sameName(trimmed));
  const id = `${ORUK_PUBLISHER_PREFIX}${base}`.slice(0, ID_MAX).replace(/-+$/, "");
  // Two names that differ only in punctuation are the same directory.
  const sameId = installed.find((p) => p.id === id);
  return { ok: true, publisher: { id, name: trimmed }, replaces: sameId !== undefined };
}
