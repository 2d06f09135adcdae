// The 43 territorial police forces of England and Wales plus British
// Transport Police. Ids are stable: packs, scenarios and saved settings use them.
export const FORCE_AREA_IDS = [
  "avon-and-somerset",
  "bedfordshire",
  "cambridgeshire",
  "cheshire",
  "city-of-london",
  "cleveland",
  "cumbria",
  "derbyshire",
  "devon-and-cornwall",
  "dorset",
  "durham",
  "dyfed-powys",
  "essex",
  "gloucestershire",
  "greater-manchester",
  "gwent",
  "hampshire",
  "hertfordshire",
  "humberside",
  "kent",
  "lancashire",
  "leicestershire",
  "lincolnshire",
  "merseyside",
  "metropolitan",
  "norfolk",
  "north-wales",
  "north-yorkshire",
  "northamptonshire",
  "northumbria",
  "nottinghamshire",
  "south-wales",
  "south-yorkshire",
  "staffordshire",
  "suffolk",
  "surrey",
  "sussex",
  "thames-valley",
  "warwickshire",
  "west-mercia",
  "west-midlands",
  "west-yorkshire",
  "wiltshire",
  "british-transport-police",
] as const;

export type ForceAreaId = (typeof FORCE_AREA_IDS)[number];

/** The 43 territorial forces: every force but British Transport Police, which works across Great Britain. */
export const TERRITORIAL_FORCE_AREA_IDS = FORCE_AREA_IDS.filter(
  (id): id is Exclude<ForceAreaId, "british-transport-police"> => id !== "british-transport-police",
);
export type TerritorialForceAreaId = Exclude<ForceAreaId, "british-transport-police">;

/** The four Welsh forces: Welsh safeguarding law applies there. */
export const WELSH_FORCE_AREA_IDS = [
  "dyfed-powys",
  "gwent",
  "north-wales",
  "south-wales",
] as const satisfies readonly ForceAreaId[];

export function isWelshForceArea(area: string): boolean {
  return (WELSH_FORCE_AREA_IDS as readonly string[]).includes(area);
}

export function isForceAreaId(value: unknown): value is ForceAreaId {
  return typeof value === "string" && (FORCE_AREA_IDS as readonly string[]).includes(value);
}

/** English names; the UI translates through i18n keys `areas.<id>`. */
export const FORCE_AREA_NAMES: Readonly<Record<ForceAreaId, string>> = {
  "avon-and-somerset": "Avon and Somerset",
  bedfordshire: "Bedfordshire",
  cambridgeshire: "Cambridgeshire",
  cheshire: "Cheshire",
  "city-of-london": "City of London",
  cleveland: "Cleveland",
  cumbria: "Cumbria",
  derbyshire: "Derbyshire",
  "devon-and-cornwall": "Devon and Cornwall",
  dorset: "Dorset",
  durham: "Durham",
  "dyfed-powys": "Dyfed-Powys",
  essex: "Essex",
  gloucestershire: "Gloucestershire",
  "greater-manchester": "Greater Manchester",
  gwent: "Gwent",
  hampshire: "Hampshire and Isle of Wight",
  hertfordshire: "Hertfordshire",
  humberside: "Humberside",
  kent: "Kent",
  lancashire: "Lancashire",
  leicestershire: "Leicestershire",
  lincolnshire: "Lincolnshire",
  merseyside: "Merseyside",
  metropolitan: "Metropolitan Police (London)",
  norfolk: "Norfolk",
  "north-wales": "North Wales",
  "north-yorkshire": "North Yorkshire",
  northamptonshire: "Northamptonshire",
  northumbria: "Northumbria",
  nottinghamshire: "Nottinghamshire",
  "south-wales": "South Wales",
  "south-yorkshire": "South Yorkshire",
  staffordshire: "Staffordshire",
  suffolk: "Suffolk",
  surrey: "Surrey",
  sussex: "Sussex",
  "thames-valley": "Thames Valley",
  warwickshire: "Warwickshire",
  "west-mercia": "West Mercia",
  "west-midlands": "West Midlands",
  "west-yorkshire": "West Yorkshire",
  wiltshire: "Wiltshire",
  "british-transport-police": "British Transport Police",
};
