// The review queue is read off each fact's stored sort key, in key order, per label and per
// relationship type (packages/api/src/curation/review-queue-query.ts): a range index on it for
// every fact label and fact relationship type of the model (packages/schema vocabulary.ts
// FACT_LABELS, FACT_RELATIONSHIP_TYPES). Only undecided machine-read facts carry the key.
CREATE RANGE INDEX person_review_queue IF NOT EXISTS FOR (n:Person) ON (n.reviewQueueKey);
CREATE RANGE INDEX organization_review_queue IF NOT EXISTS FOR (n:Organization) ON (n.reviewQueueKey);
CREATE RANGE INDEX country_review_queue IF NOT EXISTS FOR (n:Country) ON (n.reviewQueueKey);
CREATE RANGE INDEX place_review_queue IF NOT EXISTS FOR (n:Place) ON (n.reviewQueueKey);
CREATE RANGE INDEX post_review_queue IF NOT EXISTS FOR (n:Post) ON (n.reviewQueueKey);
CREATE RANGE INDEX event_review_queue IF NOT EXISTS FOR (n:Event) ON (n.reviewQueueKey);
CREATE RANGE INDEX instrument_review_queue IF NOT EXISTS FOR (n:Instrument) ON (n.reviewQueueKey);
CREATE RANGE INDEX axis_review_queue IF NOT EXISTS FOR (n:Axis) ON (n.reviewQueueKey);
CREATE RANGE INDEX commitment_review_queue IF NOT EXISTS FOR (n:Commitment) ON (n.reviewQueueKey);
CREATE RANGE INDEX theme_review_queue IF NOT EXISTS FOR (n:Theme) ON (n.reviewQueueKey);
CREATE RANGE INDEX of_country_review_queue IF NOT EXISTS FOR ()-[r:OF_COUNTRY]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX part_of_review_queue IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX member_of_review_queue IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX located_in_review_queue IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX post_in_review_queue IF NOT EXISTS FOR ()-[r:POST_IN]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX held_review_queue IF NOT EXISTS FOR ()-[r:HELD]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX participated_in_review_queue IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX took_place_in_review_queue IF NOT EXISTS FOR ()-[r:TOOK_PLACE_IN]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX convened_by_review_queue IF NOT EXISTS FOR ()-[r:CONVENED_BY]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX continues_review_queue IF NOT EXISTS FOR ()-[r:CONTINUES]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX held_alongside_review_queue IF NOT EXISTS FOR ()-[r:HELD_ALONGSIDE]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX adopted_at_review_queue IF NOT EXISTS FOR ()-[r:ADOPTED_AT]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX adopted_in_review_queue IF NOT EXISTS FOR ()-[r:ADOPTED_IN]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX party_to_review_queue IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX has_axis_review_queue IF NOT EXISTS FOR ()-[r:HAS_AXIS]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX under_axis_review_queue IF NOT EXISTS FOR ()-[r:UNDER_AXIS]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX made_by_review_queue IF NOT EXISTS FOR ()-[r:MADE_BY]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX made_at_review_queue IF NOT EXISTS FOR ()-[r:MADE_AT]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX derives_from_review_queue IF NOT EXISTS FOR ()-[r:DERIVES_FROM]-() ON (r.reviewQueueKey);
CREATE RANGE INDEX on_theme_review_queue IF NOT EXISTS FOR ()-[r:ON_THEME]-() ON (r.reviewQueueKey);
