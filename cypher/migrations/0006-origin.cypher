// Machine-read nodes are found by their origin (the review queue, lists filtered by origin): an
// index, so that finding them does not read every entity.
CREATE INDEX entity_origin IF NOT EXISTS FOR (n:Entity) ON (n.origin);
