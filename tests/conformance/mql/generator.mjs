// Random AssociateFilterInput / AssociateSortInput / paging arguments, drawn from the demo data's own values so
// most filters select a proper, non-empty subset. Deterministic for a given seed.
import { globalId } from '../support/graphql.mjs';

export function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max) => Math.floor(next() * max);
  const pick = (items) => items[int(items.length)];
  return { next, int, pick, chance: (p) => next() < p };
}

const constantCase = (stored) => stored.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

const STRING_OPS = ['eq', 'neq', 'in', 'nin', 'contains', 'ncontains', 'startsWith', 'nstartsWith', 'endsWith', 'nendsWith'];
const COMPARABLE_OPS = ['eq', 'neq', 'in', 'nin', 'gt', 'ngt', 'gte', 'ngte', 'lt', 'nlt', 'lte', 'nlte'];
const EQUALITY_OPS = ['eq', 'neq', 'in', 'nin'];
export const SORT_FIELDS = ['employeeNumber', 'firstName', 'lastName', 'displayName', 'email', 'hiredAt', 'locationId'];

/** Builds a generator over the exported associates. */
export function generator(associates) {
  const values = (select) => associates.flatMap(select).filter((v) => v !== undefined);
  const pools = {
    text: (field) => values((a) => [a[field]]).filter((v) => typeof v === 'string'),
    dates: values((a) => [a.hiredAt, ...a.certifications.flatMap((c) => [c.assignedAt, c.dueAt, c.expiresAt, c.certifiedAt]), ...a.checklists.flatMap((c) => [c.dueAt, c.completedAt])]).filter((v) => v instanceof Date),
    locations: [...new Set(values((a) => [a.locationId]))],
    leaders: [...new Set(values((a) => a.leaderIds))],
    groups: [...new Set(values((a) => a.userGroups))],
    certifications: [...new Set(values((a) => a.certifications.map((c) => c.certificationId)))],
    checklists: [...new Set(values((a) => a.checklists.map((c) => c.checklistId)))],
    planTypes: [...new Set(values((a) => a.plans.map((p) => p.planTypeId)))],
    jobFunctions: [...new Set(values((a) => a.jobFunctions.map((j) => j.jobFunctionId)))],
  };
  const enums = {
    certificationStatus: ['Assigned', 'InProgress', 'Certified', 'Expired', 'Suspended', 'Revoked'],
    progress: ['NotStarted', 'InProgress', 'Completed'],
    source: ['ActionPlan', 'Manual'],
    determination: ['Recertification', 'Suspension', 'Permanent'],
    planStatus: ['InProgress', 'Completed', 'Cancelled'],
  };

  return (rng) => {
    const listOf = (make) => Array.from({ length: 1 + rng.int(3) }, make);

    const text = (field) => {
      const pool = pools.text(field);
      const sample = pool.length ? rng.pick(pool) : 'x';
      const op = rng.pick(STRING_OPS);
      const cut = () => {
        const start = rng.int(Math.max(1, sample.length - 1));
        return sample.slice(start, start + 1 + rng.int(4)) || sample;
      };
      // Regular-expression characters must be taken literally: sometimes ask for them.
      const literal = rng.chance(0.08) ? rng.pick(['.', 'a.b', '(', '*', '^A', '$', '\\']) : null;
      switch (op) {
        case 'in':
        case 'nin':
          return { [op]: listOf(() => rng.pick(pool)) };
        case 'contains':
        case 'ncontains':
          return { [op]: literal ?? cut() };
        case 'startsWith':
        case 'nstartsWith':
          return { [op]: literal ?? sample.slice(0, 1 + rng.int(3)) };
        case 'endsWith':
        case 'nendsWith':
          return { [op]: literal ?? sample.slice(-1 - rng.int(3)) };
        default:
          return { [op]: rng.chance(0.1) ? null : sample };
      }
    };
    const date = () => {
      const base = rng.pick(pools.dates);
      const shifted = new Date(base.getTime() + (rng.chance(0.5) ? 0 : (rng.int(200) - 100) * 86_400_000));
      const op = rng.pick(COMPARABLE_OPS);
      if (op === 'in' || op === 'nin') {
        return { [op]: listOf(() => rng.pick(pools.dates).toISOString()) };
      }
      return { [op]: op === 'eq' && rng.chance(0.2) ? null : shifted.toISOString() };
    };
    const enumeration = (all) => {
      const op = rng.pick(EQUALITY_OPS);
      return op === 'in' || op === 'nin'
        ? { [op]: listOf(() => constantCase(rng.pick(all))) }
        : { [op]: constantCase(rng.pick(all)) };
    };
    const id = (type, pool) => {
      const op = rng.pick(EQUALITY_OPS);
      return op === 'in' || op === 'nin'
        ? { [op]: listOf(() => globalId(type, rng.pick(pool))) }
        : { [op]: globalId(type, rng.pick(pool)) };
    };
    const bool = () => ({ [rng.pick(['eq', 'neq'])]: rng.chance(0.5) });
    const list = (element) => {
      const quantifier = rng.pick(['some', 'some', 'all', 'none', 'any']);
      return quantifier === 'any' ? { any: rng.chance(0.5) } : { [quantifier]: element() };
    };
    const scalarList = (make) => list(() => make());
    const fields = (table, count) => {
      const chosen = {};
      for (let i = 0; i < count; i++) {
        const [name, make] = rng.pick(table);
        chosen[name] = make();
      }
      return chosen;
    };

    const tier = () => fields([['status', () => enumeration(enums.progress)], ['completedAt', date]], 1 + rng.int(2));
    const beneath = () => fields([['status', () => enumeration(enums.progress)], ['checklistId', () => id('ChecklistDefinition', pools.checklists)]], 1 + rng.int(2));
    const certification = () => fields([
      ['certificationId', () => id('CertificationDefinition', pools.certifications)],
      ['status', () => enumeration(enums.certificationStatus)],
      ['source', () => enumeration(enums.source)],
      ['assignedAt', date], ['dueAt', date], ['certifiedAt', date], ['expiresAt', date],
      ['tiers', () => list(tier)],
      ['checklists', () => list(beneath)],
      ['revocation', () => ({ determination: enumeration(enums.determination) })],
    ], 1 + rng.int(2));
    const item = () => fields([['doneAt', date], ['doneBy', () => id('Associate', pools.leaders)]], 1);
    const checklist = () => fields([
      ['checklistId', () => id('ChecklistDefinition', pools.checklists)],
      ['status', () => enumeration(enums.progress)],
      ['source', () => enumeration(enums.source)],
      ['dueAt', date], ['startedAt', date], ['completedAt', date],
      ['items', () => list(item)],
      ['milestones', () => ({ any: rng.chance(0.5) })],
    ], 1 + rng.int(2));
    const plan = () => fields([
      ['planTypeId', () => id('PlanType', pools.planTypes)],
      ['status', () => enumeration(enums.planStatus)],
      ['createdAt', date], ['completedAt', date],
    ], 1 + rng.int(2));
    const jobFunction = () => fields([
      ['jobFunctionId', () => id('JobFunction', pools.jobFunctions)],
      ['isSkillBuilder', bool],
    ], 1);
    const observation = () => fields([['status', () => enumeration(enums.progress)], ['dueAt', date]], 1);

    const top = [
      ['employeeNumber', () => text('employeeNumber')], ['firstName', () => text('firstName')],
      ['lastName', () => text('lastName')], ['displayName', () => text('displayName')], ['email', () => text('email')],
      ['hiredAt', date],
      ['locationId', () => id('Location', pools.locations)],
      ['leaderIds', () => scalarList(() => ({ eq: globalId('Associate', rng.pick(pools.leaders)) }))],
      ['userGroups', () => scalarList(() => (rng.chance(0.5) ? { eq: rng.pick(pools.groups) } : { in: listOf(() => rng.pick(pools.groups)) }))],
      ['jobFunctions', () => list(jobFunction)],
      ['certifications', () => list(certification)],
      ['checklists', () => list(checklist)],
      ['observations', () => list(observation)],
      ['plans', () => list(plan)],
    ];
    const where = (depth = 0) => {
      if (depth < 2 && rng.chance(0.2)) {
        return { [rng.pick(['and', 'or'])]: [where(depth + 1), where(depth + 1)] };
      }
      return fields(top, 1 + rng.int(2));
    };
    const order = Array.from({ length: rng.int(3) }, () => ({ [rng.pick(SORT_FIELDS)]: rng.pick(['ASC', 'DESC']) }));

    const paging = {};
    const mode = rng.int(5);
    if (mode === 0 || mode === 1) {
      paging.first = 1 + rng.int(25);
      if (rng.chance(0.5)) paging.after = rng.int(40);
    } else if (mode === 2) {
      paging.last = 1 + rng.int(20);
      paging.before = 1 + rng.int(60);
    } else if (mode === 3) {
      paging.last = 1 + rng.int(20);
    }

    return { where: rng.chance(0.05) ? undefined : where(), order, paging };
  };
}
