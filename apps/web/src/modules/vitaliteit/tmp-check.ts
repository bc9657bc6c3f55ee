import type { vitalityWebModule } from './module';

type R = (typeof vitalityWebModule)['routes'][number];
export const x: R['fullPath'] = 42;
