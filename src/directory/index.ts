// Public API of the support directory: the database, packs (validate, sign,
// import, export), the officer's lookup, MSVLO edits and status, the pack
// command's core, and the directory's screens (lazy). The domain modules
// behind it have no React and no DOM; they run in the app, the import worker
// and Node. Contract: docs/directory.md and docs/pack-format.md.
import { lazy } from "react";

export { createDirectoryDb, getDirectoryDb, DirectoryDb, DIRECTORY_DB_NAME } from "./db";
export { getDirectoryStatus, type DirectoryHealth, type DirectoryStatus } from "./status";
export { STALE_AFTER_DAYS, calendarDate, daysSince, isExpired, isStale, addDays } from "./dates";
export * from "./schema/vocabulary";
export { serviceSchema, phoneSchema, hoursSchema, type Service, type Phone, type Hours } from "./schema/service";
export { organisationSchema, type Organisation } from "./schema/organisation";
export { locationSchema, type Location } from "./schema/location";
export {
  PACK_FORMAT,
  PACK_SCHEMA_VERSION,
  pathwayPackSchema,
  publisherSchema,
  type PathwayPack,
  type PathwayPackInput,
  type Publisher,
} from "./schema/pack";
export { packError, formatPackError, formatPath, PACK_ERROR_CODES, type PackError, type PackErrorCode } from "./pack/packErrors";
export { validatePackBytes, validatePackValue, decodeJson } from "./pack/validatePack";
export { importPackBytes, preparePack, type ImportOptions, type ImportResult, type ImportStatus } from "./import/importPack";
export type { ImportProgress, ImportProgressListener, ImportPhase } from "./import/progress";
export { canKeepAsUnverified, isAcceptableTrustProblem, ACCEPTABLE_TRUST_PROBLEMS } from "./trust/policy";
export {
  openPackFile,
  signPackBytes,
  generateSigningKeyPair,
  importSigningKey,
  exportPrivateKeyPem,
  SIGNED_PACK_FORMAT,
  type SigningKey,
} from "./trust/signedPack";
export { trustedKeySchema, type TrustedKey } from "./trust/keys";
export { TRUSTED_KEYS } from "./trust/trustedKeys";
export { findServices, type FindServicesQuery } from "./query/findServices";
export { searchServicesByName } from "./query/searchServices";
export { listAreaServices, getEntry, listLocalEdits, getAreaSummary, type AreaSummary } from "./query/browseArea";
export type { DirectoryEntry, EntryFlags } from "./query/entryView";
export { addLocalService, editService, markCheckedToday, retireService, revertLocalEdit } from "./edit/localEdits";
export { exportPack, type ExportResult } from "./edit/exportPack";
// Open Referral UK in and out (docs/open-referral.md). The screens import a
// file in the worker with importOrukFromFile / importOrukFromUrl (browser/importInApp.ts).
export { orukToPack, ORUK_PACK_VALID_DAYS, type OrukToPackOptions, type OrukConversion } from "./oruk/fromOruk";
export { packToOruk } from "./oruk/toOruk";
export { orukServicePage } from "./oruk/orukServicePage";
export { WAYMARK_TAXONOMY, WAYMARK_TERMS, type WaymarkTerm } from "./oruk/orukTaxonomy";
export type { OrukService, OrukServicePage } from "./oruk/orukSchema";
export { importOrukBytes, type OrukImportOptions, type OrukImportResult, type OrukImportSummary } from "./import/importOruk";
export type { EntryDraft } from "./edit/validateDraft";
export { ensureBuiltinDirectory, BUILTIN_SEED_VERSION } from "./builtin/ensureBuiltinDirectory";
export { BUILTIN_PACKS, builtinPackFileName, builtinPackFileText } from "./builtin/builtinPacks";
export { runPack, type PackCommandIo } from "./cli/runPack";
export { directoryRoutes, DIRECTORY_PATHS, editEntryPath } from "./routes";

// Screens other features embed, loaded on first render.
export const SupportResults = lazy(() => import("./ui/SupportResults").then((m) => ({ default: m.SupportResults })));
