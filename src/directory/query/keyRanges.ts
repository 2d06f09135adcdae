// Service keys are `${area}:${publisherId}/${serviceId}`, so "all of an area"
// and "all of a pack" are primary-key ranges and need no index of their own.
import type { DirectoryDb } from "../db";
import type { DirectoryArea } from "../schema/vocabulary";

export function servicesInArea(db: DirectoryDb, area: DirectoryArea) {
  return db.services.where("key").startsWith(`${area}:`);
}

export function servicesInPack(db: DirectoryDb, packKey: string) {
  return db.services.where("key").startsWith(`${packKey}/`);
}
