// The one database module for the directory. Components and workers never open
// IndexedDB themselves: they use getDirectoryDb() (app) or createDirectoryDb(name) (tests, workers).
import { Dexie, type EntityTable } from "dexie";
import { declareDirectoryVersions } from "./dbSchema";
import type { LocalConfirmation, MetaRecord, PackRecord, ServiceRecord } from "./records";

export const DIRECTORY_DB_NAME = "waymark-directory";

export class DirectoryDb extends Dexie {
  declare services: EntityTable<ServiceRecord, "key">;
  declare packs: EntityTable<PackRecord, "packKey">;
  declare meta: EntityTable<MetaRecord, "key">;
  declare confirmations: EntityTable<LocalConfirmation, "key">;

  constructor(name: string = DIRECTORY_DB_NAME) {
    super(name);
    declareDirectoryVersions(this);
  }
}

/** A separate instance (not opened until first use): tests give each its own name. */
export function createDirectoryDb(name: string = DIRECTORY_DB_NAME): DirectoryDb {
  return new DirectoryDb(name);
}

let singleton: DirectoryDb | undefined;

/** The app's shared instance. */
export function getDirectoryDb(): DirectoryDb {
  singleton ??= new DirectoryDb(DIRECTORY_DB_NAME);
  return singleton;
}
