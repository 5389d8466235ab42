-- The customer archive's project data (SPEC cross-cutting "Customer archive", 000 §4(1)): the contract number the
-- account manager records with the signed 《客户需求沟通记录》 and the budget of the current 《客户项目执行方案》.
ALTER TABLE crm_project ADD COLUMN contract_number VARCHAR(100);
ALTER TABLE crm_project ADD COLUMN budget NUMERIC(15, 2);
