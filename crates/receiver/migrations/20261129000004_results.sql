-- The answer to an access or portability request: a file in the results folder (its name here),
-- or "no data held". The requester downloads it with a token (only its SHA-256 is stored) until
-- expires_at; then the file is deleted (deleted_at). One current result per request.

CREATE TABLE results (
    request_id TEXT PRIMARY KEY,
    -- 1 when the controller holds no data (no file), else 0.
    no_data BIGINT NOT NULL,
    content_type TEXT,
    size BIGINT NOT NULL DEFAULT 0,
    sha256 TEXT,
    file TEXT,
    token_hash TEXT UNIQUE,
    expires_at TEXT,
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
