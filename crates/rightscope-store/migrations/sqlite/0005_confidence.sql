-- Calibrated confidence of each finding and verdict (crates/rightscope-rules/src/confidence.rs).
-- Rows stored before this migration have none: the web shows them as not rated, never collapsed.
ALTER TABLE findings ADD COLUMN confidence REAL;
ALTER TABLE assessments ADD COLUMN confidence REAL;
