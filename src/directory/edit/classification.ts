// An MSVLO's classification of an imported service (NRM stages, who, needs),
// carried onto another version of the same service.
import type { Service } from "../schema/service";

/** `service` (a feed's version, unclassified) with the stages, audience and needs of `classified`. */
export function withClassificationOf(service: Service, classified: Service): Service {
  const { unclassified: _feedSaysUnclassified, audience: _feedAudience, ...rest } = service;
  return {
    ...rest,
    stages: classified.stages,
    needs: classified.needs,
    ...(classified.audience === undefined ? {} : { audience: classified.audience }),
  };
}
