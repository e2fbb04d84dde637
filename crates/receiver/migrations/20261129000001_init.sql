-- Portable SQL: the same file runs on SQLite and PostgreSQL.
-- Times are UTC text in one fixed format (YYYY-MM-DDTHH:MM:SS.ffffffZ), dates YYYY-MM-DD,
-- so that text order is time order on both databases.

CREATE TABLE requests (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    body_hash TEXT NOT NULL,
    payload TEXT,
    kinds TEXT NOT NULL,
    email TEXT,
    lang TEXT,
    status TEXT NOT NULL,
    received_at TEXT NOT NULL,
    due_by TEXT NOT NULL,
    original_due_by TEXT NOT NULL,
    extended_months BIGINT NOT NULL DEFAULT 0,
    extension_reason TEXT,
    refusal_reason TEXT,
    status_token TEXT NOT NULL UNIQUE,
    verify_token_hash TEXT UNIQUE,
    verify_expires_at TEXT,
    verified_at TEXT,
    closed_at TEXT,
    purged_at TEXT,
    updated_at TEXT NOT NULL
);

CREATE INDEX requests_due ON requests (due_by, received_at);
CREATE INDEX requests_status_due ON requests (status, due_by);
CREATE INDEX requests_closed ON requests (closed_at);

CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    request_id TEXT,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE INDEX audit_log_request ON audit_log (request_id, seq);

-- One row: the head of the audit chain and the next reference number. Every write
-- transaction updates it first, which serialises writers on both databases.
CREATE TABLE audit_head (
    id BIGINT PRIMARY KEY,
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL,
    next_ref BIGINT NOT NULL
);

INSERT INTO audit_head (id, seq, hash, next_ref)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 1);
