-- Clones the open task :template (with its candidate identity links and per-task authorizations, exactly as the
-- engine created them) :n times, with create times spread over the last :n minutes. Fast (one statement per
-- table) and the rows are what the engine itself would have written for :n further instances waiting in the same
-- step; the clones share the template's execution, which no list query reads.
BEGIN;
CREATE TEMP TABLE clone_ids ON COMMIT DROP AS
  SELECT gen_random_uuid()::text AS id, g FROM generate_series(1, :n) g;

INSERT INTO act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_, owner_,
    assignee_, priority_, create_time_, last_updated_, due_date_, suspension_state_, tenant_id_, task_state_)
  SELECT c.id, 1, t.execution_id_, t.proc_inst_id_, t.proc_def_id_, t.name_, t.task_def_key_, t.owner_, t.assignee_,
    t.priority_, t.create_time_ - c.g * interval '1 minute', t.last_updated_, t.due_date_, t.suspension_state_,
    t.tenant_id_, t.task_state_
  FROM act_ru_task t, clone_ids c WHERE t.id_ = :'template';

INSERT INTO act_ru_identitylink (id_, rev_, group_id_, type_, user_id_, task_id_, proc_def_id_, tenant_id_)
  SELECT gen_random_uuid()::text, 1, l.group_id_, l.type_, l.user_id_, c.id, l.proc_def_id_, l.tenant_id_
  FROM act_ru_identitylink l, clone_ids c WHERE l.task_id_ = :'template';

INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_,
    removal_time_, root_proc_inst_id_)
  SELECT gen_random_uuid()::text, 1, a.type_, a.group_id_, a.user_id_, a.resource_type_, c.id, a.perms_,
    a.removal_time_, a.root_proc_inst_id_
  FROM act_ru_authorization a, clone_ids c WHERE a.resource_type_ = 7 AND a.resource_id_ = :'template';
COMMIT;
ANALYZE act_ru_task;
ANALYZE act_ru_identitylink;
ANALYZE act_ru_authorization;
