-- Reference graph and considerations facts (sqlite flavour; keep the columns identical to the other backend).
-- doc_references: one row per entry of a revision's reference lists; target is a store document name
-- when the entry names one (rfc2119, draft-ietf-foo-bar, a W3C shortname), NULL otherwise.
CREATE TABLE doc_references (
    revision_id INTEGER NOT NULL REFERENCES revisions (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    label TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('normative', 'informative', 'unknown')),
    target TEXT,
    title TEXT,
    span_start INTEGER,
    span_end INTEGER,
    PRIMARY KEY (revision_id, seq)
);
CREATE INDEX doc_references_target ON doc_references (target);

-- considerations: which Security/Privacy/Human Rights/IANA Considerations sections a revision has and
-- whether each is substantive (rule in rightscope-doc/src/considerations.rs).
CREATE TABLE considerations (
    revision_id INTEGER NOT NULL REFERENCES revisions (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    substantive INTEGER NOT NULL,
    words INTEGER NOT NULL,
    PRIMARY KEY (revision_id, kind)
);
