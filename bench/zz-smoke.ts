import { runVitality } from './vitality.bench';
const r = await runVitality({ driver: 'pglite', calls: 3 });
console.log(JSON.stringify({ ...r, callsMs: r.callsMs }, null, 0));
process.exit(0);
