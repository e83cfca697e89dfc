import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentPage } from './page.js';
import type { Region, RegionKind } from './region.js';

/** Each region as "kind (reason): text", its text trimmed, to compare whole segmentations. */
const described = (raw: string) =>
  segmentPage(raw).map(
    (r) => `${r.kind}${r.reason ? ` (${r.reason})` : ''}: ${raw.slice(r.start, r.end).trim()}`,
  );

const page = (...lines: string[]) => lines.join('\n');

/** Regions must run from 0 to the end of the text, each starting where the one before ends. */
function expectToCover(regions: Region[], length: number) {
  expect(regions.filter((r, i) => r.start !== (i === 0 ? 0 : regions[i - 1]?.end))).toEqual([]);
  expect(regions.at(-1)?.end).toBe(length);
}

describe('segmentPage', () => {
  it('finds the title, byline, header widgets and a caption glued to the repeated title', () => {
    const raw = page(
      'Rabat et Madrid relancent leur dialogue portuaire',
      '',
      'Nadia Berrada',
      'Temps de lecture :',
      '',
      'Rabat et Madrid relancent leur dialogue portuaireKarim Tazi accueille son homologue à Tanger © MAP',
      'A',
      'A',
      '',
      'Le ministre de l’Équipement a reçu lundi à Tanger son homologue espagnol pour une séance de travail.',
    );
    expect(described(raw)).toEqual([
      'title: Rabat et Madrid relancent leur dialogue portuaire',
      'byline (author name): Nadia Berrada',
      'noise (reading time): Temps de lecture :',
      'noise (repeated title): Rabat et Madrid relancent leur dialogue portuaire',
      'caption (photo credit): Karim Tazi accueille son homologue à Tanger © MAP',
      'noise (font-size widget): A\nA',
      'body: Le ministre de l’Équipement a reçu lundi à Tanger son homologue espagnol pour une séance de travail.',
    ]);
  });

  it("makes noise of a site's menu before the title, in any of the three languages", () => {
    const raw = page(
      'Accueil Politique Économie Monde Sport',
      'Menu',
      'Home | World | Business',
      'Rabat et Lisbonne signent un accord portuaire',
      'Le ministre de l’Équipement a signé lundi à Lisbonne un accord avec son homologue portugais.',
    );
    expect(described(raw)).toEqual([
      'noise (site menu): Accueil Politique Économie Monde Sport\nMenu\nHome | World | Business',
      'title: Rabat et Lisbonne signent un accord portuaire',
      'body: Le ministre de l’Équipement a signé lundi à Lisbonne un accord avec son homologue portugais.',
    ]);
  });

  it("cuts a wire dispatch's dateline off its first sentence", () => {
    const raw = page(
      'Accord portuaire entre Rabat et Lisbonne',
      'LISBONNE, 3 mars (Agence Test) - Les deux ministres ont signé lundi un accord portuaire.',
      'RABAT (Agence Test) – Le texte entre en vigueur en mai.',
      'LISBON, March 4 - The text comes into force in May.',
      'Paris, Rome et Madrid - trois capitales ont signé le 4 mars.',
    );
    expect(described(raw)).toEqual([
      'title: Accord portuaire entre Rabat et Lisbonne',
      'dateline (wire dateline): LISBONNE, 3 mars (Agence Test) -',
      'body: Les deux ministres ont signé lundi un accord portuaire.',
      'dateline (wire dateline): RABAT (Agence Test) –',
      'body: Le texte entre en vigueur en mai.',
      'dateline (wire dateline): LISBON, March 4 -',
      'body: The text comes into force in May.\nParis, Rome et Madrid - trois capitales ont signé le 4 mars.',
    ]);
  });

  it('makes noise of one-line related links, tags, newsletter prompts, copyright lines and counters', () => {
    const raw = page(
      'Port deal between Rabat and Lisbon',
      'The two ministers signed a port agreement in Lisbon on Monday, their ministries said.',
      'Related: Ferry prices rise for the summer',
      'Te puede interesar: Nueva línea de tren en Andalucía',
      'Tags : ports, Lisbonne, Rabat',
      'Sign up for our daily ports newsletter',
      'Partager : Facebook Twitter WhatsApp',
      'Reporting by Ana Lima; Writing by Rui Sousa; Editing by John Roe',
      'Our Standards: The Test Wire Trust Principles.',
      '© 2026 Test Wire. All rights reserved.',
      'Comentarios (4)',
    );
    expect(described(raw)).toEqual([
      'title: Port deal between Rabat and Lisbon',
      'body: The two ministers signed a port agreement in Lisbon on Monday, their ministries said.',
      'noise (read-also link): Related: Ferry prices rise for the summer\nTe puede interesar: Nueva línea de tren en Andalucía',
      'noise (tag list): Tags : ports, Lisbonne, Rabat',
      'noise (newsletter prompt): Sign up for our daily ports newsletter',
      'noise (share widget): Partager : Facebook Twitter WhatsApp',
      'byline (signature): Reporting by Ana Lima; Writing by Rui Sousa; Editing by John Roe',
      'noise (standards line): Our Standards: The Test Wire Trust Principles.',
      'noise (copyright line): © 2026 Test Wire. All rights reserved.',
      'noise (comment counter): Comentarios (4)',
    ]);
  });

  it('makes noise of a masthead, menus between bars, headline tickers and copyright lines; timestamps are datelines', () => {
    const raw = page(
      'Le Courrier du Port',
      'Accueil | Région | Ports | Pêche | Sports | Agenda',
      'Deux ministres signent un accord portuaire',
      '21 mars 2026 | 14:32 | Par la rédaction',
      'March 21, 2026 4:18 PM GMT+1 · Updated 2 hours ago',
      'Les deux ministres ont signé lundi un accord portuaire à Lisbonne, ont indiqué leurs services.',
      'À la une : Le tramway arrive au port',
      'Flash : Les prix du poisson en baisse',
      'Le Courrier du Port © 2026 - Reproduction interdite',
    );
    expect(described(raw)).toEqual([
      'noise (masthead): Le Courrier du Port',
      'noise (site menu): Accueil | Région | Ports | Pêche | Sports | Agenda',
      'title: Deux ministres signent un accord portuaire',
      'dateline (timestamp): 21 mars 2026 | 14:32 | Par la rédaction\nMarch 21, 2026 4:18 PM GMT+1 · Updated 2 hours ago',
      'body: Les deux ministres ont signé lundi un accord portuaire à Lisbonne, ont indiqué leurs services.',
      'noise (read-also link): À la une : Le tramway arrive au port\nFlash : Les prix du poisson en baisse',
      'noise (copyright line): Le Courrier du Port © 2026 - Reproduction interdite',
    ]);
  });

  it('makes noise of a masthead or section in capitals, a breadcrumb and a list of linked articles; an agency alone is a byline', () => {
    const raw = page(
      "L'ÉCHO DU PORT",
      'Région > Ports',
      'PÊCHE',
      'Deux ministres signent un accord portuaire',
      'APP',
      'Les deux ministres ont signé lundi un accord portuaire à Lisbonne, ont indiqué leurs services.',
      'Articles en lien',
      '› Le tramway arrive au port',
      'Related coverage',
      '- Ferry prices rise for the summer',
    );
    expect(described(raw)).toEqual([
      "noise (masthead): L'ÉCHO DU PORT",
      'noise (breadcrumb): Région > Ports',
      'noise (masthead): PÊCHE',
      'title: Deux ministres signent un accord portuaire',
      'byline (agency): APP',
      'body: Les deux ministres ont signé lundi un accord portuaire à Lisbonne, ont indiqué leurs services.',
      'noise (sidebar header): Articles en lien',
      'noise (sidebar): › Le tramway arrive au port',
      'noise (sidebar header): Related coverage',
      'noise (sidebar): - Ferry prices rise for the summer',
    ]);
  });

  it('finds datelines and bylines before or after the body', () => {
    const raw = page(
      'Un nouveau cap pour la coopération portuaire',
      'Publié : 5 février 2025 à 09h12 par La rédaction',
      'Les deux ministres ont signé mardi une feuille de route commune à Tanger.',
      'Un calendrier partagé',
      'Une seconde réunion se tiendra à Madrid au premier trimestre 2025.',
      'Le 12/11/2024',
      'Rédaction de l’Agence du Détroit',
      'Par ailleurs, les syndicats du port ont salué cette annonce.',
    );
    expect(described(raw)).toEqual([
      'title: Un nouveau cap pour la coopération portuaire',
      'dateline (publication line): Publié : 5 février 2025 à 09h12 par La rédaction',
      'body: Les deux ministres ont signé mardi une feuille de route commune à Tanger.\nUn calendrier partagé\nUne seconde réunion se tiendra à Madrid au premier trimestre 2025.',
      'dateline (date line): Le 12/11/2024',
      'byline (signature): Rédaction de l’Agence du Détroit',
      'body: Par ailleurs, les syndicats du port ont salué cette annonce.',
    ]);
  });

  it('makes noise of a ticker of headlines, a report-image notice and a source link', () => {
    const raw = page(
      'Tanger : le port bat un record.    Météo : des pluies attendues ce samedi    Bourse : une semaine en hausse    Football : le derby reporté    Culture : le festival revient du 15 au 20 mai',
      'Merci d’avoir signalé!',
      'Cette image sera automatiquement bloquée.',
      'Adoption d’un plan portuaire commun',
      'Publié dans Le Courrier du Détroit le 14 - 01 - 2021',
      'Les ministres ont adopté, lundi à Tanger, un plan portuaire commun pour les cinq prochaines années.',
      '',
      'Cliquez ici pour lire l’article depuis sa source.',
    );
    expect(described(raw)).toEqual([
      expect.stringMatching(/^noise \(headline ticker\): Tanger/),
      'noise (report-image notice): Merci d’avoir signalé!\nCette image sera automatiquement bloquée.',
      'title: Adoption d’un plan portuaire commun',
      'dateline (publication line): Publié dans Le Courrier du Détroit le 14 - 01 - 2021',
      'body: Les ministres ont adopté, lundi à Tanger, un plan portuaire commun pour les cinq prochaines années.',
      'noise (link to source): Cliquez ici pour lire l’article depuis sa source.',
    ]);
  });

  it('makes noise of headlines between marks and a section path with a slash; a byline strip between bars is a byline', () => {
    const raw = page(
      'Ports : un trafic record -- Pêche : la saison rouverte -- Change : le dirham stable',
      'Économie / Régions',
      'Le port de Tanger accueille une délégation',
      'Salma Idrissi, envoyée spéciale à Tanger | 12.03.2026 | 3 min de lecture',
      'Une délégation portugaise a visité mardi le port de Tanger pour étudier ses nouveaux quais.',
    );
    expect(described(raw)).toEqual([
      'noise (headline ticker): Ports : un trafic record -- Pêche : la saison rouverte -- Change : le dirham stable',
      'noise (breadcrumb): Économie / Régions',
      'title: Le port de Tanger accueille une délégation',
      'byline (byline strip): Salma Idrissi, envoyée spéciale à Tanger | 12.03.2026 | 3 min de lecture',
      'body: Une délégation portugaise a visité mardi le port de Tanger pour étudier ses nouveaux quais.',
    ]);
  });

  it('makes noise of the widgets, links and counters around an article, alone or between bars', () => {
    const raw = page(
      'facebook',
      'instagram',
      'Vous êtes ici : Accueil > Régions',
      'Un nouveau quai pour le port de Nador',
      'Rédigé par Salma Idrissi Mardi 10 Mars 2026',
      '4821',
      '7345512096_a81bc0ffee_b',
      'Le ministre de l’Équipement a inauguré mardi à Nador un quai réservé aux ferries.',
      'lire aussi',
      'Nador : la saison estivale se prépare',
      'Les travaux ont duré deux ans et employé plus de trois cents ouvriers de la région.',
      'Rédaction',
      '5 commentaires | Réagir à cet article',
      'Partager : Facebook | X | WhatsApp',
      'Recibe cada tarde las noticias de tu comarca en tu correo. Suscríbete',
      '© Le Courrier du Rif 2026 - Tous droits réservés | Contact',
      '12, rue des Pins, Nador | Mentions légales | Politique de confidentialité',
    );
    expect(described(raw)).toEqual([
      'noise (share widget): facebook\ninstagram',
      'noise (breadcrumb): Vous êtes ici : Accueil > Régions',
      'title: Un nouveau quai pour le port de Nador',
      'byline (signature): Rédigé par Salma Idrissi Mardi 10 Mars 2026',
      'noise (counter or file name): 4821\n7345512096_a81bc0ffee_b',
      'body: Le ministre de l’Équipement a inauguré mardi à Nador un quai réservé aux ferries.',
      'noise (sidebar header): lire aussi',
      'noise (sidebar): Nador : la saison estivale se prépare',
      'body: Les travaux ont duré deux ans et employé plus de trois cents ouvriers de la région.',
      'byline (signature): Rédaction',
      'noise (comment counter): 5 commentaires | Réagir à cet article',
      'noise (share widget): Partager : Facebook | X | WhatsApp',
      'noise (newsletter prompt): Recibe cada tarde las noticias de tu comarca en tu correo. Suscríbete',
      'noise (copyright line): © Le Courrier du Rif 2026 - Tous droits réservés | Contact',
      'noise (footer links): 12, rue des Pins, Nador | Mentions légales | Politique de confidentialité',
    ]);
  });

  it('makes noise of read-also links, sidebars of other articles, ads and comment forms', () => {
    const raw = page(
      'Le port de Tanger signe avec Algésiras',
      'Les deux ports ont signé un accord de jumelage lors d’une cérémonie à Tanger.',
      'Lire aussi : Tanger Med : un trafic record en 2024',
      'Les premiers échanges de personnel commenceront au printemps prochain.',
      '',
      'Derniers articles',
      'Port de Safi : les travaux avancent',
      '',
      'Économie - Le chantier du nouveau quai entre dans sa dernière phase selon l’agence portuaire.',
      '',
      'Youssef Alami - 12 mars 2025',
      'Voir plus',
      'Les articles en relation',
      'Pêche : une saison prometteuse à Dakhla',
      'Les armateurs de Dakhla attendent une saison record grâce à des stocks en nette hausse depuis ...',
      'www.exemple-port.ma https://exemple.com/article',
      'pub',
      'Laisser un commentaire',
      'Votre adresse e-mail ne sera pas publiée.',
      'Poster commentaire',
    );
    expect(described(raw)).toEqual([
      'title: Le port de Tanger signe avec Algésiras',
      'body: Les deux ports ont signé un accord de jumelage lors d’une cérémonie à Tanger.',
      'noise (read-also link): Lire aussi : Tanger Med : un trafic record en 2024',
      'body: Les premiers échanges de personnel commenceront au printemps prochain.',
      'noise (sidebar header): Derniers articles',
      expect.stringMatching(/^noise \(sidebar\): Port de Safi.*Youssef Alami - 12 mars 2025$/s),
      'noise (sidebar header): Voir plus\nLes articles en relation',
      expect.stringMatching(/^noise \(sidebar\): Pêche.*depuis \.\.\.$/s),
      'noise (bare URL): www.exemple-port.ma https://exemple.com/article',
      'noise (ad marker): pub',
      expect.stringMatching(/^noise \(comment form\): Laisser.*Poster commentaire$/s),
    ]);
  });

  it('makes noise of the same widgets and sidebars on English and Spanish pages', () => {
    const raw = page(
      'Two ports agree to share their pilots',
      'By Jane Porter',
      '4 min read',
      'The port authorities of Tangier and Algeciras agreed on Monday to share their harbour pilots.',
      'Read also: Tangier Med breaks its record again',
      'Share this article',
      'Related stories',
      'Port of Safi: the works go on',
      'Leave a comment',
      'Dos puertos comparten sus prácticos',
      'Por Juan Puerto',
      'Las autoridades portuarias firmaron el lunes un acuerdo para compartir sus prácticos en el estrecho.',
      'Foto: Autoridad Portuaria',
      'Publicidad',
      'Noticias relacionadas',
      'El puerto de Huelva amplía su muelle',
    );
    expect(described(raw)).toEqual([
      'title: Two ports agree to share their pilots',
      'byline (signature): By Jane Porter',
      'noise (reading time): 4 min read',
      'body: The port authorities of Tangier and Algeciras agreed on Monday to share their harbour pilots.',
      'noise (read-also link): Read also: Tangier Med breaks its record again',
      'noise (share widget): Share this article',
      'noise (sidebar header): Related stories',
      'noise (sidebar): Port of Safi: the works go on',
      'noise (comment form): Leave a comment',
      'noise (sidebar): Dos puertos comparten sus prácticos\nPor Juan Puerto',
      'body: Las autoridades portuarias firmaron el lunes un acuerdo para compartir sus prácticos en el estrecho.',
      'caption (photo credit): Foto: Autoridad Portuaria',
      'noise (ad marker): Publicidad',
      'noise (sidebar header): Noticias relacionadas',
      'noise (sidebar): El puerto de Huelva amplía su muelle',
    ]);
  });

  it('ends a sidebar where article prose resumes', () => {
    const raw = page(
      'Le port de Tanger signe avec Algésiras',
      'À lire aussi',
      'Port de Safi : les travaux avancent',
      'Les deux ports ont signé un accord de jumelage lors d’une cérémonie à Tanger.',
    );
    expect(described(raw).slice(-2)).toEqual([
      'noise (sidebar): Port de Safi : les travaux avancent',
      'body: Les deux ports ont signé un accord de jumelage lors d’une cérémonie à Tanger.',
    ]);
  });

  it('reads "Lee también" and "Read also" alone on their line as the heading of a list of articles', () => {
    const raw = page(
      'Dos puertos comparten sus prácticos',
      'Las autoridades portuarias firmaron el lunes un acuerdo para compartir sus prácticos en el estrecho.',
      'Lee también',
      '› El puerto de Huelva amplía su muelle',
      'Read also',
      '› Tangier Med breaks its record again',
    );
    expect(described(raw).slice(-4)).toEqual([
      'noise (sidebar header): Lee también',
      'noise (sidebar): › El puerto de Huelva amplía su muelle',
      'noise (sidebar header): Read also',
      'noise (sidebar): › Tangier Med breaks its record again',
    ]);
  });

  it("leaves out an embedded tweet's picture-link line and a share widget", () => {
    const raw = page(
      'Two ports agree to share their pilots',
      'Spread the love',
      'The port authorities of Tangier and Algeciras agreed on Monday to share their harbour pilots.',
      'Our pilots now work both sides of the strait pic.twitter.com/AbCd1234',
      'The agreement takes effect in April.',
    );
    expect(described(raw)).toEqual([
      'title: Two ports agree to share their pilots',
      'noise (share widget): Spread the love',
      'body: The port authorities of Tangier and Algeciras agreed on Monday to share their harbour pilots.',
      'noise (embedded tweet): Our pilots now work both sides of the strait pic.twitter.com/AbCd1234',
      'body: The agreement takes effect in April.',
    ]);
  });

  it('makes noise of a cookie banner, an app prompt, widgets and a front-page list over the title', () => {
    const raw = page(
      'Ce site utilise des cookies pour mesurer son audience. En poursuivant votre navigation, vous les acceptez.',
      "Téléchargez l'application du Courrier de l'Oriental sur Google Play",
      'LE COURRIER DE L’ORIENTAL',
      'Oujda 21°C   Nador 19°C   Berkane 20°C',
      'Fajr 05:12 | Dohr 13:30 | Asr 16:55',
      'EUR/MAD 10,80   USD/MAD 9,95   MASI +0,2%',
      'À la une',
      'Le train de Nador rouvre après trois mois de travaux',
      'La foire agricole de Berkane accueille cent exposants',
      'Régions',
      'La ligne ferroviaire Oujda-Nador sera doublée d’ici 2028',
      'Par Salma Idrissi',
      'Le ministre du Transport a présenté mardi à Oujda le projet de doublement de la ligne.',
    );
    expect(described(raw)).toEqual([
      'noise (cookie banner): Ce site utilise des cookies pour mesurer son audience. En poursuivant votre navigation, vous les acceptez.',
      "noise (app prompt): Téléchargez l'application du Courrier de l'Oriental sur Google Play",
      'noise (masthead): LE COURRIER DE L’ORIENTAL',
      'noise (widget): Oujda 21°C   Nador 19°C   Berkane 20°C\nFajr 05:12 | Dohr 13:30 | Asr 16:55\nEUR/MAD 10,80   USD/MAD 9,95   MASI +0,2%',
      'noise (sidebar header): À la une',
      'noise (sidebar): Le train de Nador rouvre après trois mois de travaux\nLa foire agricole de Berkane accueille cent exposants',
      'noise (site menu): Régions',
      'title: La ligne ferroviaire Oujda-Nador sera doublée d’ici 2028',
      'byline (signature): Par Salma Idrissi',
      'body: Le ministre du Transport a présenté mardi à Oujda le projet de doublement de la ligne.',
    ]);
  });

  it('makes noise of account bars, paywall notices, consent buttons, a motto and arrow links', () => {
    const raw = page(
      'Aller au contenu principal',
      '[Tout accepter]  [Refuser]  [Personnaliser]',
      'Abonnez-vous pour 2 € le premier mois | Se connecter | Édition du soir',
      'LA VIGIE DU RIF · Quotidien régional',
      'Le journal de toute la côte méditerranéenne',
      'Article réservé aux abonnés',
      'Le port de Nador rouvre son terminal passagers',
      'Par Salma Idrissi',
      'Le ministre du Transport a inauguré mardi à Nador le nouveau terminal du port de la ville.',
      'Notre sélection',
      '→ Oujda : la foire agricole accueille cent exposants',
      'Vous avez aimé cet article ? Recevez notre lettre Régions chaque lundi. S’inscrire',
      'Commentaires (12) — Réservé aux abonnés',
    );
    expect(described(raw)).toEqual([
      'noise (account bar): Aller au contenu principal',
      'noise (consent buttons): [Tout accepter]  [Refuser]  [Personnaliser]',
      'noise (account bar): Abonnez-vous pour 2 € le premier mois | Se connecter | Édition du soir',
      'noise (masthead): LA VIGIE DU RIF · Quotidien régional\nLe journal de toute la côte méditerranéenne',
      'noise (account bar): Article réservé aux abonnés',
      'title: Le port de Nador rouvre son terminal passagers',
      'byline (signature): Par Salma Idrissi',
      'body: Le ministre du Transport a inauguré mardi à Nador le nouveau terminal du port de la ville.',
      'noise (sidebar header): Notre sélection',
      'noise (link to another article): → Oujda : la foire agricole accueille cent exposants',
      'noise (newsletter prompt): Vous avez aimé cet article ? Recevez notre lettre Régions chaque lundi. S’inscrire',
      'noise (comment counter): Commentaires (12) — Réservé aux abonnés',
    ]);
  });

  it('makes noise of readers’ comments, the note on the author and bylines that say where authors write from', () => {
    const raw = page(
      'Ferry line between Tangier and Algeciras doubles its crossings',
      'Sara Lind in Tangier and Pablo Ruiz in Algeciras',
      'The two port authorities agreed on Monday to double the number of daily crossings this summer.',
      '💬 8 comments — Join the conversation',
      'Yassine_T · 3 hours ago : Finally some good news for travellers.',
      'Reply',
      'L’auteure',
      'Sara Lind couvre les ports et le transport maritime pour le journal depuis 2021.',
      'Sobre el autor: Pablo Ruiz escribe sobre el Estrecho desde Algeciras.',
    );
    expect(described(raw)).toEqual([
      'title: Ferry line between Tangier and Algeciras doubles its crossings',
      'byline (author and post): Sara Lind in Tangier and Pablo Ruiz in Algeciras',
      'body: The two port authorities agreed on Monday to double the number of daily crossings this summer.',
      'noise (comment counter): 💬 8 comments — Join the conversation',
      'noise (reader comment): Yassine_T · 3 hours ago : Finally some good news for travellers.',
      'noise (comment form): Reply',
      'noise (author bio): L’auteure\nSara Lind couvre les ports et le transport maritime pour le journal depuis 2021.\nSobre el autor: Pablo Ruiz escribe sobre el Estrecho desde Algeciras.',
    ]);
  });

  it('makes noise of a banner of official sites, a note’s references and handles of readers', () => {
    const raw = page(
      'An official website of the European Union | How do you know?',
      'This site uses cookies to measure traffic. Read our Privacy Policy. [I agree] [Settings]',
      'Brussels and Rabat open a mobility office for students',
      'Nadia Amrani, chercheuse associée, programme Méditerranée et mobilités',
      'The Commission and Morocco opened on Monday in Rabat an office that guides students to European universities.',
      '[1] Déclaration sur la mobilité des étudiants, Rabat, mars 2019.',
      'Pour citer cette note : N. Amrani, « Étudier en Europe », Note n° 12, 2026.',
      'Omar_T: About time, the waiting lists were endless.',
      'Sara K.: My cousin waited a whole year for her visa.',
      'Show more comments | Leave a comment',
      'Nadia Amrani couvre les politiques migratoires pour le centre depuis 2020.',
      '(Información de Nadia Amrani; edición de Pablo Ruiz)',
      'Pour plus d’informations',
      'Déclaration commune sur la mobilité des étudiants',
    );
    expect(described(raw)).toEqual([
      'noise (official site banner): An official website of the European Union | How do you know?',
      'noise (cookie banner): This site uses cookies to measure traffic. Read our Privacy Policy. [I agree] [Settings]',
      'title: Brussels and Rabat open a mobility office for students',
      'byline (author and post): Nadia Amrani, chercheuse associée, programme Méditerranée et mobilités',
      'body: The Commission and Morocco opened on Monday in Rabat an office that guides students to European universities.',
      'noise (references): [1] Déclaration sur la mobilité des étudiants, Rabat, mars 2019.\nPour citer cette note : N. Amrani, « Étudier en Europe », Note n° 12, 2026.',
      'noise (reader comment): Omar_T: About time, the waiting lists were endless.\nSara K.: My cousin waited a whole year for her visa.',
      'noise (comment form): Show more comments | Leave a comment',
      'noise (author bio): Nadia Amrani couvre les politiques migratoires pour le centre depuis 2020.',
      'byline (signature): (Información de Nadia Amrani; edición de Pablo Ruiz)',
      'noise (sidebar header): Pour plus d’informations',
      'noise (sidebar): Déclaration commune sur la mobilité des étudiants',
    ]);
  });

  it('keeps a date over the title out of it, and finds headings of other articles with or without a mark', () => {
    const raw = page(
      "Se connecter | S'abonner",
      'Mardi 12 mai 2026',
      'Related',
      'Le port de Nador accueille un nouveau ferry',
      'Régions',
      'La ligne ferroviaire Oujda-Nador sera doublée',
      'Publié le 12 mai 2026',
      'Le ministre du Transport a présenté mardi à Oujda le projet de doublement de la ligne.',
      'LIRE AUSSI >> La gare de Taourirt rouvre ses portes',
      'Lea también',
      'El tren de Tánger bate su récord de viajeros',
      'Les travaux commenceront à l’automne et dureront trois ans selon l’office des chemins de fer.',
      'VIDÉO. Le premier train arrive à Nador',
    );
    expect(described(raw)).toEqual([
      "noise (site menu): Se connecter | S'abonner",
      'dateline (date line): Mardi 12 mai 2026',
      'noise (sidebar header): Related',
      'noise (sidebar): Le port de Nador accueille un nouveau ferry',
      'noise (site menu): Régions',
      'title: La ligne ferroviaire Oujda-Nador sera doublée',
      'dateline (publication line): Publié le 12 mai 2026',
      'body: Le ministre du Transport a présenté mardi à Oujda le projet de doublement de la ligne.',
      'noise (read-also link): LIRE AUSSI >> La gare de Taourirt rouvre ses portes',
      'noise (sidebar header): Lea también',
      'noise (sidebar): El tren de Tánger bate su récord de viajeros',
      'body: Les travaux commenceront à l’automne et dureront trois ans selon l’office des chemins de fer.',
      'noise (video link): VIDÉO. Le premier train arrive à Nador',
    ]);
    // A short headline in title case reads like a name, but it is still the first line of the story.
    expect(
      described(page('Oujda Gets Faster Trains', 'By Tom Baker', 'The line will be doubled by 2028.')),
    ).toEqual([
      'title: Oujda Gets Faster Trains',
      'byline (signature): By Tom Baker',
      'body: The line will be doubled by 2028.',
    ]);
  });

  it("makes noise of video links, the author's bio and the prompts, tags and footer under the story", () => {
    const raw = page(
      'La ligne ferroviaire Oujda-Nador sera doublée',
      'Salma Idrissi',
      'Journaliste au service Régions',
      'Le ministre du Transport a présenté mardi à Oujda le projet de doublement de la ligne.',
      'VIDÉO - Le ministre inaugure la gare de Taourirt le 4 mai',
      'Watch: the first train reaches Nador (1:32)',
      'Les travaux commenceront à l’automne et dureront trois ans selon l’office des chemins de fer.',
      'Salma Idrissi est journaliste au service Régions du Courrier, où elle suit les transports.',
      'Tom Baker is a reporter at the Northern Herald covering railways.',
      'Tags',
      '#Oujda #Nador #Rail',
      'Réagissez à cet article',
      'Votre nom',
      'Envoyer',
      'Recevez chaque soir les nouvelles de la région dans votre boîte mail',
      'Suivez-nous : Facebook | X',
      '© Le Courrier de l’Oriental 2026',
    );
    expect(described(raw)).toEqual([
      'title: La ligne ferroviaire Oujda-Nador sera doublée',
      'byline (author name): Salma Idrissi',
      'byline (author role): Journaliste au service Régions',
      'body: Le ministre du Transport a présenté mardi à Oujda le projet de doublement de la ligne.',
      'noise (video link): VIDÉO - Le ministre inaugure la gare de Taourirt le 4 mai\nWatch: the first train reaches Nador (1:32)',
      'body: Les travaux commenceront à l’automne et dureront trois ans selon l’office des chemins de fer.',
      'noise (author bio): Salma Idrissi est journaliste au service Régions du Courrier, où elle suit les transports.\nTom Baker is a reporter at the Northern Herald covering railways.',
      'noise (tag list): Tags\n#Oujda #Nador #Rail',
      'noise (comment form): Réagissez à cet article\nVotre nom\nEnvoyer',
      'noise (newsletter prompt): Recevez chaque soir les nouvelles de la région dans votre boîte mail',
      'noise (share widget): Suivez-nous : Facebook | X',
      'noise (copyright line): © Le Courrier de l’Oriental 2026',
    ]);
  });

  it("finds an author's post and an agency in their bylines, and the lists and prompts of other pages", () => {
    const raw = page(
      'La ligne ferroviaire Oujda-Nador sera doublée',
      'Salma Idrissi, envoyée spéciale à Nador',
      'Tom Baker (in Oujda)',
      'Tom Baker, AFP',
      'Avec MAP',
      'Le Courrier (avec AFP)',
      'AFP/EFE',
      'Le ministre du Transport a présenté mardi à Oujda le projet de doublement de la ligne.',
      'Yassine Tazi, à Nador le 3 mai',
      'Soyez le premier à commenter',
      'Articles les plus consultés',
      'Le maire de Nador inaugure la nouvelle corniche',
      'Contenus sponsorisés',
      'Cinq destinations pour un printemps au soleil',
    );
    expect(described(raw)).toEqual([
      'title: La ligne ferroviaire Oujda-Nador sera doublée',
      'byline (author and post): Salma Idrissi, envoyée spéciale à Nador\nTom Baker (in Oujda)\nTom Baker, AFP',
      'byline (author name): Avec MAP',
      'byline (agency): Le Courrier (avec AFP)\nAFP/EFE',
      // A name and a place after a comma may be a caption: it stays in the story.
      'body: Le ministre du Transport a présenté mardi à Oujda le projet de doublement de la ligne.\nYassine Tazi, à Nador le 3 mai',
      'noise (comment form): Soyez le premier à commenter',
      'noise (sidebar header): Articles les plus consultés',
      'noise (sidebar): Le maire de Nador inaugure la nouvelle corniche',
      'noise (sidebar header): Contenus sponsorisés',
      'noise (sidebar): Cinq destinations pour un printemps au soleil',
    ]);
  });

  it('knows more headings of lists of other articles, in the three languages', () => {
    const story = [
      'La ligne ferroviaire Oujda-Nador sera doublée',
      'Tom Baker | Staff writer',
      'Le ministre du Transport a présenté mardi à Oujda le projet de doublement de la ligne.',
    ];
    for (const heading of [
      'Vous pourriez aussi aimer',
      'Nos lecteurs ont lu aussi',
      'Pour aller plus loin',
      'More from the Northern Herald',
      "Editor's picks",
      'Más información',
      'Otras noticias',
    ]) {
      expect(described(page(...story, heading, 'Le port de Nador accueille un nouveau ferry'))).toEqual([
        'title: La ligne ferroviaire Oujda-Nador sera doublée',
        'byline (byline strip): Tom Baker | Staff writer',
        'body: Le ministre du Transport a présenté mardi à Oujda le projet de doublement de la ligne.',
        `noise (sidebar header): ${heading}`,
        'noise (sidebar): Le port de Nador accueille un nouveau ferry',
      ]);
    }
    expect(
      described(page(...story, 'Story continues below advertisement', 'Archivado en: Tren, Nador')).slice(-2),
    ).toEqual([
      'noise (ad marker): Story continues below advertisement',
      'noise (tag list): Archivado en: Tren, Nador',
    ]);
  });

  it('makes noise of a lone headline between the last paragraph and the noise under the story', () => {
    const story = [
      'La ligne ferroviaire Oujda-Nador sera doublée',
      'Le ministre du Transport a présenté mardi à Oujda le projet de doublement de la ligne.',
    ];
    expect(described(page(...story, 'La foire de Berkane attend cent exposants', 'Les plus lus'))).toEqual([
      'title: La ligne ferroviaire Oujda-Nador sera doublée',
      'body: Le ministre du Transport a présenté mardi à Oujda le projet de doublement de la ligne.',
      'noise (headline after the story): La foire de Berkane attend cent exposants',
      'noise (sidebar header): Les plus lus',
    ]);
    // Not a caption that ends a sentence, a page cut off in a word, nor the items of a list.
    for (const tail of [
      ['Le ministre à la gare de Taourirt, mardi.'],
      ['Le nombr'],
      ['Doubler la voie unique', 'Électrifier la ligne jusqu’à Nador'],
    ]) {
      expect(described(page(...story, ...tail)).at(-1)).toMatch(/^body: /);
    }
  });

  it('covers the whole text, in order and without gaps', () => {
    const raw =
      '\n\n  Un titre\r\n\r\nUne phrase du corps de l’article, assez longue pour compter.\r\npub\r\n\n';
    const regions = segmentPage(raw);
    expect(regions.map((r) => r.kind)).toEqual(['title', 'body', 'noise']);
    expectToCover(regions, raw.length);
    expect(segmentPage('')).toEqual([]);
  });
});

