-- Issue 11 "one archive" and credit evaluation (SPEC P3.7; 003 §2.4, §4.2). Portable SQL: PostgreSQL and H2.

-- One-off steps in Java that must run once after a migration (the data they repair needs rules SQL cannot apply,
-- or a hash-chained audit entry per change). IntakeCustomerOwners (V13): ACTIVE customers the former project
-- intake created by name without owner get the owner the owner rules pick, each change audited.
CREATE TABLE crm_one_off_step (
  step VARCHAR(60) NOT NULL PRIMARY KEY,
  done_at TIMESTAMP WITH TIME ZONE NOT NULL,
  -- how many records the step changed
  changed INTEGER NOT NULL
);

