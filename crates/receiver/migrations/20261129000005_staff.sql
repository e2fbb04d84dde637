-- Named staff accounts, their server-side sessions, sign-in failures (counted here so that
-- several receivers on one database share the count), named API tokens, and who acted in the
-- audit log. Portable SQL: the same file runs on SQLite and PostgreSQL.

CREATE TABLE staff (
    email TEXT PRIMARY KEY,
    -- admin | handler
    role TEXT NOT NULL,
    -- Argon2id, as a PHC string ($argon2id$v=19$m=…,t=…,p=…$salt$hash); never the password.
    password_hash TEXT NOT NULL,
    -- Base32 TOTP secret when two-step sign-in is on, else NULL.
    totp_secret TEXT,
    -- The 30-second step of the last code accepted: a code works once.
    totp_last_step BIGINT,
    -- Sign-in refused until this time (too many failures).
    locked_until TEXT,
    disabled_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Only the SHA-256 of a session id is stored; the id itself lives in the browser's cookie.
CREATE TABLE staff_sessions (
    id_hash TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    -- Absolute end, whatever the activity.
    expires_at TEXT NOT NULL
);

CREATE INDEX staff_sessions_email ON staff_sessions (email);

-- Failed sign-ins of existing accounts within the current window.
CREATE TABLE staff_failures (
    email TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE INDEX staff_failures_email ON staff_failures (email, at);

-- Named bearer tokens for automation; only the SHA-256 of a token is stored.
CREATE TABLE api_tokens (
    name TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);

-- Who acted: staff:<email>, token:<name>, bootstrap-token, requester, system. Entries written
-- before this migration did not record it.
ALTER TABLE audit_log ADD COLUMN actor TEXT NOT NULL DEFAULT 'legacy';
