// Controlled vocabularies for the Waymark extensions to the HSDS model.
// Ids are stable: packs, queries and saved filters use them.
import { z } from "../../shared/zod";
import { FORCE_AREA_IDS } from "../../shared/forceAreas";
import { NEEDS, NRM_STAGES, POST_NRM_SUB_STAGES } from "../../shared/supportVocabulary";

// The NRM stages and needs are shared with the pathway engine.
export { NEEDS, NRM_STAGES, POST_NRM_SUB_STAGES };

export const nrmStageSchema = z.enum(NRM_STAGES);
export type NrmStage = z.infer<typeof nrmStageSchema>;

export const postNrmSubStageSchema = z.enum(POST_NRM_SUB_STAGES);
export type PostNrmSubStage = z.infer<typeof postNrmSubStageSchema>;

/** Who a service is for. "both" serves adults and children. */
export const AUDIENCES = ["adult", "child", "both"] as const;
export const audienceSchema = z.enum(AUDIENCES);
export type Audience = z.infer<typeof audienceSchema>;

/** The person being helped is either an adult or (including age in doubt) a child. */
export const PERSON_AUDIENCES = ["adult", "child"] as const;
export const personAudienceSchema = z.enum(PERSON_AUDIENCES);
export type PersonAudience = z.infer<typeof personAudienceSchema>;

/** Only where the service itself restricts by gender (e.g. a women-only refuge). */
export const GENDER_RESTRICTIONS = ["women", "men"] as const;
export const genderRestrictionSchema = z.enum(GENDER_RESTRICTIONS);
export type GenderRestriction = z.infer<typeof genderRestrictionSchema>;

export const needSchema = z.enum(NEEDS);
export type Need = z.infer<typeof needSchema>;

/** A pack or a service covers one force area, or the whole of England and Wales. */
export const DIRECTORY_AREAS = [...FORCE_AREA_IDS, "national"] as const;
export const directoryAreaSchema = z.enum(DIRECTORY_AREAS);
export type DirectoryArea = z.infer<typeof directoryAreaSchema>;

export const SERVICE_STATUSES = ["active", "inactive"] as const;
export const serviceStatusSchema = z.enum(SERVICE_STATUSES);
export type ServiceStatus = z.infer<typeof serviceStatusSchema>;
