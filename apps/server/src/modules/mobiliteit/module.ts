import { defineModule } from '../../platform/module-manifest';
import { seedMobilityDemo } from './demo';
import { mobilityMessages } from './messages';
import { mobilityPolicy } from './policy';
import { openingRoutes } from './routes/openings.routes';
import { mobilityPeopleRoutes } from './routes/people.routes';
import { reorganisationRoutes } from './routes/reorganisations.routes';
import { shortageRoutes } from './routes/shortage.routes';

/** Mobiliteit & van-werk-naar-werk: openings, opt-in, matching both ways, reorganisations, shortage table. */
export const mobilityModule = defineModule({
  name: 'mobility',
  policy: mobilityPolicy,
  // Everyone has their own opportunities page.
  entry: 'mobility.opportunities.own',
  routers: [openingRoutes, mobilityPeopleRoutes, reorganisationRoutes, shortageRoutes],
  messages: mobilityMessages,
  seedDemo: (ctx) => seedMobilityDemo(ctx),
});
