-- Reviews, accounts and the audit trail (issue 7), SQLite flavour. Keep the columns identical to
-- migrations/postgres/0003_reviews.sql: the same queries run on both. Times are ISO 8601 UTC text.

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    -- The pseudonymous name shown to other people; the login is never shown.
    display_name TEXT NOT NULL,
    -- An argon2id PHC string.
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'reviewer', 'viewer')),
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE sessions (
    -- The SHA-256 (hex) of the random 256-bit token the client holds; the token itself is never stored.
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE login_attempts (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL,
    client TEXT NOT NULL,
    success INTEGER NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX login_attempts_login ON login_attempts (login, at);
CREATE INDEX login_attempts_client ON login_attempts (client, at);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    document TEXT NOT NULL,
    revision_id INTEGER NOT NULL REFERENCES revisions (id),
    questionnaire TEXT NOT NULL,
    title TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('draft', 'in-review', 'sent', 'resolved', 'not-resolved')),
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'private')),
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    in_review_at TEXT,
    sent_at TEXT,
    resolved_at TEXT,
    not_resolved_at TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX reviews_document ON reviews (document);

CREATE TABLE review_members (
    review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('lead', 'reviewer', 'observer')),
    PRIMARY KEY (review_id, user_id)
);
CREATE INDEX review_members_user ON review_members (user_id);

CREATE TABLE answers (
    review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    position INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('concern', 'no-concern', 'not-applicable', 'needs-author-input', 'unanswered')),
    text TEXT NOT NULL,
    updated_by INTEGER REFERENCES users (id),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (review_id, question)
);

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('finding', 'span')),
    finding_id INTEGER,
    revision_id INTEGER NOT NULL,
    byte_start INTEGER NOT NULL,
    byte_end INTEGER NOT NULL,
    quoted TEXT NOT NULL,
    note TEXT NOT NULL,
    created_by INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL,
    CHECK (kind <> 'finding' OR finding_id IS NOT NULL),
    CHECK (byte_start >= 0 AND byte_end >= byte_start)
);
CREATE INDEX evidence_review ON evidence (review_id, question);

CREATE TABLE audit_log (
    -- 1, 2, 3… with no gaps, assigned by the writer; the chain is walked in this order.
    seq INTEGER PRIMARY KEY,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    -- Canonical JSON text (sorted keys, no spaces), exactly the bytes that were hashed.
    payload TEXT NOT NULL,
    at TEXT NOT NULL
);
