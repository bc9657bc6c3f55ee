import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Actor } from '../auth/actor';
import { domainCommands } from './domain-commands';

/*
 * Every command loads what it needs when it runs (dynamic imports): `inzetbaar --help` and the
 * JSON commands do not load the server, the database drivers and better-auth (issue #10).
 */
const loadEnv = async () => (await import('../env')).loadEnv();
const openRuntime = async (env: Awaited<ReturnType<typeof loadEnv>>) =>
  (await import('../bootstrap')).openRuntime(env);

type Command = { summary: string; usage: string; run: (args: string[]) => Promise<number> };

const COMMANDS: Record<string, Command> = {
  serve: {
    summary: 'Start the API and web app (migrates; seeds the demo organisation in demo mode)',
    usage:
      'inzetbaar serve [--workers N]\n  --workers N: server processes on one port (PostgreSQL only; default: the number of cores; PGlite: 1)\n  Environment: PORT, DATA_DIR, DATABASE_URL, INZETBAAR_DEMO, NODE_ENV, BASE_URL, AUTH_SECRET, SMTP_URL',
    run: async (args) => {
      const { values } = parseArgs({ args, options: { workers: { type: 'string' } } });
      const workers = values.workers === undefined ? undefined : Number(values.workers);
      if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 256))
        throw new Error('--workers: a whole number from 1 to 256');
      const { serveCommand } = await import('./serve');
      await serveCommand(await loadEnv(), workers === undefined ? {} : { workers });
      return 0;
    },
  },
  migrate: {
    summary: 'Apply database migrations and exit',
    usage: 'inzetbaar migrate',
    run: async () => {
      const rt = await openRuntime(await loadEnv());
      console.log(`Migrations applied (${rt.handle.driver}).`);
      await rt.close();
      return 0;
    },
  },
  'seed-demo': {
    summary: 'Create the demo organisation in an empty database (demo mode only)',
    usage: 'inzetbaar seed-demo',
    run: async () => {
      const rt = await openRuntime(await loadEnv());
      try {
        const { needsSetup } = await import('../platform/setup/setup.service');
        const { seedDemo } = await import('../platform/demo/seed-demo');
        if (!(await needsSetup(rt.deps))) {
          console.error('The database already has an organisation; seed-demo only runs on an empty one.');
          return 1;
        }
        console.log(JSON.stringify(await seedDemo(rt.deps)));
        return 0;
      } finally {
        await rt.close();
      }
    },
  },
  'import-people': {
    summary: 'Import people from a CSV/XLSX file (AFAS, Visma, Nmbrs columns recognised)',
    usage:
      'inzetbaar import-people FILE [--organization ID] [--dry-run]\n  Prints every invalid row and writes nothing when there is one; --dry-run only checks.',
    run: async (args) => {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { organization: { type: 'string' }, 'dry-run': { type: 'boolean' } },
      });
      const file = positionals[0];
      if (!file) throw new Error('Usage: inzetbaar import-people FILE');
      const rt = await openRuntime(await loadEnv());
      try {
        const { listAllOrganizations } = await import('../modules/people/repo/organizations.repo');
        const { confirmPeopleImport, previewPeopleImport } = await import(
          '../modules/people/services/import-people.service'
        );
        const orgs = await listAllOrganizations(rt.deps.db);
        const org = values.organization
          ? orgs.find((o) => o.id === values.organization || o.name === values.organization)
          : orgs.length === 1
            ? orgs[0]
            : undefined;
        if (!org)
          throw new Error(
            `Choose an organisation with --organization (${orgs.map((o) => `${o.id} ${o.name}`).join('; ')})`,
          );
        const actor: Actor = {
          userId: 'system:cli',
          userName: 'CLI',
          email: '',
          twoFactorEnabled: true,
          organizationId: org.id,
          personId: null,
          organizationIds: [org.id],
          roles: [{ role: 'hr', unitId: null }],
          managedUnitIds: new Set(),
          language: null,
          ip: null,
        };
        const preview = await previewPeopleImport(
          rt.deps,
          actor,
          { name: basename(file), data: readFileSync(file) },
          'nl',
        );
        for (const e of preview.errors) console.error(`rij ${e.row}, ${e.field}: ${e.message}`);
        console.log(JSON.stringify(preview.summary));
        if (preview.errors.length) return 1;
        if (values['dry-run']) return 0;
        const done = await confirmPeopleImport(rt.deps, actor, preview.id, 'nl');
        console.log(`Import ${done.status}.`);
        return 0;
      } finally {
        await rt.close();
      }
    },
  },
  backup: {
    summary: 'Write a logical backup (gzipped JSON) that restores into PGlite or PostgreSQL',
    usage:
      'inzetbaar backup FILE\n  With PGlite: stop the server first (the data dir is locked). With PostgreSQL you may also use pg_dump (see README).',
    run: async (args) => {
      const file = args[0];
      if (!file) throw new Error('Usage: inzetbaar backup FILE');
      const rt = await openRuntime(await loadEnv());
      try {
        const { writeBackup } = await import('./backup');
        console.log(JSON.stringify(await writeBackup(rt.deps.db, file)));
        return 0;
      } finally {
        await rt.close();
      }
    },
  },
  restore: {
    summary: 'Restore a backup into an empty database (new DATA_DIR or an empty PostgreSQL)',
    usage: 'inzetbaar restore FILE',
    run: async (args) => {
      const file = args[0];
      if (!file) throw new Error('Usage: inzetbaar restore FILE');
      const rt = await openRuntime(await loadEnv());
      try {
        const { restoreBackup } = await import('./backup');
        console.log(JSON.stringify(await restoreBackup(rt.deps.db, file)));
        return 0;
      } finally {
        await rt.close();
      }
    },
  },
  ...domainCommands,
};

function help() {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(15)} ${c.summary}`);
  return `Inzetbaar — duurzame inzetbaarheid\n\nUsage: inzetbaar <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'inzetbaar <command> --help' for details.`;
}

export async function runCommand(name: string | undefined, args: string[]): Promise<number> {
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command: ${name}\n\n${help()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  return command.run(args);
}
