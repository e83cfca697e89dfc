import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE, schemaSDL } from './print-schema.js';

writeFileSync(SCHEMA_FILE, schemaSDL());
console.log(`wrote ${SCHEMA_FILE}`);
