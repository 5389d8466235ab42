-- Consultation escalation in two levels, like complaints (SPEC P5.5 "with warning and escalation like complaints",
-- P2.3): at the breach cs-manager supervises (escalated_at, supervise_measures, supervised_by, V15); a consultation
-- still unanswered crm.consultation.second-level-after of the response time after the breach goes to senior
-- management (高层督办超时咨询). The second-level time is fixed when the consultation is received (working hours, like
-- due_at); consultations received before this migration have none (their process version has no second level).
-- Portable SQL: PostgreSQL and H2.
ALTER TABLE crm_consultation ADD COLUMN second_level_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE crm_consultation ADD COLUMN senior_escalated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE crm_consultation ADD COLUMN senior_supervise_measures VARCHAR(4000);
ALTER TABLE crm_consultation ADD COLUMN senior_supervised_by VARCHAR(64);
