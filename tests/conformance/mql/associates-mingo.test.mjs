// The MongoDB path proven without a server: every generated `associates` query runs through the real HTTP API
// with explain on (served by the embedded store), and the MQL the MongoDB adapter renders for it runs in mingo,
// an independent implementation of MongoDB's query language, over the same documents exported as Extended JSON.
// Both must return the same ids in the same order, and the same count.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Aggregator, Query } from 'mingo';
import { readCollection, seedAndExport, toMingo, tokenFor } from '../support/dataset.mjs';
import { cursor, post, rawId } from '../support/graphql.mjs';
import { startServer } from '../support/server.mjs';
import { generator, random, SORT_FIELDS } from './generator.mjs';

const QUERIES = Number(process.env.MQL_QUERIES ?? 320);
const DOCUMENT = `
  query($where: AssociateFilterInput, $order: [AssociateSortInput!], $first: Int, $after: String, $last: Int, $before: String) {
    associates(where: $where, order: $order, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      nodes { id }
    }
  }`;

let dataset;
let server;
let associates;
let generate;
// The administrator sees every associate, so the API's answers are comparable with mingo's over the whole export.
let token;
const stats = { queries: 0, nonEmpty: 0, proper: 0 };
// Each agreed query's MQL and the API's answer, replayed on a real MongoDB when one is reachable.
const agreed = [];

