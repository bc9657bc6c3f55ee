import fc from 'fast-check';
import { openBenchApp } from './bench/lib/bench-app';
import { describeRequest, prepareFuzzWorld, requestArb, sendFuzz } from './apps/server/test/fuzz';
const b = await openBenchApp('pglite', { signInPerMinute: 10000 });
const w = await prepareFuzzWorld(b);
let n = 0;
for (let done = 0; done < 6000; done += 500) {
  for (const req of fc.sample(requestArb(fc, w), { numRuns: 500, seed: 20261202 + done })) {
    const out = await sendFuzz(w, req);
    n++;
    if (out.status >= 500 || out.leaked.length || out.stackTrace) console.log(n, out.status, out.leaked.join(','), describeRequest(req).slice(0, 400));
  }
}
process.exit(0);
