// The pack command: `npm run -s pack -- validate|sign|keygen|export-builtin ...`.
// The command's logic is src/directory/cli/runPack.ts; this gives it the file
// system and the terminal.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { runPack } from "../src/directory";

process.exitCode = await runPack(process.argv.slice(2), {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, data, options) => writeFile(path, data, options?.mode === undefined ? undefined : { mode: options.mode }),
  mkdir: async (path) => {
    await mkdir(path, { recursive: true });
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
});