describe('associates queries: the API (embedded store) and mingo (rendered MQL) agree', () => {
  before(async () => {
    dataset = await seedAndExport();
    associates = await readCollection(dataset.exportDirectory, 'associates');
    generate = generator(associates);
    token = await tokenFor(dataset.dataDirectory);
    server = await startServer({
      env: { ASPNETCORE_ENVIRONMENT: 'Development', Store__DataDirectory: dataset.dataDirectory },
    });
  });

  after(async () => {
    await server?.stop();
    await dataset?.dispose();
    console.log(`# mingo agreed on ${stats.queries} queries (${stats.nonEmpty} returned rows, ${stats.proper} selected a proper subset)`);
  });

  for (let i = 0; i < QUERIES; i++) {
    it(`generated query #${i}`, async () => {
      const { where, order, paging } = generate(random(1000 + i));
      const variables = {
        where,
        order,
        first: paging.first,
        last: paging.last,
        after: paging.after === undefined ? undefined : cursor(paging.after),
        before: paging.before === undefined ? undefined : cursor(paging.before),
      };
      const { status, body } = await post(server.baseUrl, DOCUMENT, variables, { explain: true }, token);
      const context = () => `\nGraphQL variables: ${JSON.stringify(variables)}\nexplain: ${JSON.stringify(body.extensions?.explain)}\nresponse: ${JSON.stringify(body).slice(0, 2000)}`;
      assert.equal(status, 200, context());
      assert.equal(body.errors, undefined, context());

      const apiIds = body.data.associates.nodes.map((n) => rawId(n.id));
      const operations = body.extensions.explain.filter((op) => op.collection === 'associates');
      const finds = operations.filter((op) => op.filter !== undefined);
      const counts = operations.filter((op) => op.pipeline !== undefined);
      assert.ok(finds.length <= 1 && counts.length >= 1, context());

      const mingoCount = new Aggregator(toMingo(counts[0].pipeline)).run(associates)[0]?.n ?? 0;
      assert.equal(body.data.associates.totalCount, mingoCount, `totalCount differs from mingo's count${context()}`);

      if (finds.length === 1) {
        const find = finds[0];
        let cursorRows = new Query(toMingo(find.filter)).find(associates).sort(toMingo(find.sort)).skip(toMingo(find.skip));
        if (find.limit !== undefined) {
          cursorRows = cursorRows.limit(toMingo(find.limit));
        }
        const mingoIds = cursorRows.all().map((a) => a._id);
        // The API trims the one extra row it reads to learn whether another page follows.
        assert.deepEqual(apiIds, mingoIds.slice(0, apiIds.length), `rows differ${context()}\nmingo: ${JSON.stringify(mingoIds)}`);
        assert.ok(mingoIds.length - apiIds.length <= 1, `mingo found more rows than the page and its probe${context()}`);
        agreed.push({ find, apiIds, count: mingoCount, context: context() });
      } else {
        assert.deepEqual(apiIds, [], context());
      }

      stats.queries++;
      if (apiIds.length > 0) stats.nonEmpty++;
      if (mingoCount > 0 && mingoCount < associates.length) stats.proper++;
    });
  }

  it('the same MQL on a real MongoDB gives the same rows', { skip: process.env.MONGODB_URI ? false : 'MONGODB_URI is not set (no mongod can run on this machine)' }, async () => {
    const { MongoClient } = await import('mongodb');
    const { EJSON } = await import('bson');
    const { readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const client = new MongoClient(process.env.MONGODB_URI);
    const database = client.db(`conformance_${Date.now()}`);
    try {
      const lines = (await readFile(join(dataset.exportDirectory, 'associates.json'), 'utf8')).split('\n').filter((l) => l.trim());
      await database.collection('associates').insertMany(lines.map((line) => EJSON.parse(line, { relaxed: false })));
      for (const { find, apiIds, context } of agreed) {
        let rows = database.collection('associates')
          .find(EJSON.deserialize(find.filter, { relaxed: false }))
          .sort(EJSON.deserialize(find.sort, { relaxed: false }))
          .skip(find.skip.$numberInt ? Number(find.skip.$numberInt) : 0);
        if (find.limit !== undefined) rows = rows.limit(Number(find.limit.$numberInt));
        const ids = (await rows.project({ _id: 1 }).toArray()).map((d) => d._id);
        assert.deepEqual(apiIds, ids.slice(0, apiIds.length), `MongoDB differs${context}`);
      }
    } finally {
      await database.dropDatabase();
      await client.close();
    }
  });

  it('the generated queries are not trivial: most select a proper, non-empty subset', () => {
    assert.ok(stats.queries >= Math.min(QUERIES, 300), `only ${stats.queries} queries ran`);
    assert.ok(stats.proper >= stats.queries * 0.3, `only ${stats.proper} of ${stats.queries} selected a proper subset`);
  });

  // Where mingo departs from MongoDB in a case we rely on, the suite states the case and asserts that our data
  // and API stay clear of it, so agreement with mingo still means agreement with MongoDB.
  it('string order: MongoDB compares strings by UTF-8 bytes (simple collation), mingo by UTF-16 code units; they agree below U+E000, and every sortable string is', () => {
    // MongoDB manual, "Comparison/Sort Order" and "Collation": without a collation, strings compare as binary UTF-8.
    for (const associate of associates) {
      for (const field of SORT_FIELDS) {
        const value = associate[field];
        if (typeof value === 'string') {
          assert.ok(![...value].some((ch) => ch.codePointAt(0) >= 0xe000), `${associate._id}.${field} has a character at or above U+E000`);
        }
      }
    }
  });

  it('array sort keys: MongoDB sorts descending by the largest element, mingo by the smallest; AssociateSortInput offers no list field', () => {
    // MongoDB manual, "cursor.sort()": "with arrays ... a descending sort compares the largest element".
    for (const associate of associates) {
      for (const field of SORT_FIELDS) {
        assert.ok(!Array.isArray(associate[field]), `${field} is a list on ${associate._id}`);
      }
    }
  });

  it('type bracketing: MongoDB compares $gt/$lt only within one BSON type; every filterable field holds one type (or null), so no comparison crosses types', () => {
    // MongoDB manual, "Comparison Query Operators" and "Comparison/Sort Order" (type bracketing).
    const typeOf = (value) => (value === null || value === undefined ? null : value instanceof Date ? 'date' : typeof value);
    const paths = {
      top: ['employeeNumber', 'firstName', 'lastName', 'displayName', 'email', 'hiredAt', 'locationId'],
      certifications: ['certificationId', 'status', 'source', 'assignedAt', 'dueAt', 'certifiedAt', 'expiresAt'],
      checklists: ['checklistId', 'status', 'source', 'assignedAt', 'dueAt', 'startedAt', 'completedAt'],
      plans: ['planTypeId', 'status', 'outcomeId', 'createdAt', 'dueAt', 'completedAt'],
    };
    const seen = new Map();
    const note = (path, value) => {
      const type = typeOf(value);
      if (type === null) return;
      if (!seen.has(path)) seen.set(path, type);
      assert.equal(type, seen.get(path), `${path} holds both ${seen.get(path)} and ${type}`);
    };
    for (const associate of associates) {
      paths.top.forEach((p) => note(p, associate[p]));
      for (const list of ['certifications', 'checklists', 'plans']) {
        associate[list].forEach((element) => paths[list].forEach((p) => note(`${list}.${p}`, element[p])));
      }
    }
  });

  it('null and missing: MongoDB matches { f: null } on both; our documents store null explicitly and mingo treats both alike too', () => {
    // MongoDB manual, "Query for Null or Missing Fields".
    const withNullEmail = associates.filter((a) => a.email === null).map((a) => a._id);
    const matched = new Query({ email: null }).find(associates).all().map((a) => a._id);
    assert.deepEqual(matched, withNullEmail);
  });
});
