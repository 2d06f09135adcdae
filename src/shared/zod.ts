// Every module takes zod from here so that `jitless` is set before any schema
// is built: zod otherwise probes `new Function`, which the CSP (Trusted Types)
// forbids. package.json lists this file under "sideEffects", so the bundler
// keeps the call below although nothing uses its result.
import { z } from "zod";

z.config({ jitless: true });

export { z };
