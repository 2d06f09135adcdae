import { FORCE_AREA_NAMES, isForceAreaId } from "../../shared/forceAreas";
import type { DirectoryArea } from "../schema/vocabulary";

/** A force area's name, or the (translated) national label for national entries. */
export function areaName(area: DirectoryArea, nationalLabel: string): string {
  return isForceAreaId(area) ? FORCE_AREA_NAMES[area] : nationalLabel;
}
