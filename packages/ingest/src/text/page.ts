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

/** An author's post, folded, alone on its line or after the name: "Journaliste au service Économie". */
const AUTHOR_POST =
  /^(journaliste|reporter|correspondante?|envoyee? speciale?|redacteur|redactrice|staff writer|correspondent|periodista|redactora?|corresponsal|enviada? especial)\b[^.]{0,60}$/;

/**
 * A byline's facts between bars, one of them a date, a reading time or the author's post: "Nadia
 * Berrada, envoyée spéciale à Rome | 05.02.2026 | 4 min de lecture", "Jane Doe | Staff writer".
 */
function isBylineStrip({ text }: Line): boolean {
  const [author, ...facts] = text.split(/\s[|·•]\s/);
  const isFact = (fact: string) =>
    READING_TIME.test(foldText(fact)) ||
    AUTHOR_POST.test(foldText(fact)) ||
    findDates(fact, null).some((m) => m.text === fact.trim());
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
    'deportes cultura opinion espectaculos tecnologia ultima hora search rechercher recherche buscar ' +
    'diplomatie diplomacy diplomacia migration migrations migracion migraciones immigration ' +
    "connexion connecter s'abonner s'inscrire abonnement login subscribe suscribete suscribirse newsletter"
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

/** Two to four capitalised words, with the particles of names between them: "Laura de la Vega". */
const PERSON_NAME = "\\p{Lu}[\\p{L}'-]+(?: (?:\\p{Lu}[\\p{L}'-]+|de|du|el|al|ben|ibn|la|le|van|von)){1,3}";

/** A name and nothing else, as in a byline under the title. */
function isPersonName({ text }: Line): boolean {
  return text.length <= 40 && new RegExp(`^${PERSON_NAME}$`, 'u').test(text);
}

/**
 * An author's name with the post they write from, the agency in capitals, or the place in brackets:
 * "Nadia Berrada, envoyée spéciale à Rome", "Jane Doe, AFP", "Jane Doe (in Rabat)", "Jane Doe
 * (enviada especial) | Tánger", "Jane Doe in Rabat and John Roe in Berlin". A name and a place
 * after a comma may be a caption.
 */
function isAuthorAndPost({ text }: Line): boolean {
  const post =
    '(?:envoyée? spéciale?|correspondante?|journaliste|reporter|correspondent|staff writer|enviad[oa] especial|corresponsal|periodista|chercheu(?:r|se)|researcher|investigador[a]?)';
  const place = '(?:à|in|en|desde|depuis|from)';
  const from = `${PERSON_NAME} ${place} \\p{Lu}[\\p{L}-]+`;
  return new RegExp(
    `^${PERSON_NAME}(?:, ${post}\\b[^.()]{0,60}|, \\p{Lu}{2,6}| \\(${place} [^.()]{1,40}\\)| \\(${post}\\)(?: [|·] [^.|]{1,30})?)$|^${from}(?: (?:and|et|y) ${from})?$`,
    'u',
  ).test(text);
}

/**
 * The heading of the note on the author, alone or before it: "L'auteure", "À propos de l'auteur —
 * …", "About the author: …", "Sobre la autora: …".
 */
const AUTHOR_HEADING =
  /^(a propos de )?l'auteure?( ?[:—–-] .*)?$|^a propos de l'auteure?\b|^about the author\b|^sobre (el|la) autora?\b|^(el autor|la autora)( ?[:—–-] .*)?$/;

/**
 * The note on the author under the article: a name, then what the author does and where ("Nadia
 * Berrada est journaliste au service politique…", "Jane Doe is a reporter at…", "… es redactora de…").
 */
function isAuthorBio({ text, folded }: Line): boolean {
  if (AUTHOR_HEADING.test(folded)) return true;
  const job =
    '(?:an? |une? )?(?:\\p{L}+ )?(?:journaliste|journalist|reporter|correspondante?|correspondent|rédact(?:eur|rice)|redactora?|periodista|corresponsal|editor|chroniqueu(?:r|se))';
  return new RegExp(
    `^${PERSON_NAME} (?:(?:est|is|es) ${job} (?:au|à|aux|chez|pour|de|du|des|at|for|with|on|covering|en|del)|couvre|covers|cubre) `,
    'u',
  ).test(text);
}

/**
 * A widget's readings on one line, with few words around them: the weather ("Rabat 18°C"), prayer
 * times ("Fajr 05:41"), exchange rates ("EUR/MAD 10,79") and stock indices ("MASI +0,6%").
 */
function isReadingsWidget({ text }: Line): boolean {
  const readings =
    text.match(
      /\b\d{1,2}[:h]\d{2}\b|[+-]?\d+(?:[.,]\d+)?\s?(?:°C?|%)|\b\p{Lu}\p{L}{2,4}\/\p{Lu}\p{L}{2,5}\b/gu,
    ) ?? [];
  return readings.length >= 3 && !text.endsWith('.') && text.split(/\s+/).length <= 4 * readings.length;
}

/**
 * A headline of another article left under the story with no heading above it: a line of a few
 * words that starts with a capital and ends with no mark, as no sentence, quote or caption credit
 * does (a page cut in the middle of a word, "Le nombr", is too short for one). A caption's
 * circumstances after a comma (", jeudi à Rabat", ", on Tuesday") are not a headline's.
 */
function isHeadline({ text }: Line): boolean {
  const words = text.split(/\s+/).length;
  return (
    words >= 4 && words <= 16 && /^\p{Lu}/u.test(text) && /[\p{L}\d]$/u.test(text) && !/, \p{Ll}/u.test(text)
  );
}

/** Article prose: a long line ending a sentence, and not a teaser ("Société - …", a cut "…"). */
function isParagraph({ text }: Line): boolean {
  return text.split(/\s+/).length >= 8 && /[^.]\.[\s»"”)]*$/.test(text) && !/^\p{Lu}\p{L}+ - /u.test(text);
}

/**
 * "© 2026 Atlas Daily. All rights reserved.", "© Atlas Daily 2026", "Teranga Info © 2026 - Reproduction
 * interdite".
 */
const isCopyrightLine = phrase(
  /^(©|\(c\)|copyright) ?(\d{4}|[^.]{0,40} (19|20)\d{2}$)|(all rights reserved|tous droits reserves|todos los derechos reservados)(\.?$| [|·•-] )|^.{0,40}© ?\d{4}|\d{4}.{0,10}(reproduction interdite|aviso legal|all rights reserved)/,
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
const isCapitalsLabel = ({ text }: Line) => {
  // With the site's motto after a mark: "EL VIGÍA DE CEUTA · Diario digital".
  const [label = '', motto] = text.split(/\s[·|–—-]\s/);
  return (
    label.split(/\s+/).length <= 5 &&
    /\p{Lu}{2}/u.test(label) &&
    !/[\p{Ll}\d:]/u.test(label) &&
    (motto === undefined || motto.split(/\s+/).length <= 4)
  );
};

/** The site's motto under its name, before the title: "Le magazine de l'actualité marocaine". */
const isMotto = phrase(
  /^(le|la|l'|the|el|votre|your|tu|su) (\p{L}+ )?(magazine|journal|quotidien|hebdomadaire|mensuel|site|portail|diario|periodico|semanario|revista|newspaper|daily|weekly)\b[^.]{0,50}$/u,
);

/** What a reader's account offers, folded: "Se connecter", "Mon compte", "Log in", "Suscríbete". */
const ACCOUNT =
  /^(se connecter|connexion|mon compte|s'abonner|abonnez-vous\b.*|je m'abonne|log ?in|sign in|my account|subscribe\b.*|iniciar sesion|mi cuenta|suscribete\b.*|edition\b.*|edicion\b.*|edition: .*)$/;

/**
 * The site's offers to its readers: a bar of account links ("Abonnez-vous dès 1 € | Se connecter |
 * Édition arabe"), a paywall's notice ("Article réservé aux abonnés", "You have 2 free articles
 * left"), an edition to read elsewhere ("Consulter notre édition PDF"), "Skip to main content".
 */
function isAccountLine({ folded }: Line): boolean {
  const items = folded.split(/\s+[|·•]\s+/).map((item) => item.replace(/\s*▾$/u, ''));
  return (
    (items.length >= 2 &&
      items.some((item) => ACCOUNT.test(item)) &&
      items.every((i) => i.split(' ').length <= 8)) ||
    /^(article )?reserve aux abonnes$|^(for )?subscribers only$|^(contenido )?exclusivo (para )?suscriptores$|^you have \d+ free articles? left\b|^il vous reste \d+ articles? gratuits?\b|^te quedan? \d+ (articulos|noticias) gratis\b|^consulte[rz] (notre|l') edition\b|^(skip to (main )?content|aller au contenu( principal)?|ir al contenido( principal)?)$/.test(
      folded,
    )
  );
}

/**
 * A reader's comment: their name and when they wrote ("Karim_S · il y a 2 heures : …", "Nadia B. —
 * 16/10/2025 à 09h14 : …"), or their handle alone ("Karim_B: Good news…", "Lina M.: Let's hope…").
 */
function isReaderComment({ text, folded }: Line): boolean {
  return (
    /^[^\s:]{2,20}( [^\s:]{1,3})? [·—–-] (il y a \d+ \w+|hace \d+ \w+|\d+ (hours?|minutes?|days?) ago|\d{1,2}\/\d{1,2}\/\d{4}( a \d{1,2}[h:]\d{2})?) ?: /.test(
      folded,
    ) || /^(\p{L}+_\w+|\p{Lu}\p{Ll}+ \p{Lu}\.) ?: \S/u.test(text)
  );
}

/** The path of sections over an article: "Société > Migration", "Emploi / International". */
function isBreadcrumb({ text }: Line): boolean {
  const items = text.replace(/^(vous êtes ici|you are here|estás en) ?: /iu, '').split(/\s+[>»›/]\s+/);
  return items.length >= 2 && items.every((item) => /^\p{Lu}/u.test(item) && item.split(/\s+/).length <= 3);
}

/** Headings of lists of other articles, folded, in the three languages. */
const OTHER_ARTICLES =
  'derniers? articles?|(les )?(articles? )?les plus (lus?|consultes|partages|commentes)|voir plus|(les )?(articles|tags|sujets) en relation|articles? similaires|sur le meme (sujet|theme)|(a )?(lire|voir) (aussi|egalement)|(read|see) also|also read|(lea|lee|ver) tambien|related|dans la meme rubrique|related (articles?|stories|news|content|posts|coverage)|(articles?|contenus?) en lien|(the )?most (read|popular|viewed|shared|commented)|latest (news|articles|stories)|read more|more (news|stories)|you (may|might) also like|recommended( for you)?|noticias relacionadas|(articulos|temas|contenidos) relacionados|lo mas (leido|visto|compartido|comentado)|(tambien )?te puede interesar|mas noticias|ultimas noticias|a la une|articles? lies|ailleurs sur le web|vous aimerez (aussi|egalement)|vous pourriez (aussi |egalement )?aimer|trending( now)?|tendances|tendencias|contenus? sponsorises|sponsored (content|stories)|contenido patrocinado|le fil (info|d.actu)|flash( info)?|en (direct|directo|continu)|breaking( news)?|ultima hora|more from [^.]{1,40}|top stories|editor.s picks|popular( now)?|(les )?plus populaires|(nos|les) lecteurs ont (aussi |egalement )?lu( aussi)?|actualites liees|dernieres (infos|informations|actualites)|pour aller plus loin|en lien avec cet article|a decouvrir( aussi)?|keep reading|te recomendamos|mas informacion|lo ultimo|otras noticias|contenidos? relacionados?|notre selection|nuestra seleccion|our (selection|picks)|a ne pas manquer|no te lo pierdas|further reading|pour plus d.informations?|for more information|contacts? (pour la )?presse|press contacts?|contactos? de prensa';

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
    // A heading with one headline after it on its line: "À lire aussi : …", "LIRE AUSSI >> …", "Related: …".
    test: phrase(new RegExp(`^(${OTHER_ARTICLES})( ?[:>»|]| [-–—] )`)),
  },
  {
    kind: 'noise',
    reason: 'video link',
    // Another story's video or podcast between paragraphs: "VIDÉO - …", "VIDÉO. …", "Watch: …", "VÍDEO | …".
    test: phrase(/^(videos?|en video|watch|regardez|podcast|audio|diaporama|en images) ?[|:.–—-] /),
  },
  {
    kind: 'noise',
    reason: 'cookie banner',
    test: phrase(
      /\bcookies?\b.*\b(accept|consent|acept|agree|navigation|navega|parametr|preferences|settings|configur)|\b(accept|consent|acept)\w*\b.*\bcookies?\b/,
    ),
  },
  {
    kind: 'noise',
    reason: 'consent buttons',
    // "[Tout accepter]  [Continuer sans accepter]  [Paramétrer]".
    test: ({ text }) => /^\[[^\]]+\](\s+\[[^\]]+\])+$/u.test(text),
  },
  { kind: 'noise', reason: 'account bar', test: isAccountLine },
  {
    kind: 'noise',
    reason: 'link to another article',
    // An arrow opens a link in a list: "→ Réadmissions : …", "► …".
    test: ({ text }) => /^[→►▸➜]\s/u.test(text),
  },
  { kind: 'noise', reason: 'reader comment', test: isReaderComment },
  {
    kind: 'noise',
    reason: 'references',
    // A note's sources and how to cite it: "[1] Déclaration de Rabat, 2006.", "Pour citer cette note : …".
    test: ({ text, folded }) =>
      /^\[\d+\] /.test(text) || /^(pour citer|to cite|para citar|citation) /.test(folded),
  },
  {
    kind: 'noise',
    reason: 'official site banner',
    test: phrase(
      /^(une communication officielle|un site (web )?officiel|an official (website|communication)|un sitio web oficial|una comunicacion oficial) (de|of) (l'union europeenne|the european union|la union europea)/,
    ),
  },
  {
    kind: 'noise',
    reason: 'app prompt',
    test: phrase(
      /\b(app store|google play)\b|^(telechargez|download|get|descarga|descargue|installez|instala)\b.{0,60}\b(app|appli|application|aplicacion)\b/,
    ),
  },
  { kind: 'noise', reason: 'widget', test: isReadingsWidget },
  { kind: 'noise', reason: 'author bio', test: isAuthorBio },
  {
    kind: 'noise',
    reason: 'tag list',
    // With its heading ("Mots-clés : …", "Tags" alone over the cloud), or hashtags alone.
    test: (line) =>
      /^(tags|mots[- ]cles|themes|etiquetas|temas|keywords|topics|archivado en) ?:|^(tags|mots[- ]cles|etiquetas|keywords)$/.test(
        line.folded,
      ) || /^#\S+(\s+#\S+)*$/u.test(line.text),
  },
  {
    kind: 'noise',
    reason: 'newsletter prompt',
    test: phrase(
      /^(sign up|subscribe|inscrivez-vous|abonnez-vous|recevez|suscribete|apuntate|recibe)\b.{0,100}\b(newsletter|infolettre|lettre d'information|boletin|suscribete|subscribe|boite (mail|e-mail|de reception)|inbox|(tu|su) correo)\b|^vous avez aime cet article\b|\b(newsletter|infolettre|boletin)\b.{0,80}\b(s'inscrire|je m'inscris|sign up|subscribe|suscribete|inscribete)$/,
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
      /^[^\p{L}\d]*(\d+ )?(commentaires?|comments?|comentarios?)( ?\(\d+\))?($| [|·•—–-]( .{0,80})?$)|^reagir a cet article\b.{0,80}$/u,
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
      /^laisse[rz] un commentaire|^votre adresse (e-mail|email|mail|de messagerie) ne sera pas publiee|^poster (le |un |votre )?commentaire|^champs (requis|obligatoires)|^leave a (comment|reply)|^your email address will not be published|^deja (un|tu) comentario|^tu (direccion de )?correo( electronico)? no sera publicad|^reagissez a cet article|^pour (reagir|commenter),? (vous devez|connectez|identifiez)|^(votre|your|tu) (nom|pseudo|commentaire|name|comment|nombre|comentario)\b.{0,20}$|^(post comment|envoyer|publier|enviar)$|^soyez le premier a (commenter|reagir)|^(repondre|reply|responder|signaler( un abus)?)$|^((show|load|see) more comments|(voir|afficher) plus de commentaires|ver mas comentarios)\b|^be the first to comment|^se el primero en comentar/,
    ),
  },
  {
    kind: 'noise',
    reason: 'ad marker',
    test: phrase(
      /^(pub|publicite|advertisement|sponsored|publicidad|anuncio)$|^(story continues below|la suite apres la publicite|continua despues de la publicidad)/,
    ),
  },
  {
    kind: 'noise',
    reason: 'share widget',
    test: phrase(
      // With its heading ("Partager :", "Suivez-nous :"), or the networks' names alone ("facebook").
      /^(((partager|share|compartir)( (sur|on|en|this( article)?|cet article|el articulo|la noticia))?|spread the love|suivez-nous|follow us|siguenos) ?:?)?(( [|/·•-])? ?(facebook|twitter|x|whatsapp|linkedin|telegram|messenger|youtube|instagram|tiktok|e-?mail|imprimer|print|imprimir))*$/,
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
      /^\(?((additional )?reporting|writing|editing) by [^.]{0,120}\)?$|^\((informacion|redaccion|edicion|reportage|redaction) de [^.]{0,120}\)$/.test(
        line.folded,
      ),
  },
  {
    kind: 'noise',
    reason: 'standards line',
    test: phrase(/^our standards ?:|^(nuestros|nos) (principios|criteres|standards)\b/),
  },
  {
    kind: 'byline',
    reason: 'author role',
    // The line under the author's name: "Journaliste au service Économie", "Staff writer".
    test: phrase(AUTHOR_POST),
  },
  { kind: 'byline', reason: 'author name', test: isPersonName },
  { kind: 'byline', reason: 'author and post', test: isAuthorAndPost },
  { kind: 'byline', reason: 'byline strip', test: isBylineStrip },
  // The agency the story comes from: "ATS", "AFP/EFE", "(MAP)", "Avec AFP", "Source : MAP", "Le Site (avec MAP)".
  {
    kind: 'byline',
    reason: 'agency',
    test: ({ text }) =>
      /^(?:\(?(?:(?:[Aa]vec|[Ww]ith|[Cc]on|[Ss]ource ?:|[Ff]uente ?:) )?|[^.]{1,30} \((?:avec|with|con) )\p{Lu}{2,6}(?:[/,] ?\p{Lu}{2,6})*\)?$/u.test(
        text,
      ),
  },
];

/**
 * A wire dispatch's dateline before its first sentence: one to three capitalised words of place,
 * maybe a date, the agency in brackets and a dash ("MADRID, 30 avril (MAP) - "), or, with no
 * agency, a place in capitals and a day ("LONDON, Oct. 9 - "), which a title or a sentence
 * ("Paris, Rome et Madrid – …") does not look like.
 */
const WIRE_DATELINE =
  /^(?:\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){0,2}(?:, [^()]{1,30})? \((?!\d+\))[^()]{2,40}\) ?|\p{Lu}[\p{Lu}'.-]*(?: \p{Lu}[\p{Lu}'.-]*){0,2}, [^()\d]{0,20}\d{1,2}[^()\d]{0,12}(?:\d{4})? )[-–—]+ /u;

function lineAt(start: number, text: string): Line {
  return { start, text, folded: foldText(text) };
}

function* nonBlankLines(raw: string): Generator<Line> {
  for (const match of raw.matchAll(/[^\r\n]+/g)) {
    const text = match[0].trim();
    if (text) yield lineAt(match.index + match[0].indexOf(text), text);
  }
}

/**
 * A date, or a byline that says it is one ("Par …", "By …", "Jane Doe | Staff writer"), is not the
 * title even over it; a bare name may be a short headline in title case ("Bourita Meets Albares").
 */
const isNeverTitle = (rule: LineRule | undefined) =>
  rule?.kind === 'dateline' || (rule?.kind === 'byline' && rule.reason !== 'author name');

/** What comes under a title: a byline, a dateline, a caption or the first paragraph. */
function opensStory(line: Line | undefined): boolean {
  const kind = line && LINE_RULES.find((r) => r.test(line))?.kind;
  return !line || kind === 'byline' || kind === 'dateline' || kind === 'caption' || isParagraph(line);
}

/**
 * A headline alone between the story's last paragraph and the noise after it (a list, a bio, the
 * footer) is another article's, left there with no heading: it is made noise.
 */
function dropHeadlineAfterStory(pieces: Region[], raw: string): void {
  const lineOf = (piece: Region) => lineAt(piece.start, raw.slice(piece.start, piece.end));
  const last = pieces.findLastIndex((p) => p.kind === 'body' && isParagraph(lineOf(p)));
  if (last < 0) return;
  const after = pieces.slice(last + 1);
  const noise = after.findIndex((p) => p.kind === 'noise');
  const body = (noise < 0 ? after : after.slice(0, noise)).filter((p) => p.kind === 'body');
  const [only] = body;
  if (body.length === 1 && only && !only.reason && isHeadline(lineOf(only))) {
    only.kind = 'noise';
    only.reason = 'headline after the story';
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
 * classified by `LINE_RULES`, except inside a sidebar of other articles, where all is noise, and a
 * headline left after the story.
 */
export function segmentPage(raw: string): Region[] {
  const pieces: Region[] = [];
  let title: string | undefined;
  let inSidebar = false;
  // The line under the heading of the note on the author is the note.
  let authorNote = false;
  const push = (line: Line, kind: RegionKind, reason?: string) =>
    pieces.push({ kind, start: line.start, end: line.start + line.text.length, ...(reason && { reason }) });
  const lines = [...nonBlankLines(raw)];
  const copyright = lines
    .filter(isCopyrightLine)
    .map((l) => l.folded)
    .join(' | ');

  for (const [i, pageLine] of lines.entries()) {
    let line = pageLine;
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
    if (title === undefined && (isMasthead(line, copyright) || isCapitalsLabel(line) || isMotto(line))) {
      push(line, 'noise', 'masthead');
      continue;
    }
    const rule = LINE_RULES.find((r) => r.test(line));
    if (rule?.opensSidebar) inSidebar = true;
    if (authorNote) {
      authorNote = false;
      push(line, 'noise', 'author bio');
    } else if (rule?.kind === 'noise') {
      authorNote =
        rule.reason === 'author bio' && AUTHOR_HEADING.test(line.folded) && !/[:—–-] /.test(line.folded);
      push(line, 'noise', rule.reason);
    } else if (inSidebar && !isParagraph(line) && (title !== undefined || !opensStory(lines[i + 1]))) {
      // Before the title, a list of headlines runs to the one the story opens under.
      push(line, 'noise', 'sidebar');
    } else if (title === undefined && !isNeverTitle(rule)) {
      inSidebar = false;
      title = line.text;
      push(line, 'title');
    } else {
      inSidebar = false;
      push(line, rule?.kind ?? 'body', rule?.reason);
    }
  }
  dropHeadlineAfterStory(pieces, raw);
  return coverText(pieces, raw.length);
}
