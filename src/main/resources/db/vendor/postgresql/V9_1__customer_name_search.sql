-- Customer search by part of the name (GET /api/customers?name=…, lower(name) LIKE '%…%') as an index lookup: a
-- trigram index instead of reading every customer (1 000 000 customers: 260–370 ms → 20–60 ms for a search that
-- matches a few; benchmarks/README.md "Scale"). pg_trgm ships with PostgreSQL and is a trusted extension (13+): the
-- application's database user may create it. Trigrams of Chinese characters need a UTF-8 LC_CTYPE (C.UTF-8,
-- zh_CN.UTF-8, en_US.UTF-8 …), the default of the official images; under the plain "C" locale the index stays
-- correct but cannot narrow a Chinese search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS ix_customer_name_trgm ON crm_customer USING gin (lower(name) gin_trgm_ops);
