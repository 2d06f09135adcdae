// The sample directory shipped with the app and loaded on first start, so a
// fresh install shows a working directory. public/packs/*.sample.json hold the
// same packs as files (written by `npm run -s pack -- export-builtin`; a test
// checks they match).
import { pathwayPackSchema, type PathwayPack, type PathwayPackInput } from "../schema/pack";
import {
  CAMBRIDGESHIRE_SAMPLE,
  DEVON_AND_CORNWALL_SAMPLE,
  ESSEX_SAMPLE,
  GWENT_SAMPLE,
  HERTFORDSHIRE_SAMPLE,
  NORTH_WALES_SAMPLE,
  NOTTINGHAMSHIRE_SAMPLE,
  SOUTH_WALES_SAMPLE,
  SURREY_SAMPLE,
  WEST_MERCIA_SAMPLE,
  WILTSHIRE_SAMPLE,
} from "./localSamples";
import { NATIONAL_SAMPLE } from "./nationalSample";
import { AREA_SAMPLES } from "./areaSamples";

export const BUILTIN_PACK_INPUTS: readonly PathwayPackInput[] = [
  NATIONAL_SAMPLE,
  CAMBRIDGESHIRE_SAMPLE,
  DEVON_AND_CORNWALL_SAMPLE,
  ESSEX_SAMPLE,
  GWENT_SAMPLE,
  HERTFORDSHIRE_SAMPLE,
  NORTH_WALES_SAMPLE,
  NOTTINGHAMSHIRE_SAMPLE,
  SOUTH_WALES_SAMPLE,
  SURREY_SAMPLE,
  WEST_MERCIA_SAMPLE,
  WILTSHIRE_SAMPLE,
  ...AREA_SAMPLES,
];

/** Parsed (and so checked) at load: a mistake in the sample data fails loudly in tests. */
export const BUILTIN_PACKS: readonly PathwayPack[] = BUILTIN_PACK_INPUTS.map((p) => pathwayPackSchema.parse(p));

/** The exact file text of a built-in pack, as served from public/packs/. */
export function builtinPackFileText(pack: PathwayPack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

export function builtinPackFileName(pack: PathwayPack): string {
  return `${pack.area}.sample.json`;
}
