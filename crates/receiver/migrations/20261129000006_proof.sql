-- Proof and requester abuse (SPEC §9). Portable SQL: the same file runs on SQLite and PostgreSQL.

-- Status tokens are kept only as SHA-256 hashes. `status_token` (NOT NULL UNIQUE since the first
-- migration) now holds the SHA-256 of the token the requester was first given; the token in
-- later mails is derived from the audit key and the request id, and its SHA-256 is
-- `status_token_hash` (the same value for requests stored by this version). Rows written before
-- this version still hold the clear token in `status_token` and NULL here: the first start with
-- an audit key replaces it by its hash (no portable SQL function computes SHA-256).
ALTER TABLE requests ADD COLUMN status_token_hash TEXT;
CREATE UNIQUE INDEX requests_status_token_hash ON requests (status_token_hash);

-- An admin's deletion of a request: personal data removed, this row kept as a tombstone.
ALTER TABLE requests ADD COLUMN deleted_at TEXT;
ALTER TABLE requests ADD COLUMN deletion_reason TEXT;

-- Requests never verified are deleted after GLASSBOX_UNVERIFIED_DAYS: found by status and age.
CREATE INDEX requests_status_received ON requests (status, received_at);

-- Verification mails sent (or queued), counted for the caps GLASSBOX_MAILS_PER_ADDRESS (per
-- address and 24 h) and GLASSBOX_MAILS_PER_DAY (in total), shared by every receiver on this
-- database. The address is kept only as an HMAC under the audit key; rows older than a day
-- are deleted by the purge job.
CREATE TABLE verification_mails (
    id TEXT PRIMARY KEY,
    address_hash TEXT NOT NULL,
    sent_at TEXT NOT NULL
);

CREATE INDEX verification_mails_address ON verification_mails (address_hash, sent_at);
CREATE INDEX verification_mails_sent ON verification_mails (sent_at);
