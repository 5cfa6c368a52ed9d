// node check.mjs FACTS.parquet ERRORS.parquet: row counts, column types and a few rows as DuckDB reads them.
import { DuckDBInstance } from '@duckdb/node-api';

const [facts, errors] = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
const query = async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJson();

console.log(`duckdb ${(await query('SELECT version() AS v'))[0].v}`);
console.log(`facts rows: ${(await query(`SELECT count(*) AS n FROM read_parquet('${facts}')`))[0].n}`);
console.log(`errors rows: ${(await query(`SELECT count(*) AS n FROM read_parquet('${errors}')`))[0].n}`);
const columns = await query(`DESCRIBE SELECT * FROM read_parquet('${facts}')`);
console.log(`facts columns: ${columns.map((c) => `${c.column_name} ${c.column_type}`).join(', ')}`);
for (const row of await query(`SELECT code, count(*) AS n FROM read_parquet('${errors}') GROUP BY code ORDER BY code`))
  console.log(`errors ${row.code}: ${row.n}`);
const sample = await query(`SELECT documentId, factId, subject, year, kind, value, unit, normalizedValue, normalizedUnit, confidence
  FROM read_parquet('${facts}') ORDER BY documentId, factId LIMIT 3`);
for (const row of sample) console.log(`sample: ${JSON.stringify(row)}`);
