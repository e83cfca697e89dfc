import { foldText } from '@diplograph/schema';
import { findDates } from './french-dates.js';
import type { Region, RegionKind } from './region.js';

/** A non-blank line, trimmed; offsets into the raw text. */
interface Line {
  start: number;
  text: string;
  /** `text` folded for matching boilerplate phrases. */
  folded: string;
}

interface LineRule {
  kind: RegionKind;
  reason: string;
  test: (line: Line) => boolean;
  /** Heads a list of other articles: the lines after it are noise until article prose resumes. */
  opensSidebar?: boolean;
}

/** Tests the folded line, so that case, accents and apostrophes do not matter. */
const phrase =
  (re: RegExp) =>
  ({ folded }: Line) =>
    re.test(folded);

/**
 * Many headlines run together on one line, most without a period: five or more separated by runs
 * of spaces, or three or more between marks ("Bourse : … -- Dirham : … -- Phosphates : …").
 */
function isHeadlineTicker({ text }: Line): boolean {
  const untitled = (headlines: string[], least: number) =>
    headlines.length >= least && headlines.filter((h) => !h.endsWith('.')).length > headlines.length / 2;
  return untitled(text.split(/\s{2,}/), 5) || untitled(text.split(/\s(?:--|•|·)\s/), 3);
}

function isBareUrl({ folded }: Line): boolean {
  return folded.split(' ').every((token) => /^(https?:\/\/|www\.)\S+$/.test(token));
}

function dayMentions({ text }: Line) {
  return findDates(text, null).filter((m) => m.date.precision === 'day');
}

/** A short line that ends with a date: "Le 30/10/2024", "Nadia Berrada - 25 juin 2025". */
function isDateLine(line: Line): boolean {
  if (line.text.length > 80) return false;
  const date = dayMentions(line).at(-1);
  if (!date || date.end !== line.text.length) return false;
  return /^(le|[^.]{1,60} [-|])?$/.test(foldText(line.text.slice(0, date.start)));
}

/** "4 min de lecture", "3 min read", "Tiempo de lectura: 2 min", folded. */
const READING_TIME =
  /^(temps de lecture|tiempo de lectura) ?:|^\d+ min(ute)?s? (read|de lectura|de lecture)$/;

/**
 * A byline's facts between bars, one of them a date or a reading time: "Nadia Berrada, envoyée
 * spéciale à Rome | 05.02.2026 | 4 min de lecture".
 */
function isBylineStrip({ text }: Line): boolean {
  const [author, ...facts] = text.split(/\s[|·•]\s/);
  const isFact = (fact: string) =>
    READING_TIME.test(foldText(fact)) || findDates(fact, null).some((m) => m.text === fact.trim());
  return text.length <= 120 && /^\p{Lu}/u.test(author ?? '') && facts.some(isFact);
}

/** The sections a news site's menu lists, in the three languages, folded. */
const SITE_SECTIONS = new Set(
  (
    'accueil une actualites actualite politique economie societe monde international internationale ' +
    'nation national regions region sport sports culture opinions opinion debats tribune videos video ' +
    'podcasts photos diaporamas medias sante tech technologie sciences environnement education ' +
    'chroniques editorial dossiers archives contact menu flash direct rubriques ' +
    'home news world business politics economy society africa europe middle east lifestyle ' +
    'entertainment travel science health features latest breaking live ' +
    'inicio portada actualidad noticias nacional internacional espana mundo economia sociedad ' +
    'deportes cultura opinion espectaculos tecnologia ultima hora search rechercher recherche buscar'
  ).split(' '),
);

/** A run of a site's section names, as its menu prints them before the article: "Accueil Politique Monde". */
function isSiteMenu({ folded }: Line): boolean {
  const words = folded.split(/[\s|/•·]+/).filter(Boolean);
  const sections = words.filter((w) => SITE_SECTIONS.has(w)).length;
  // "Inicio | Provincia | Campo | Andalucía | España": five or more short items between bars.
  const items = folded.split(/\s[|•·]\s/);
  const listed = items.length >= 5 && items.every((item) => item.split(' ').length <= 3);
  return (
    listed ||
    (words.length <= 20 &&
      (words.length === sections || (words.length >= 3 && sections / words.length >= 0.6)))
  );
}

/** Two to four capitalised words and nothing else, as in a byline under the title. */
function isPersonName({ text }: Line): boolean {
  const word = "\\p{Lu}[\\p{L}'-]+";
  const particle = '(?:de|du|el|al|ben|ibn|la|le|van|von)';
  return text.length <= 40 && new RegExp(`^${word}(?: (?:${word}|${particle})){1,3}$`, 'u').test(text);
}

