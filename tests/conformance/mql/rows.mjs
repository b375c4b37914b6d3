// What the report suites need to know of each row type: its filter fields (by kind), sort fields, how to
// select a row's identity from the API, and its summary keys.
import { globalId, rawId } from '../support/graphql.mjs';

const enums = {
  certificationStatus: ['Assigned', 'InProgress', 'Certified', 'Expired', 'Suspended', 'Revoked'],
  progress: ['NotStarted', 'InProgress', 'Completed'],
  source: ['ActionPlan', 'Manual'],
  determination: ['Recertification', 'Suspension', 'Permanent'],
  planStatus: ['InProgress', 'Completed', 'Cancelled'],
};

const associateFields = {
  employeeNumber: 'text', displayName: 'text',
  locationId: ['id', 'Location'], leaderIds: ['ids', 'Associate'], jobFunctionIds: ['ids', 'JobFunction'],
};

export const ROW_TYPES = [
  {
    field: 'certificationRecords', filterType: 'CertificationRecordFilterInput', sortType: 'CertificationRecordSortInput',
    selection: 'associate { id } certification { id }',
    key: (node) => `${rawId(node.associate.id)}/${rawId(node.certification.id)}`,
    filters: {
      ...associateFields,
      certificationId: ['id', 'CertificationDefinition'], certificationName: 'text',
      status: ['enum', enums.certificationStatus], source: ['enum', enums.source],
      tiersCompleted: 'int', tiersTotal: 'int', currentTier: 'text',
      assignedAt: 'date', dueAt: 'date', certifiedAt: 'date', expiresAt: 'date',
      revocationDetermination: ['enum', enums.determination],
    },
    sorts: ['employeeNumber', 'displayName', 'locationId', 'certificationName', 'status', 'source', 'tiersCompleted', 'currentTier', 'assignedAt', 'dueAt', 'certifiedAt', 'expiresAt'],
    summary: {
      field: 'certificationSummary', groupByType: 'CertificationSummaryGroupBy',
      keys: { LOCATION: ['locationId', 'location'], JOB_FUNCTION: ['jobFunctionIds', 'jobFunction'], CERTIFICATION: ['certificationId', 'certification'], STATUS: ['status', null] },
    },
  },
  {
    field: 'skillBuildRecords', filterType: 'SkillBuildRecordFilterInput', sortType: 'SkillBuildRecordSortInput',
    selection: 'associate { id } checklist { id }',
    key: (node) => `${rawId(node.associate.id)}/${rawId(node.checklist.id)}`,
    filters: {
      ...associateFields,
      checklistId: ['id', 'ChecklistDefinition'], checklistName: 'text', certificationId: ['id', 'CertificationDefinition'],
      status: ['enum', enums.progress], source: ['enum', enums.source],
      itemsDone: 'int', itemsTotal: 'int', percentComplete: 'int', milestonesReached: 'int',
      lastSkillBuilderId: ['id', 'Associate'],
      assignedAt: 'date', startedAt: 'date', completedAt: 'date', dueAt: 'date',
    },
    sorts: ['employeeNumber', 'displayName', 'locationId', 'checklistName', 'status', 'itemsDone', 'percentComplete', 'milestonesReached', 'assignedAt', 'startedAt', 'completedAt', 'dueAt'],
    summary: {
      field: 'skillBuildSummary', groupByType: 'SkillBuildSummaryGroupBy',
      keys: { LOCATION: ['locationId', 'location'], JOB_FUNCTION: ['jobFunctionIds', 'jobFunction'], CHECKLIST: ['checklistId', 'checklist'], STATUS: ['status', null] },
    },
  },
  {
    field: 'planRecords', filterType: 'PlanRecordFilterInput', sortType: 'PlanRecordSortInput',
    selection: 'associate { id } planId',
    key: (node) => `${rawId(node.associate.id)}/${node.planId}`,
    filters: {
      ...associateFields,
      planTypeId: ['id', 'PlanType'], planTypeName: 'text', status: ['enum', enums.planStatus],
      outcomeId: ['id', 'PlanOutcome'], outcomeName: 'text', createdBy: ['id', 'Associate'],
      createdAt: 'date', dueAt: 'date', completedAt: 'date', meetingCount: 'int', noteCount: 'int', evidenceCount: 'int',
    },
    sorts: ['employeeNumber', 'displayName', 'locationId', 'planTypeName', 'status', 'outcomeName', 'createdAt', 'dueAt', 'completedAt', 'meetingCount', 'noteCount'],
    summary: {
      field: 'planOutcomeSummary', groupByType: 'PlanOutcomeSummaryGroupBy',
      keys: { LOCATION: ['locationId', 'location'], PLAN_TYPE: ['planTypeId', 'planType'], OUTCOME: ['outcomeId', 'outcome'], STATUS: ['status', null] },
    },
  },
];

