// A table of JSON records (jsonb `data`) with columns derived from them, and its common statements.
import type { Queryable } from './db.js';

/**
 * How a collection is laid out: the table, and for each indexed column the SQL expression that
 * computes it from the record `d` (jsonb). Every write goes through these expressions, so the
 * columns can never disagree with the record.
 */
export interface DocumentSpec {
  table: string;
  columns: Record<string, string>;
}

type Row = { data: unknown };

/**
 * Statements over one document table. Records are sent as JSON text and read back parsed, so
 * callers always get copies. `where` conditions are SQL using $1, $2... for `params`.
 */
export class Documents<T extends { id: string }> {
  private readonly names: string[];
  private readonly exprs: string[];

  constructor(readonly spec: DocumentSpec) {
    this.names = Object.keys(spec.columns);
    this.exprs = Object.values(spec.columns);
  }

  private insertSql(onConflict: string): string {
    const { table } = this.spec;
    return `INSERT INTO ${table} (id, data${this.names.map((n) => `, ${n}`).join('')})
      SELECT d->>'id', d${this.exprs.map((e) => `, ${e}`).join('')}
      FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS rows(d, n) ORDER BY n
      ${onConflict}`;
  }

  /** Inserts a new record; fails if the id exists. */
  async insert(db: Queryable, record: T): Promise<void> {
    await db.query(this.insertSql(''), [JSON.stringify([record])]);
  }

  /** Inserts or replaces a record (its place in insertion order stays). */
  async put(db: Queryable, record: T): Promise<void> {
    const set = ['data', ...this.names].map((n) => `${n} = EXCLUDED.${n}`).join(', ');
    await db.query(this.insertSql(`ON CONFLICT (id) DO UPDATE SET ${set}`), [JSON.stringify([record])]);
  }

  /** Inserts, in order, the records whose id is not stored yet (the first of duplicates wins); returns how many. */
  async insertNew(db: Queryable, records: readonly T[]): Promise<number> {
    if (records.length === 0) return 0;
    const result = await db.query(this.insertSql('ON CONFLICT (id) DO NOTHING'), [JSON.stringify(records)]);
    return result.rowCount ?? 0;
  }

  /** One record; `forUpdate` locks its row until the transaction ends. */
  async get(db: Queryable, id: string, forUpdate = false): Promise<T | undefined> {
    const result = await db.query<Row>(`SELECT data FROM ${this.spec.table} WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return result.rows[0]?.data as T | undefined;
  }

  /** Records matching `where`, in `orderBy` order (insertion order by default). */
  async select(db: Queryable, where = 'true', params: unknown[] = [], orderBy = 'seq'): Promise<T[]> {
    const result = await db.query<Row>(`SELECT data FROM ${this.spec.table} WHERE ${where} ORDER BY ${orderBy}`, params);
    return result.rows.map((r) => r.data as T);
  }

  /**
   * Applies a shallow patch (as `{ ...record, ...patch }`: keys set to undefined are removed) to
   * every record matching `where`, in one statement; returns the changed records.
   */
  async patch(db: Queryable, where: string, params: unknown[], patch: object): Promise<T[]> {
    const removed = Object.entries(patch).filter(([, v]) => v === undefined).map(([k]) => k);
    const p = params.length;
    const { table } = this.spec;
    const result = await db.query<Row>(
      `UPDATE ${table} SET (data${this.names.map((n) => `, ${n}`).join('')}) =
         (SELECT d${this.exprs.map((e) => `, ${e}`).join('')} FROM (SELECT (${table}.data - $${p + 2}::text[]) || $${p + 1}::jsonb AS d) AS patched)
       WHERE ${where} RETURNING data`,
      [...params, JSON.stringify(patch), removed],
    );
    return result.rows.map((r) => r.data as T);
  }

  /** Deletes the records matching `where`; returns how many. */
  async delete(db: Queryable, where: string, params: unknown[]): Promise<number> {
    const result = await db.query(`DELETE FROM ${this.spec.table} WHERE ${where}`, params);
    return result.rowCount ?? 0;
  }
}
