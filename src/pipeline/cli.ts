/** Entry point of `npm run data` (see run.ts for the options). */
import { runCli } from './run';

process.exitCode = runCli(process.argv.slice(2));