const constantCase = (stored) => stored.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
export { constantCase };

const TEXT = ['eq', 'neq', 'in', 'nin', 'contains', 'ncontains', 'startsWith', 'nstartsWith', 'endsWith', 'nendsWith'];
const COMPARABLE = ['eq', 'neq', 'in', 'nin', 'gt', 'ngt', 'gte', 'ngte', 'lt', 'nlt', 'lte', 'nlte'];
const EQUALITY = ['eq', 'neq', 'in', 'nin'];

/** A random where/order/paging for one row type, with values drawn from its rows. */
export function rowQuery(type, rows, rng) {
  const sample = (field) => {
    const values = rows.map((r) => r[field]).filter((v) => v !== null && v !== undefined);
    return values.length ? rng.pick(values) : null;
  };
  const several = (make) => Array.from({ length: 1 + rng.int(3) }, make);
  const condition = (field, kind) => {
    const [shape, extra] = Array.isArray(kind) ? kind : [kind];
    if (shape === 'text') {
      const value = sample(field) ?? 'x';
      const op = rng.pick(TEXT);
      if (op === 'in' || op === 'nin') return { [op]: several(() => sample(field) ?? 'x') };
      if (op.includes('ontains')) return { [op]: rng.chance(0.1) ? '.' : value.slice(rng.int(value.length), rng.int(value.length) + 3) || value };
      if (op.includes('tartsWith')) return { [op]: value.slice(0, 1 + rng.int(4)) };
      if (op.includes('ndsWith')) return { [op]: value.slice(-1 - rng.int(4)) };
      return { [op]: rng.chance(0.15) ? null : value };
    }
    if (shape === 'int' || shape === 'date') {
      const raw = sample(field);
      const value = raw === null ? null : shape === 'date' ? new Date(raw.getTime() + (rng.chance(0.5) ? 0 : (rng.int(120) - 60) * 86_400_000)).toISOString() : raw + rng.int(3) - 1;
      const op = rng.pick(COMPARABLE);
      if (op === 'in' || op === 'nin') return { [op]: several(() => { const v = sample(field); return v instanceof Date ? v.toISOString() : v; }) };
      return { [op]: value };
    }
    if (shape === 'enum') {
      const op = rng.pick(EQUALITY);
      return op === 'in' || op === 'nin' ? { [op]: several(() => constantCase(rng.pick(extra))) } : { [op]: constantCase(rng.pick(extra)) };
    }
    if (shape === 'id') {
      const op = rng.pick(EQUALITY);
      const one = () => globalId(extra, sample(field) ?? 'none');
      return op === 'in' || op === 'nin' ? { [op]: several(one) } : { [op]: one() };
    }
    // A list of ids.
    const pool = rows.flatMap((r) => r[field] ?? []);
    if (rng.chance(0.25)) return { any: rng.chance(0.5) };
    return { [rng.pick(['some', 'some', 'all', 'none'])]: { eq: globalId(extra, pool.length ? rng.pick(pool) : 'none') } };
  };
  const fields = Object.entries(type.filters);
  const where = (depth = 0) => {
    if (depth < 2 && rng.chance(0.15)) return { [rng.pick(['and', 'or'])]: [where(depth + 1), where(depth + 1)] };
    const chosen = {};
    for (let i = 0; i < 1 + rng.int(2); i++) {
      const [field, kind] = rng.pick(fields);
      chosen[field] = condition(field, kind);
    }
    return chosen;
  };
  const order = Array.from({ length: rng.int(3) }, () => ({ [rng.pick(type.sorts)]: rng.pick(['ASC', 'DESC']) }));
  const paging = {};
  const mode = rng.int(4);
  if (mode <= 1) {
    paging.first = 1 + rng.int(30);
    if (rng.chance(0.5)) paging.after = rng.int(50);
  } else if (mode === 2) {
    paging.last = 1 + rng.int(20);
    if (rng.chance(0.5)) paging.before = 1 + rng.int(80);
  }
  return { where: rng.chance(0.1) ? undefined : where(), order, paging };
}
