// Every module takes zod from here so that `jitless` is set before any schema
// is built: zod otherwise probes `new Function`, which the CSP forbids.
import { z } from "zod";

z.config({ jitless: true });

export { z };
