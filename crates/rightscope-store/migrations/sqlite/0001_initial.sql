-- rightscope store, SQLite flavour. Keep the columns identical to migrations/postgres/0001_initial.sql:
-- the same queries run on both. Times are ISO 8601 UTC text (lexicographic order is time order); JSON is text.

CREATE TABLE store_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO store_state (id, generation) VALUES (1, 0);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    sdo TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('rfc', 'draft', 'w3c', 'other')),
    title TEXT,
    stream TEXT,
    wg TEXT,
    area TEXT,
    status TEXT,
    rfc_number INTEGER,
    became_rfc INTEGER,
    doi TEXT,
    keywords TEXT,
    abstract TEXT,
    latest_revision_id INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX documents_wg ON documents (wg);
CREATE INDEX documents_sdo ON documents (sdo);
CREATE INDEX documents_rfc_number ON documents (rfc_number);
CREATE INDEX documents_became_rfc ON documents (became_rfc);

CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    rev TEXT,
    rev_number INTEGER,
    date TEXT,
    format TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    title TEXT,
    text TEXT NOT NULL,
    sections TEXT NOT NULL,
    meta TEXT NOT NULL,
    finding_count INTEGER NOT NULL,
    parsed_at TEXT NOT NULL
);
CREATE INDEX revisions_document ON revisions (document_id, rev);
CREATE INDEX revisions_parsed_at ON revisions (parsed_at);

CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES revisions (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    family TEXT NOT NULL,
    polarity TEXT NOT NULL,
    severity TEXT NOT NULL,
    message TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    line INTEGER NOT NULL,
    col INTEGER NOT NULL,
    end_line INTEGER NOT NULL,
    end_col INTEGER NOT NULL,
    section TEXT,
    section_kind TEXT NOT NULL,
    strength TEXT NOT NULL,
    negated INTEGER NOT NULL,
    weight REAL NOT NULL,
    fingerprint TEXT NOT NULL,
    questions TEXT NOT NULL
);
CREATE INDEX findings_revision ON findings (revision_id);
CREATE INDEX findings_code ON findings (code);
CREATE INDEX findings_family_polarity ON findings (family, polarity);
CREATE INDEX findings_fingerprint ON findings (fingerprint);

CREATE TABLE assessments (
    revision_id INTEGER NOT NULL REFERENCES revisions (id) ON DELETE CASCADE,
    family TEXT NOT NULL,
    verdict TEXT NOT NULL,
    score REAL NOT NULL,
    risk REAL NOT NULL,
    mitigation REAL NOT NULL,
    context INTEGER NOT NULL,
    findings INTEGER NOT NULL,
    PRIMARY KEY (revision_id, family)
);
CREATE INDEX assessments_family_verdict ON assessments (family, verdict);

CREATE TABLE lifecycle_events (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('revision', 'state', 'last-call-start', 'last-call-end', 'published',
        'obsoleted-by', 'updated-by', 'obsoletes', 'updates', 'became-rfc')),
    detail TEXT NOT NULL,
    source TEXT NOT NULL,
    UNIQUE (document_id, kind, at, detail)
);
CREATE INDEX lifecycle_events_kind_at ON lifecycle_events (kind, at);

CREATE TABLE relations (
    from_document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    to_name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('obsoletes', 'updates')),
    PRIMARY KEY (from_document_id, to_name, kind)
);
CREATE INDEX relations_to ON relations (to_name);

CREATE TABLE ingest_errors (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    sha256 TEXT,
    message TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX ingest_errors_path ON ingest_errors (path);

CREATE TABLE watchlists (
    id INTEGER PRIMARY KEY,
    owner TEXT NOT NULL,
    name TEXT NOT NULL,
    query TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (owner, name)
);

CREATE TABLE watchlist_documents (
    watchlist_id INTEGER NOT NULL REFERENCES watchlists (id) ON DELETE CASCADE,
    document_name TEXT NOT NULL,
    PRIMARY KEY (watchlist_id, document_name)
);

CREATE TABLE ingest_jobs (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT,
    state TEXT NOT NULL CHECK (state IN ('pending', 'taken', 'done', 'failed')),
    worker TEXT,
    taken_at TEXT,
    attempts INTEGER NOT NULL,
    error TEXT
);
CREATE INDEX ingest_jobs_state ON ingest_jobs (state, id);
