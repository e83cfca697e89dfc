import { builder } from '../builder.js';
import { withoutMutations } from '../curation/curation.js';
import './actor.js';
import './person.js';
import './post.js';
import './organization.js';
import './country.js';
import './place.js';
import './theme.js';
import './event.js';
import './instrument.js';
import './commitment.js';
import './programme.js';
import './lineage.js';
import './source.js';
import './lists.js';
import './search.js';
import './graph-view.js';
import './timeline.js';
import './dates.js';
import './entity.js';
import './evidence.js';
import './links.js';
import './vocabulary.js';
import '../curation/schema.js';
import '../curation/review-queue.js';

/** Everything, the decisions' mutations included: what a curator's token opens. */
export const curatorSchema = builder.toSchema();
/** What any client may ask. */
export const schema = withoutMutations(curatorSchema);
