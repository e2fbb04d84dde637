-- Durable background work (mails now; webhooks, digests and purges later), in the same
-- database as the requests so that one transaction changes a request and enqueues its job.
-- A worker claims due jobs by setting lease_until; a job whose lease ran out (its worker died)
-- is claimed again. Portable SQL: the same file runs on SQLite and PostgreSQL.

CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    -- JSON; what the job needs (for a mail: the request id and the audit entry it tells of).
    payload TEXT NOT NULL,
    -- The request concerned, if any (for the admin page).
    request_id TEXT,
    -- queued → done | failed (no attempts left).
    state TEXT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    run_at TEXT NOT NULL,
    lease_until TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL,
    finished_at TEXT
);

CREATE INDEX jobs_due ON jobs (state, run_at);
CREATE INDEX jobs_request ON jobs (request_id);
