// graphql-http's own server audit (the GraphQL-over-HTTP spec's conformance suite), one test per audit.
// Every MUST and SHOULD has to pass; a failing MAY is reported as a todo rather than failing the run.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { serverAudits } from 'graphql-http';
import { startServer } from '../support/server.mjs';

let server;
const tally = { MUST: [0, 0], SHOULD: [0, 0], MAY: [0, 0] };

describe('graphql-http server audit', () => {
  before(async () => {
    server = await startServer();
  });

  after(async () => {
    await server?.stop();
    const line = Object.entries(tally).map(([level, [passed, total]]) => `${level} ${passed}/${total}`).join(', ');
    console.log(`graphql-http audit passed: ${line}`);
  });

  for (const audit of serverAudits({ url: () => `${server.baseUrl}/graphql`, fetchFn: fetch })) {
    const level = audit.name.split(' ')[0];
    test(`${audit.id} ${audit.name}`, async (t) => {
      const result = await audit.fn();
      tally[level][1] += 1;
      if (result.status === 'ok') {
        tally[level][0] += 1;
        return;
      }

      const body = await result.response.text().catch(() => '(no body)');
      const reason = `${result.reason} (status ${result.response.status}, body ${body})`;
      if (level === 'MAY') {
        t.todo(reason);
        return;
      }
      assert.fail(reason);
    });
  }
});
