-- "What refers to this document" joins references to the documents whose latest revision holds them:
-- without this index the planner walked every document for each lookup (41 ms per document page on
-- the full RFC series; see docs/performance.md).
CREATE INDEX documents_latest_revision ON documents (latest_revision_id);
