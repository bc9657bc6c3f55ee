/**
 * Vocabulary of leven lang ontwikkelen (LLO). Kept here once for the domain; the database schema and
 * the API contracts repeat the lists (they may not import the domain's runtime code into the web app).
 */

/** Proficiency 1–4: basis, gevorderd, ervaren, expert (basic → expert). */
export const SKILL_LEVELS = [1, 2, 3, 4] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/**
 * Where a skill on a profile comes from: derived from the person's ESCO occupation (accepted
 * suggestion), self-assessed, confirmed by the manager, or from completed learning.
 */
export const SKILL_SOURCES = ['occupation', 'self_assessed', 'manager_confirmed', 'learning'] as const;
export type SkillSource = (typeof SKILL_SOURCES)[number];

/**
 * Kinds of learning activity: formal courses and learning at work — job shadowing (meelopen),
 * mentoring, peer learning (intervisie / leren van collega's), a stretch assignment — and career
 * advice (loopbaanadvies), which SLIM names as an activity of its own (domain-rules §7).
 */
export const LEARNING_KINDS = [
  'course',
  'job_shadowing',
  'mentoring',
  'peer_learning',
  'stretch_assignment',
  'career_advice',
] as const;
export type LearningKind = (typeof LEARNING_KINDS)[number];

/** Learning at work: no course, the workplace is where one learns. */
export const WORKPLACE_LEARNING_KINDS: readonly LearningKind[] = [
  'job_shadowing',
  'mentoring',
  'peer_learning',
  'stretch_assignment',
];

export const LEARNING_MODES = ['classroom', 'online', 'blended', 'on_the_job'] as const;
export type LearningMode = (typeof LEARNING_MODES)[number];

export const LEARNING_PROVIDERS = ['internal', 'external'] as const;

/**
 * Who pays a request. `personal_budget`: the person's development budget. `employer_required`:
 * training the employer must offer for the job, which by BW art. 7:611a lid 2 (since 1 Aug 2022,
 * Wet transparante en voorspelbare arbeidsvoorwaarden) is free for the employee, counts as working
 * time and so is never charged to the personal budget.
 */
export const FUNDING_SOURCES = ['personal_budget', 'employer_required'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const REQUEST_STATUSES = ['submitted', 'approved', 'declined', 'cancelled', 'completed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
