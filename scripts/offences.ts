// `npm run -s offences -- "TEXT"`: the offence catalogue search, as JSON.
import { runOffencesCommand } from "../src/pathway/cli/runOffences";

const result = runOffencesCommand(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
