// Report rows and summaries: every generated query runs through the real API with explain on, and the
// aggregation pipelines the MongoDB adapter renders for it run again in mingo over the exported documents
// (with $lookup reading the exported catalogs). Rows must match in order; counts and groups must match exactly.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Aggregator } from 'mingo';
import { readCollection, seedAndExport, toMingo, tokenFor } from '../support/dataset.mjs';
import { cursor, post, rawId } from '../support/graphql.mjs';
import { startServer } from '../support/server.mjs';
import { random } from './generator.mjs';
import { constantCase, ROW_TYPES, rowQuery } from './rows.mjs';

const PER_TYPE = Number(process.env.MQL_ROW_QUERIES ?? 70);
const CATALOGS = ['certifications', 'checklists', 'planTypes', 'planOutcomes', 'jobFunctions', 'locations'];

let dataset;
let server;
let token;
const collections = {};
const allRows = {};
const stats = { rowQueries: 0, summaries: 0, lifted: 0 };

const run = (pipeline) =>
  new Aggregator(toMingo(pipeline), { collectionResolver: (name) => collections[name] ?? [] }).run(collections.associates);

async function explained(query, variables) {
  const { status, body } = await post(server.baseUrl, query, variables, { explain: true }, token);
  const context = `\nGraphQL variables: ${JSON.stringify(variables)}\nexplain: ${JSON.stringify(body.extensions?.explain)}\nresponse: ${JSON.stringify(body).slice(0, 1500)}`;
  assert.equal(status, 200, context);
  assert.equal(body.errors, undefined, context);
  const pipelines = body.extensions.explain.filter((op) => op.pipeline !== undefined).map((op) => op.pipeline);
  const counts = pipelines.filter((p) => p.at(-1).$count !== undefined);
  const others = pipelines.filter((p) => p.at(-1).$count === undefined);
  return { data: body.data, counts, others, context };
}

describe('report rows and summaries: the API (embedded store) and mingo (rendered pipelines) agree', () => {
  before(async () => {
    dataset = await seedAndExport();
    // The demo administrator sees every associate, so the API answers over the same documents mingo reads.
    token = await tokenFor(dataset.dataDirectory);
    for (const name of ['associates', ...CATALOGS]) {
      collections[name] = await readCollection(dataset.exportDirectory, name);
    }
    server = await startServer({ env: { ASPNETCORE_ENVIRONMENT: 'Development', Store__DataDirectory: dataset.dataDirectory } });
    for (const type of ROW_TYPES) {
      // Every row, for drawing filter values: the count pipeline without its final $count.
      const { counts } = await explained(`{ ${type.field}(first: 1) { totalCount } }`, {});
      allRows[type.field] = run(counts[0].slice(0, -1));
    }
  });

  after(async () => {
    await server?.stop();
    await dataset?.dispose();
    console.log(`# mingo agreed on ${stats.rowQueries} row queries (${stats.lifted} matched associates before $unwind) and ${stats.summaries} summaries`);
  });

  for (const type of ROW_TYPES) {
    const document = `
      query($where: ${type.filterType}, $order: [${type.sortType}!], $first: Int, $after: String, $last: Int, $before: String) {
        ${type.field}(where: $where, order: $order, first: $first, after: $after, last: $last, before: $before) {
          totalCount
          nodes { ${type.selection} }
        }
      }`;

    for (let i = 0; i < PER_TYPE; i++) {
      it(`${type.field} #${i}`, async () => {
        const { where, order, paging } = rowQuery(type, allRows[type.field], random(5000 + i * 7 + type.field.length));
        const variables = {
          where, order, first: paging.first, last: paging.last,
          after: paging.after === undefined ? undefined : cursor(paging.after),
          before: paging.before === undefined ? undefined : cursor(paging.before),
        };
        const { data, counts, others, context } = await explained(document, variables);
        const connection = data[type.field];
        const mingoCount = run(counts[0])[0]?.count ?? 0;
        assert.equal(connection.totalCount, mingoCount, `totalCount differs${context}`);

        const apiKeys = connection.nodes.map(type.key);
        if (counts[0][0].$match) stats.lifted++;
        if (others.length === 1) {
          const mingoKeys = run(others[0]).map((row) => row._id);
          assert.deepEqual(apiKeys, mingoKeys.slice(0, apiKeys.length), `rows differ${context}\nmingo: ${JSON.stringify(mingoKeys)}`);
          assert.ok(mingoKeys.length - apiKeys.length <= 1, `mingo found more rows than the page and its probe${context}`);
        } else {
          assert.deepEqual(apiKeys, [], context);
        }
        stats.rowQueries++;
      });
    }

    const keys = Object.keys(type.summary.keys);
    const groupings = [[], ...keys.map((k) => [k]), ...keys.flatMap((a, i) => keys.slice(i + 1).map((b) => [a, b]))];
    for (const [n, groupBy] of groupings.entries()) {
      for (const filtered of [false, true]) {
        it(`${type.summary.field} by [${groupBy.join(', ')}]${filtered ? ' with a filter' : ''}`, async () => {
          const where = filtered ? rowQuery(type, allRows[type.field], random(9000 + n)).where : undefined;
          const selection = groupBy.map((k) => (type.summary.keys[k][1] ? `${type.summary.keys[k][1]} { id }` : 'status')).join(' ');
          const { data, counts, others, context } = await explained(
            `query($where: ${type.filterType}, $groupBy: [${type.summary.groupByType}!]!) { ${type.summary.field}(where: $where, groupBy: $groupBy) { ${selection} count } }`,
            { where, groupBy });
          if (groupBy.length === 0) {
            // No key: one group holding the total, answered by the count pipeline.
            assert.deepEqual(data[type.summary.field].map((g) => g.count), [run(counts[0])[0]?.count ?? 0], context);
            stats.summaries++;
            return;
          }
          assert.equal(others.length, 1, context);
          const api = data[type.summary.field].map((group) => [
            ...groupBy.map((k) => {
              const [, reference] = type.summary.keys[k];
              return reference ? (group[reference] ? rawId(group[reference].id) : null) : group.status;
            }),
            group.count,
          ]);
          const mingo = run(others[0]).map((group) => [
            ...groupBy.map((k) => {
              const value = group._id?.[type.summary.keys[k][0]] ?? null;
              return k === 'STATUS' && value !== null ? constantCase(value) : value;
            }),
            group.count,
          ]);
          assert.deepEqual(api, mingo, `groups differ${context}`);
          stats.summaries++;
        });
      }
    }
  }

  it('at least 300 row queries and summaries ran', () => {
    assert.ok(stats.rowQueries + stats.summaries >= Math.min(300, PER_TYPE * ROW_TYPES.length), JSON.stringify(stats));
  });
});
