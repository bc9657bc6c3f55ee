import { runVitality } from './vitality.bench';
const r = await runVitality({ driver: (process.argv[2] as 'pglite') ?? 'pglite', calls: 4 });
console.log(JSON.stringify(r));
process.exit(0);
