import { defineModule } from '../../src/platform/module-manifest';
import { examplePolicy } from './policy';
import { kudosRoutes } from './routes/kudos.routes';

/**
 * A tiny module that exists only in the tests (never in the nav): it proves that a module is one
 * folder plus one line in the module list — policy, routes, messages, `me.modules` entry — and that
 * its routes pass their own authorization matrix (src/__tests__/example-module.test.ts).
 */
export const exampleModule = defineModule({
  name: 'example',
  policy: examplePolicy,
  entry: 'example.kudos.read',
  routers: [kudosRoutes],
  messages: {
    example_unused: { nl: 'Voorbeeldmelding.', en: 'Example message.' },
  },
});
