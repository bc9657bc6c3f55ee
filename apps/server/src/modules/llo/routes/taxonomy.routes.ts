import { ZOccupationSearchResult, ZSkillSearchResult, ZTaxonomyQuery } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { errorResponses, json } from '../../../platform/http/schemas';
import { searchOccupationsFor, searchSkillsFor } from '../services/search-taxonomy';
import { tags } from './params';

const skills = defineRoute('llo.taxonomy.read', {
  method: 'get',
  path: '/llo/esco/skills',
  tags,
  summary:
    'Skills by name: the organisation’s own, then ESCO (Dutch and English labels, diacritics- and case-insensitive, word prefixes); `labelLang: en` marks a skill ESCO has no Dutch label for',
  request: { query: ZTaxonomyQuery },
  responses: { 200: json(ZSkillSearchResult), ...errorResponses },
});
const occupations = defineRoute('llo.taxonomy.read', {
  method: 'get',
  path: '/llo/esco/occupations',
  tags,
  summary: 'ESCO occupations by title or synonym, best first (the search of `inzetbaar search-occupations`)',
  request: { query: ZTaxonomyQuery },
  responses: { 200: json(ZOccupationSearchResult), ...errorResponses },
});

export const taxonomyRoutes = newRouter()
  .openapi(skills, async (c) =>
    c.json(await searchSkillsFor(c.get('deps'), actorOf(c), c.req.valid('query'), c.get('lang')), 200),
  )
  .openapi(occupations, async (c) =>
    c.json(searchOccupationsFor(actorOf(c), c.req.valid('query'), c.get('lang')), 200),
  );
