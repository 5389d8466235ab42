-- Issue 9: an index on every foreign key of our tables. PostgreSQL indexes the referenced key, never the referencing
-- column: without these, reading a record's children (a complaint's attachments and actions, a plan's milestones and
-- risks, a project's meetings, records and reports, …) scanned the whole child table, and deleting or re-keying a
-- parent row scanned every child table that references it. QueryPlansIT (everyForeignKeyHasAnIndex) keeps it so for
-- later migrations.
CREATE INDEX ix_fk_agreement_previous_agreement_id ON crm_agreement (previous_agreement_id);
CREATE INDEX ix_fk_agreement_request_agreement_id ON crm_agreement_request (agreement_id);
CREATE INDEX ix_fk_agreement_request_customer_id ON crm_agreement_request (customer_id);
CREATE INDEX ix_fk_agreement_risk_identified_in_meeting_id ON crm_agreement_risk (identified_in_meeting_id);
CREATE INDEX ix_fk_agreement_risk_reviewed_in_meeting_id ON crm_agreement_risk (reviewed_in_meeting_id);
CREATE INDEX ix_fk_complaint_action_complaint_id ON crm_complaint_action (complaint_id);
CREATE INDEX ix_fk_complaint_attachment_complaint_id ON crm_complaint_attachment (complaint_id);
CREATE INDEX ix_fk_credit_evaluation_previous_evaluation_id ON crm_credit_evaluation (previous_evaluation_id);
CREATE INDEX ix_fk_customer_confirmation_plan_id ON crm_customer_confirmation (plan_id);
CREATE INDEX ix_fk_customer_confirmation_project_id ON crm_customer_confirmation (project_id);
CREATE INDEX ix_fk_department_notification_project_id ON crm_department_notification (project_id);
CREATE INDEX ix_fk_evaluation_grade_change_customer_id ON crm_evaluation_grade_change (customer_id);
CREATE INDEX ix_fk_plan_deadline_event_project_id ON crm_plan_deadline_event (project_id);
CREATE INDEX ix_fk_plan_milestone_plan_id ON crm_plan_milestone (plan_id);
CREATE INDEX ix_fk_plan_risk_plan_id ON crm_plan_risk (plan_id);
CREATE INDEX ix_fk_progress_report_project_id ON crm_progress_report (project_id);
CREATE INDEX ix_fk_project_feedback_project_id ON crm_project_feedback (project_id);
CREATE INDEX ix_fk_requirement_meeting_project_id ON crm_requirement_meeting (project_id);
CREATE INDEX ix_fk_requirement_record_project_id ON crm_requirement_record (project_id);
CREATE INDEX ix_fk_self_check_project_id ON crm_self_check (project_id);
CREATE INDEX ix_fk_supervision_finding_case_id ON crm_supervision_finding (case_id);
CREATE INDEX ix_fk_task_problem_project_task_id ON crm_task_problem (project_task_id);
CREATE INDEX ix_fk_visit_complaint_id ON crm_visit (complaint_id);
CREATE INDEX ix_fk_visit_improvement_customer_id ON crm_visit_improvement (customer_id);
CREATE INDEX ix_fk_visit_previous_visit_id ON crm_visit (previous_visit_id);