/** Article prose: a long line ending a sentence, and not a teaser ("Société - …", a cut "…"). */
function isParagraph({ text }: Line): boolean {
  return text.split(/\s+/).length >= 8 && /[^.]\.[\s»"”)]*$/.test(text) && !/^\p{Lu}\p{L}+ - /u.test(text);
}

/** "© 2026 Atlas Daily. All rights reserved.", "Teranga Info © 2026 - Reproduction interdite". */
const isCopyrightLine = phrase(
  /^(©|\(c\)|copyright) ?\d{4}|(all rights reserved|tous droits reserves|todos los derechos reservados)(\.?$| [|·•-] )|^.{0,40}© ?\d{4}|\d{4}.{0,10}(reproduction interdite|aviso legal|all rights reserved)/,
);

/**
 * The site's name over the page ("Atlas Daily"): a short line before the title that the copyright
 * line names too.
 */
const isMasthead = (line: Line, copyright: string) =>
  line.folded.split(' ').length <= 5 && line.folded.length >= 4 && copyright.includes(line.folded);

/**
 * A short line in capitals before the title: the site's name ("L'ÉCHO DU MAGHREB") or its
 * section ("AGRICULTURA"), which no title is written like.
 */
const isCapitalsLabel = ({ text }: Line) =>
  text.split(/\s+/).length <= 5 && /\p{Lu}{2}/u.test(text) && !/[\p{Ll}\d:]/u.test(text);

/** The path of sections over an article: "Société > Migration", "Emploi / International". */
function isBreadcrumb({ text }: Line): boolean {
  const items = text.replace(/^(vous êtes ici|you are here|estás en) ?: /iu, '').split(/\s+[>»›/]\s+/);
  return items.length >= 2 && items.every((item) => /^\p{Lu}/u.test(item) && item.split(/\s+/).length <= 3);
}

/** Headings of lists of other articles, folded, in the three languages. */
const OTHER_ARTICLES =
  'derniers? articles?|(les )?(articles? )?les plus lus?|voir plus|(les )?(articles|tags|sujets) en relation|articles? similaires|sur le meme (sujet|theme)|(a )?lire (aussi|egalement)|(lea|lee) tambien|(read|see) also|dans la meme rubrique|related (articles?|stories|news|content|posts|coverage)|(articles?|contenus?) en lien|(the )?most (read|popular)|latest (news|articles|stories)|read more|more (news|stories)|you (may|might) also like|recommended( for you)?|noticias relacionadas|(articulos|temas|contenidos) relacionados|lo mas (leido|visto)|(tambien )?te puede interesar|mas noticias|ultimas noticias';

/** The first rule a line passes classifies it; a line no rule claims is body text. */
const LINE_RULES: LineRule[] = [
  { kind: 'noise', reason: 'headline ticker', test: isHeadlineTicker },
  { kind: 'noise', reason: 'breadcrumb', test: isBreadcrumb },
  { kind: 'noise', reason: 'site menu', test: isSiteMenu },
  {
    kind: 'noise',
    reason: 'sidebar header',
    opensSidebar: true,
    test: phrase(new RegExp(`^(${OTHER_ARTICLES}) ?:?$`)),
  },
  {
    kind: 'noise',
    reason: 'read-also link',
    // A heading with one headline after it on its line: "À lire aussi : …", "Related: …".
    test: phrase(
      new RegExp(
        `^(${OTHER_ARTICLES}|(a )?(lire|voir) (aussi|egalement)|(read|see) also|also read|(lea|lee|ver) tambien|related|a la une|flash( info)?|en (direct|continu)|breaking( news)?|ultima hora) ?:`,
      ),
    ),
  },
  {
    kind: 'noise',
    reason: 'tag list',
    test: phrase(/^(tags|mots[- ]cles|themes|etiquetas|temas|keywords|topics) ?:/),
  },
  {
    kind: 'noise',
    reason: 'newsletter prompt',
    test: phrase(
      /^(sign up|subscribe|inscrivez-vous|abonnez-vous|recevez|suscribete|apuntate|recibe)\b.{0,100}\b(newsletter|infolettre|lettre d'information|boletin|suscribete|subscribe)\b/,
    ),
  },
  { kind: 'noise', reason: 'copyright line', test: isCopyrightLine },
  {
    kind: 'noise',
    reason: 'footer links',
    // The site's legal links between bars: "Rue X, Bruxelles | Mentions légales | Contact".
    test: phrase(
      /(^|[|·•] )(mentions legales|politique de confidentialite|privacy policy|terms of (use|service)|aviso legal|politica de privacidad|qui sommes-nous|quienes somos|about us)( [|·•]|$)/,
    ),
  },
  {
    kind: 'noise',
    reason: 'comment counter',
    // Alone or with the widgets beside it: "12 commentaires | Réagir à cet article", "3 Comments | Share".
    test: phrase(
      /^(\d+ )?(commentaires?|comments?|comentarios?)( ?\(\d+\))?($| [|·•-] .{0,80}$)|^reagir a cet article\b.{0,80}$/,
    ),
  },
  {
    kind: 'noise',
    reason: 'report-image notice',
    test: phrase(/^merci d'avoir signale|^cette image sera (automatiquement )?bloquee/),
  },
  {
    kind: 'noise',
    reason: 'comment form',
    test: phrase(
      /^laisse[rz] un commentaire|^votre adresse (e-mail|email|mail|de messagerie) ne sera pas publiee|^poster (le |un |votre )?commentaire|^champs (requis|obligatoires)|^leave a (comment|reply)|^your email address will not be published|^deja (un|tu) comentario|^tu (direccion de )?correo( electronico)? no sera publicad/,
    ),
  },
  {
    kind: 'noise',
    reason: 'ad marker',
    test: phrase(/^(pub|publicite|advertisement|sponsored|publicidad|anuncio)$/),
  },
  {
    kind: 'noise',
    reason: 'share widget',
    test: phrase(
      // With its heading, or the networks' names alone ("facebook").
      /^(((partager|share|compartir)( (sur|on|en|this( article)?|el articulo|la noticia))?|spread the love) ?:?)?(( [|/·•-])? ?(facebook|twitter|x|whatsapp|linkedin|telegram|messenger|youtube|instagram|tiktok|e-?mail|imprimer|print|imprimir))*$/,
    ),
  },
  {
    kind: 'noise',
    reason: 'embedded tweet',
    // The line that ends with its picture link.
    test: ({ text }) => /\bpic\.twitter\.com\/\S*$/u.test(text),
  },
  { kind: 'noise', reason: 'font-size widget', test: phrase(/^a[+-]?$/) },
  {
    kind: 'noise',
    reason: 'reading time',
    test: phrase(READING_TIME),
  },
  {
    kind: 'noise',
    reason: 'link to source',
    test: phrase(/^(cliquez ici|click here|haz clic aqui|pulsa aqui)\b/),
  },
  { kind: 'noise', reason: 'bare URL', test: isBareUrl },
  {
    kind: 'noise',
    reason: 'counter or file name',
    // A view counter ("1381") or an image's file name ("5437685854_d630fceaff_b") left by the page.
    test: ({ text }) => /^\d+$|^[\w-]*\d{5,}[\w-]*$/u.test(text),
  },
  {
    kind: 'caption',
    reason: 'photo credit',
    test: phrase(/(©|credit photo ?:|photo ?:|photo credit ?:|image ?:|foto ?:)[^.]{0,50}$/),
  },
  {
    kind: 'dateline',
    reason: 'publication line',
    test: (line) => /^(publie|mis a jour|modifie)\b/.test(line.folded) && dayMentions(line).length > 0,
  },
  { kind: 'dateline', reason: 'date line', test: isDateLine },
  {
    kind: 'dateline',
    reason: 'timestamp',
    // "21 avril 2026 | 14:32 | Par la rédaction", "April 22, 2026 4:18 PM GMT+1 · Updated 2 hours ago".
    test: (line) =>
      line.text.length <= 100 &&
      /\b\d{1,2}[:h]\d{2}\b/.test(line.text) &&
      (dayMentions(line).length > 0 || /\b(19|20)\d{2}\b/.test(line.text)),
  },
  {
    kind: 'byline',
    reason: 'signature',
    test: (line) =>
      (/^\(?(par|redaction|la redaction|propos recueillis par|redige par|ecrit par|by|written by|por|escrito por|redaccion) /.test(
        line.folded,
      ) &&
        line.text.split(/\s+/).length <= 8 &&
        !line.text.endsWith('.')) ||
      /^(la )?(redaction|redaccion)$/.test(line.folded) ||
      // A wire's credits, however many: "Reporting by A; Writing by B; Editing by C".
      /^\(?((additional )?reporting|writing|editing) by [^.]{0,120}\)?$/.test(line.folded),
  },
  {
    kind: 'noise',
    reason: 'standards line',
    test: phrase(/^our standards ?:|^(nuestros|nos) (principios|criteres|standards)\b/),
  },
  { kind: 'byline', reason: 'author name', test: isPersonName },
  { kind: 'byline', reason: 'byline strip', test: isBylineStrip },
  // "ATS", "EFE" alone on their line: the agency the story comes from.
  { kind: 'byline', reason: 'agency', test: ({ text }) => /^\p{Lu}{2,6}$/u.test(text) },
];

/**
 * A wire dispatch's dateline before its first sentence: one to three capitalised words of place,
 * maybe a date, the agency in brackets and a dash ("MADRID, 30 avril (MAP) - "), or, with no
 * agency, a place in capitals and a day ("LONDON, Oct. 9 - "), which a title or a sentence
 * ("Paris, Rome et Madrid – …") does not look like.
 */
const WIRE_DATELINE =
  /^(?:\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){0,2}(?:, [^()]{1,30})? \([^()]{2,40}\) ?|\p{Lu}[\p{Lu}'.-]*(?: \p{Lu}[\p{Lu}'.-]*){0,2}, [^()\d]{0,20}\d{1,2}[^()\d]{0,12}(?:\d{4})? )[-–—]+ /u;

function lineAt(start: number, text: string): Line {
  return { start, text, folded: foldText(text) };
}

function* nonBlankLines(raw: string): Generator<Line> {
  for (const match of raw.matchAll(/[^\r\n]+/g)) {
    const text = match[0].trim();
    if (text) yield lineAt(match.index + match[0].indexOf(text), text);
  }
}

/** Joins neighbours of one kind and reason, and stretches each region to the next one. */
function coverText(pieces: Region[], length: number): Region[] {
  const regions: Region[] = [];
  for (const piece of pieces) {
    const previous = regions.at(-1);
    if (previous && previous.kind === piece.kind && previous.reason === piece.reason) continue;
    if (previous) previous.end = piece.start;
    regions.push({ ...piece, start: regions.length === 0 ? 0 : piece.start });
  }
  const last = regions.at(-1);
  if (last) last.end = length;
  return regions;
}

/**
 * Splits a saved news page into regions. The first line that is not noise is the title; lines are
 * classified by `LINE_RULES`, except inside a sidebar of other articles, where all is noise.
 */
export function segmentPage(raw: string): Region[] {
  const pieces: Region[] = [];
  let title: string | undefined;
  let inSidebar = false;
  const push = (line: Line, kind: RegionKind, reason?: string) =>
    pieces.push({ kind, start: line.start, end: line.start + line.text.length, ...(reason && { reason }) });
  const copyright = [...nonBlankLines(raw)]
    .filter(isCopyrightLine)
    .map((l) => l.folded)
    .join(' | ');

  for (let line of nonBlankLines(raw)) {
    if (title && line.text.startsWith(title)) {
      // Photo blocks repeat the headline, at times glued to the caption: "…portuaireKarim Tazi reçoit…".
      push(lineAt(line.start, title), 'noise', 'repeated title');
      const rest = line.text.slice(title.length);
      const caption = rest.trimStart();
      if (!caption) continue;
      line = lineAt(line.start + title.length + rest.length - caption.length, caption);
    }
    const dateline = WIRE_DATELINE.exec(line.text)?.[0];
    if (dateline && dateline.length < line.text.length) {
      push(lineAt(line.start, dateline.trimEnd()), 'dateline', 'wire dateline');
      line = lineAt(line.start + dateline.length, line.text.slice(dateline.length));
    }
    if (title === undefined && (isMasthead(line, copyright) || isCapitalsLabel(line))) {
      push(line, 'noise', 'masthead');
      continue;
    }
    const rule = LINE_RULES.find((r) => r.test(line));
    if (rule?.opensSidebar) inSidebar = true;
    if (rule?.kind === 'noise') {
      push(line, 'noise', rule.reason);
    } else if (title === undefined) {
      title = line.text;
      push(line, 'title');
    } else if (inSidebar && !isParagraph(line)) {
      push(line, 'noise', 'sidebar');
    } else {
      inSidebar = false;
      push(line, rule?.kind ?? 'body', rule?.reason);
    }
  }
  return coverText(pieces, raw.length);
}
