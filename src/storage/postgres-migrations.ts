import type { PoolClient } from 'pg';

/**
 * The schema, one numbered step at a time. A step is never edited once released: a change is a new
 * step, so every database walks the same path whatever version it started from.
 */
export const migrations: readonly { id: number; sql: string }[] = [
  {
    id: 1,
    sql: `
      -- Every write takes the next number, so an eTag (the version) is never reused, even after a delete.
      CREATE SEQUENCE document_versions;
      CREATE TABLE documents (
        key text PRIMARY KEY,
        version bigint NOT NULL,
        body text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE seen_keys (
        key text PRIMARY KEY,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX seen_keys_expiry ON seen_keys (expires_at);
    `,
  },
  {
    id: 2,
    sql: `
      -- The retention sweep looks for documents not written for days; without this it reads the table.
      CREATE INDEX IF NOT EXISTS documents_updated_at ON documents (updated_at);
    `,
  },
];

/**
 * Brings the schema up to date. Instances starting together queue on an advisory lock held for the
 * transaction, so each step runs once and nobody sees a half-made schema.
 */
export async function migrate(client: PoolClient): Promise<number[]> {
  await client.query('BEGIN');
  try {
    await client.query(
      `SELECT pg_advisory_xact_lock(hashtext('intune-enrollment-assistant:' || current_schema()))`,
    );
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id integer PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = await client.query<{ id: number }>('SELECT id FROM schema_migrations');
    const applied = new Set(done.rows.map((r) => r.id));
    const ran: number[] = [];
    for (const step of migrations) {
      if (applied.has(step.id)) continue;
      await client.query(step.sql);
      await client.query('INSERT INTO schema_migrations (id) VALUES ($1)', [step.id]);
      ran.push(step.id);
    }
    await client.query('COMMIT');
    return ran;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
