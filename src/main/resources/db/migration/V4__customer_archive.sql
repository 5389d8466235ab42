-- Customer archive (SPEC Cross-cutting "Customer archive", P3 grading indicators). Portable SQL: PostgreSQL and H2.
-- Contacts (personal data, encrypted), the audit log and the grading/visit tables come in later migrations.

ALTER TABLE crm_customer ADD COLUMN address VARCHAR(500);
ALTER TABLE crm_customer ADD COLUMN scale VARCHAR(20);
ALTER TABLE crm_customer ADD COLUMN business_scope VARCHAR(2000);
-- 统一社会信用代码 (18 characters); unique when present
ALTER TABLE crm_customer ADD COLUMN credit_code VARCHAR(18);
-- A 重要战略客户 · B 核心客户 · C 一般客户 · D 潜在客户
ALTER TABLE crm_customer ADD COLUMN grade VARCHAR(1);
ALTER TABLE crm_customer ADD COLUMN status VARCHAR(20) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE crm_customer ADD COLUMN credit_rating VARCHAR(10);
-- grading indicators (003 §3.2)
ALTER TABLE crm_customer ADD COLUMN annual_purchase_amount NUMERIC(18, 2);
ALTER TABLE crm_customer ADD COLUMN purchase_frequency INTEGER;
ALTER TABLE crm_customer ADD COLUMN profit_contribution NUMERIC(18, 2);
ALTER TABLE crm_customer ADD COLUMN cooperation_years INTEGER;
ALTER TABLE crm_customer ADD COLUMN growth_potential INTEGER;
ALTER TABLE crm_customer ADD COLUMN market_influence INTEGER;
ALTER TABLE crm_customer ADD COLUMN graded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE crm_customer ADD COLUMN next_visit_date DATE;
ALTER TABLE crm_customer ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE crm_customer ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;

ALTER TABLE crm_customer ADD CONSTRAINT uq_customer_credit_code UNIQUE (credit_code);
CREATE INDEX ix_customer_owner_grade ON crm_customer (owner, grade);
CREATE INDEX ix_customer_status ON crm_customer (status);
