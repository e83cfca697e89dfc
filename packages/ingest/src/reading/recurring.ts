import { dependents, type ParsedSentence, subtree, type Word } from './parsed.js';

/**
 * Words that say how often something happens: "tous les six mois", "chaque trimestre", "deux fois
 * par an", "twice a year", "every six months", "each year", "cada seis meses", "dos veces al año",
 * "annually", "regularly".
 */
const FREQUENCY = new RegExp(
  [
    '(^|\\s)(',
    'tous les( \\S+)? (jours|semaines|mois|ans|annees|trimestres|semestres)',
    '|chaque (jour|semaine|mois|an|annee|trimestre|semestre)',
    '|(every|each)( \\S+)? (day|week|month|year|quarter|days|weeks|months|years)',
    '|cada( \\S+)? (dia|semana|mes|ano|trimestre|semestre|dias|semanas|meses|anos)',
    '|fois par|twice|times a|a year(?! ago)|per year|veces (al|por)',
    '|annuellement|semestriellement|trimestriellement|mensuellement|regulierement|periodiquement',
    '|annually|yearly|quarterly|monthly|regularly|periodically',
    '|anualmente|semestralmente|trimestralmente|mensualmente|regularmente|periodicamente',
    ')(\\s|$)',
  ].join(''),
);

/** Relations by which a word says when or how often its head happens. */
const WHEN = /^(obl|advmod|nmod:tmod|obl:tmod|nmod)/;

/**
 * True when a meeting's word tells meetings that recur, not one meeting: "un comité qui se réunira
 * tous les six mois", "a steering committee meeting twice a year", "se reúne cada año". A body's
 * rhythm has no one date or place; the first of its meetings told apart ("se réunira pour la
 * première fois à Casablanca en juin") is a meeting.
 */
export function isRecurring(sentence: ParsedSentence, trigger: Word): boolean {
  return dependents(sentence, trigger.i)
    .filter((w) => WHEN.test(w.dep))
    .some((w) =>
      FREQUENCY.test(
        subtree(sentence, w.i)
          .map((x) => x.folded)
          .join(' '),
      ),
    );
}