describe('the corpus pages', () => {
  const corpus = new URL('../../../../../shared/corpus/', import.meta.url);
  const article = (prefix: string) => {
    const name = readdirSync(corpus).find((f) => f.startsWith(prefix));
    return readFileSync(new URL(name ?? prefix, corpus), 'utf8');
  };

  /** The kind of the region holding the first character of each non-blank line, by line number. */
  const kindsByLine = (raw: string, regions: Region[]) => {
    const kinds = new Map<number, RegionKind | undefined>();
    let offset = 0;
    raw.split('\n').forEach((line, i) => {
      const first = offset + line.search(/\S/);
      if (first >= offset) kinds.set(i + 1, regions.find((r) => r.start <= first && first < r.end)?.kind);
      offset += line.length + 1;
    });
    return kinds;
  };

  /** Expected kinds as inclusive ranges of line numbers; together they name every non-blank line. */
  const expected: Record<string, Partial<Record<RegionKind, Array<[number, number]>>>> = {
    '000': { title: [[1, 1]], body: [[2, 6]] },
    '001': {
      title: [[1, 1]],
      body: [
        [2, 2],
        [4, 19],
      ],
      dateline: [[3, 3]],
    },
    '002': {
      title: [[1, 1]],
      byline: [[3, 3]],
      // Line 6 starts with the repeated title (its caption is checked below).
      noise: [
        [4, 12],
        [24, 24],
        [30, 99],
      ],
      body: [
        [14, 22],
        [26, 28],
      ],
    },
    '003': {
      noise: [
        [1, 10],
        [28, 28],
      ],
      title: [[14, 14]],
      dateline: [[15, 15]],
      body: [[17, 25]],
    },
    '004': { title: [[1, 1]], body: [[3, 9]], dateline: [[10, 10]], byline: [[11, 11]], noise: [[12, 50]] },
  };

  for (const [prefix, ranges] of Object.entries(expected)) {
    it(`gives each line of ${prefix} its kind, and covers the page`, () => {
      const raw = article(prefix);
      const regions = segmentPage(raw);
      expectToCover(regions, raw.length);

      const actual = kindsByLine(raw, regions);
      const wanted = new Map<number, RegionKind>();
      for (const [kind, spans] of Object.entries(ranges) as Array<[RegionKind, Array<[number, number]>]>) {
        for (const [from, to] of spans) {
          for (let line = from; line <= to; line++) if (actual.has(line)) wanted.set(line, kind);
        }
      }
      expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(wanted));
    });
  }

  it('splits the caption of 002 from the title glued before it', () => {
    const raw = article('002');
    const lines = raw.split('\n');
    const title = lines[0]?.trim() ?? '';
    const captionLine = raw.indexOf(lines[5] ?? '');
    const regions = segmentPage(raw);
    const caption = regions.find((r) => r.kind === 'caption');
    expect(caption?.start).toBe(captionLine + title.length);
    const repeated = regions.find((r) => r.reason === 'repeated title');
    expect(repeated && raw.slice(repeated.start, repeated.end)).toBe(title);
  });
});
