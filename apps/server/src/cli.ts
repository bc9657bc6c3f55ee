import { runCommand } from './cli/commands';

/** `inzetbaar <command> [options]` — see `inzetbaar --help`. */
const [command, ...rest] = process.argv.slice(2);
runCommand(command, rest).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  },
);
