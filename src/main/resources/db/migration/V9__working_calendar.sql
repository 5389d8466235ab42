-- Working-day calendar maintained by administrators (issue 8 point 15; platform/calendar). config/working-calendar.yaml
-- is the seed: a year it lists that is missing here is copied in at start; after that these tables are the calendar.
-- A year is covered (its State Council notice entered) when it has a row in crm_calendar_year; days are the
-- exceptions to Monday-Friday: HOLIDAY (public holiday, also on a weekend) and WORKDAY (a weekend working day, 调休).
CREATE TABLE crm_calendar_year (
  calendar_year INTEGER PRIMARY KEY,
  -- SEED (copied from working-calendar.yaml) or ADMIN (imported through /api/admin/calendar)
  source VARCHAR(10) NOT NULL,
  updated_by VARCHAR(64) NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT ck_calendar_year_source CHECK (source IN ('SEED', 'ADMIN')),
  CONSTRAINT ck_calendar_year_range CHECK (calendar_year BETWEEN 2000 AND 2100)
);

CREATE TABLE crm_calendar_day (
  calendar_date DATE PRIMARY KEY,
  calendar_year INTEGER NOT NULL REFERENCES crm_calendar_year (calendar_year),
  kind VARCHAR(10) NOT NULL,
  name VARCHAR(50),
  updated_by VARCHAR(64) NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);
CREATE INDEX ix_calendar_day_year ON crm_calendar_day (calendar_year);

-- One row, locked by the daily coverage check so that several nodes open at most one maintenance task.
CREATE TABLE crm_calendar_check (
  id INTEGER PRIMARY KEY,
  last_checked_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO crm_calendar_check (id, last_checked_at) VALUES (1, NULL);
