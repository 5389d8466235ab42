-- The large state of issue 9's scale targets, written straight into the database of a running crm-process
-- (benchmarks/scale/run-scale.sh): :customers customers, :open_tasks open tasks of the complaint assessment
-- (clones of one the application created, with their candidate links and per-task authorizations), and
-- :history_rows rows of activity history (clones of the application's own). Plain SQL so that a million rows take
-- seconds, not the hours the API would need; the clones are what the engine itself writes for further instances.
\set ON_ERROR_STOP on
\timing on

-- customers: names "客户<n>科技<kind>有限公司" (a search for "客户<n>科技" finds exactly one), owners and grades spread
-- over the demo account managers
INSERT INTO crm_customer (name, industry, created_at, owner, grade, status, row_version)
SELECT '客户' || g || '科技' || (ARRAY['信息','制造','贸易','物流','医疗'])[1 + g % 5] || '有限公司',
       (ARRAY['信息技术','制造业','零售','物流','医疗'])[1 + g % 5],
       now() - g * interval '1 minute',
       (ARRAY['zhangwei','lina','wangqiang','liuyang','xiexin'])[1 + g % 5],
       (ARRAY['A','B','C','D'])[1 + g % 4], 'ACTIVE', 0
FROM generate_series(1, :customers) g;

-- open tasks: the newest unassigned assessment task is the template
SELECT id_ AS template FROM act_ru_task WHERE task_def_key_ = 'Task_AssessComplaint' AND assignee_ IS NULL
ORDER BY create_time_ DESC LIMIT 1 \gset
\set n :open_tasks
\ir clone-open-tasks.sql

-- history: every column copied from existing rows of ACT_HI_ACTINST, with a new id, in rounds until :history_rows
CREATE OR REPLACE FUNCTION pg_temp.clone_history(target bigint) RETURNS bigint AS $$
DECLARE
  cols text;
  vals text;
  have bigint;
BEGIN
  SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position),
         string_agg(CASE WHEN column_name = 'id_' THEN 'gen_random_uuid()::text' ELSE quote_ident(column_name) END,
                    ', ' ORDER BY ordinal_position)
    INTO cols, vals
    FROM information_schema.columns WHERE table_name = 'act_hi_actinst' AND table_schema = current_schema();
  SELECT count(*) INTO have FROM act_hi_actinst;
  WHILE have < target LOOP
    EXECUTE format('INSERT INTO act_hi_actinst (%s) SELECT %s FROM act_hi_actinst LIMIT %s', cols, vals,
                   least(have, target - have));
    SELECT count(*) INTO have FROM act_hi_actinst;
  END LOOP;
  RETURN have;
END $$ LANGUAGE plpgsql;
SELECT pg_temp.clone_history(:history_rows) AS history_rows;

ANALYZE;
SELECT (SELECT count(*) FROM crm_customer) AS customers, (SELECT count(*) FROM act_ru_task) AS open_tasks,
       (SELECT count(*) FROM act_ru_authorization) AS authorizations, (SELECT count(*) FROM act_hi_actinst) AS history;
