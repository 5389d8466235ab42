-- PostgreSQL only (spring.flyway.locations: db/vendor/{vendor}): the audit log refuses UPDATE, DELETE and
-- TRUNCATE, whoever sends them. Part of the archive protection of V5; H2 (the demo run) relies on the hash chain.
CREATE FUNCTION crm_audit_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'crm_audit_log is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER crm_audit_log_no_change BEFORE UPDATE OR DELETE ON crm_audit_log
  FOR EACH ROW EXECUTE FUNCTION crm_audit_log_append_only();
CREATE TRIGGER crm_audit_log_no_truncate BEFORE TRUNCATE ON crm_audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION crm_audit_log_append_only();
