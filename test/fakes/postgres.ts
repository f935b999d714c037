import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A real PostgreSQL for the suites that need one: `.ci/with-postgres` starts a throwaway cluster and
 * sets TEST_DATABASE_URL. Without it those suites are skipped with a notice, unless
 * TEST_POSTGRES_REQUIRED=1 (CI), where they fail instead.
 */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;
const required = process.env.TEST_POSTGRES_REQUIRED === '1';

export function describePostgres(name: string, body: (url: string) => void): void {
  if (testDatabaseUrl) {
    describe(name, () => body(testDatabaseUrl));
    return;
  }
  if (required) {
    describe(name, () => {
      test('needs PostgreSQL', () => {
        throw new Error('TEST_POSTGRES_REQUIRED=1 but TEST_DATABASE_URL is not set');
      });
    });
    return;
  }
  console.warn(`PostgreSQL suite skipped (${name}): run through .ci/with-postgres to include it`);
  describe.skip(name, () => body('postgres://unset'));
}

/** The URL with every connection's search_path set to `schema`. */
export function inSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

/** A new empty schema; its URL, and a drop for afterwards. */
export async function freshSchema(
  url: string,
): Promise<{ url: string; schema: string; drop(): Promise<void> }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  return {
    url: inSchema(url, schema),
    schema,
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await c.end();
      }
    },
  };
}
