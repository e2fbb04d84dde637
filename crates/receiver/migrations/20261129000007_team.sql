-- The privacy team's workflow: assignment, internal notes, one task per system holding personal
-- data, webhook delivery attempts, jobs enqueued once (daily digests, deadline warnings) and the
-- monthly counters behind the metrics. Portable SQL: the same file runs on SQLite and PostgreSQL.

-- The staff member handling the request (an email address), or none.
ALTER TABLE requests ADD COLUMN assignee TEXT;
CREATE INDEX requests_assignee ON requests (assignee, due_by);

-- Open requests by due date: the metrics' counts (open, due within 7 days, overdue), the daily
-- digest and the deadline warnings read only these rows (status in the index too, so that the
-- counts read the index alone).
CREATE INDEX requests_open_due ON requests (due_by, received_at, status)
    WHERE status IN ('received', 'verified', 'in_progress');

-- Internal notes of the team about a request; never shown to the requester.
CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL,
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX notes_request ON notes (request_id, at);

-- One task per system (GLASSBOX_SYSTEMS) for each verified request, done by hand or by a worker
-- that claims it with a lease. status: open → done | no_data | failed (a failed task is opened
-- again to retry).
CREATE TABLE tasks (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL,
    system TEXT NOT NULL,
    status TEXT NOT NULL,
    lease_id TEXT,
    lease_until TEXT,
    attempts BIGINT NOT NULL DEFAULT 0,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    completed_at TEXT,
    UNIQUE (request_id, system)
);
CREATE INDEX tasks_system_status ON tasks (system, status, created_at);

-- Jobs that must exist once whatever the number of receivers (the digest of one day, the
-- deadline warning of one request): a unique key; NULL for the others.
ALTER TABLE jobs ADD COLUMN unique_key TEXT;
CREATE UNIQUE INDEX jobs_unique_key ON jobs (unique_key);

-- Every attempt to deliver a webhook (a job of kind `webhook`), for the delivery log.
CREATE TABLE webhook_attempts (
    id TEXT PRIMARY KEY,
    job_id TEXT NOT NULL,
    at TEXT NOT NULL,
    status_code BIGINT,
    error TEXT,
    duration_ms BIGINT NOT NULL
);
CREATE INDEX webhook_attempts_job ON webhook_attempts (job_id, at);

-- Counters per month (the controller's calendar) and kind, kept in the transaction of each
-- change, so the metrics read a few hundred rows whatever the number of requests.
CREATE TABLE metrics_month (
    month TEXT NOT NULL,
    kind TEXT NOT NULL,
    received BIGINT NOT NULL DEFAULT 0,
    closed BIGINT NOT NULL DEFAULT 0,
    in_time BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (month, kind)
);
-- Open requests per due date, kept in the transaction of each change (received +1, extended
-- moves one, completed or refused -1) and recomputed from the rows once a day: the metrics'
-- open, due-soon and overdue counts read a few hundred rows whatever the number of requests.
CREATE TABLE metrics_open (
    due_by TEXT PRIMARY KEY,
    n BIGINT NOT NULL DEFAULT 0
);
-- Requests closed per month by days taken (for the median).
CREATE TABLE metrics_close_days (
    month TEXT NOT NULL,
    days BIGINT NOT NULL,
    n BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (month, days)
);
-- 0 until the counters have been computed from the requests already stored (done at start).
CREATE TABLE metrics_state (
    id BIGINT PRIMARY KEY,
    built BIGINT NOT NULL
);
INSERT INTO metrics_state (id, built) VALUES (1, 0);
