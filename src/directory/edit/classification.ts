// An MSVLO's classification of an imported service (NRM stages, who, needs),
// carried onto another version of the same service.
import { serviceSchema, type Service } from "../schema/service";

/**
 * `service` (a feed's newer version, still unclassified) with the stages,
 * audience and needs given on this device, and the later of the two checked
 * dates (a check made here after the classification still counts). Undefined
 * when the result would not be a valid service (say the feed now names post-NRM
 * steps the local stages leave out): the caller keeps the local entry instead.
 */
export function withClassificationOf(service: Service, classified: Service): Service | undefined {
  const { unclassified: _feedSaysUnclassified, audience: _feedAudience, postNrmSubStages: _feedSubStages, ...rest } = service;
  const merged = {
    ...rest,
    stages: classified.stages,
    needs: classified.needs,
    ...(classified.audience === undefined ? {} : { audience: classified.audience }),
    ...(classified.postNrmSubStages === undefined ? {} : { postNrmSubStages: classified.postNrmSubStages }),
    assuredDate: classified.assuredDate > service.assuredDate ? classified.assuredDate : service.assuredDate,
  };
  const checked = serviceSchema.safeParse(merged);
  return checked.success ? checked.data : undefined;
}
