// An ingest into an empty graph stages its nodes under the label Staged before publishing them
// (packages/ingest/src/write/staged-load.ts); relationships and publishing find them by id.
CREATE INDEX staged_id IF NOT EXISTS FOR (n:Staged) ON (n.id);
