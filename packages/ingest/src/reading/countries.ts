import { foldText } from '@diplograph/schema';

/**
 * The countries the corpus speaks of, with the names and adjectives each language writes for them,
 * their capitals and main cities. Ids are the curated graph's (`morocco`, `france`), so that
 * reading links to the curated nodes; other countries enter the graph as machine-read Country
 * nodes under the same ids. One declaration per country (`country(...)`
 * below); the inflected forms and the look-ups are derived.
 */
export interface CountryForms {
  id: string;
  /** Names in French, English and Spanish, fullest first: the first is the node's name. */
  names: string[];
  /** Adjectives and demonyms of every gender and number, in the three languages. */
  adjectives: string[];
  /** Forms that name the country only as written, capitals and all: "UK", "EAU", "RDC". */
  acronyms: string[];
  /**
   * Names that are also a first name or a common word ("Chad", "Jordan", "Georgia"): they name
   * the country only where a model tags them as a place, never in a scan of the text.
   */
  homonyms: string[];
  /** The capital, as the three languages write it (French, English, Spanish): "Paris a décidé" speaks for France. */
  capitals: string[];
  /** Other cities, islands and regions the corpus names, each in all its forms. */
  places: string[];
}

/** "marocain" → its genders and numbers; "turc/turque/turcs/turques" lists irregular forms. */
function frenchForms(m: string): string[] {
  if (m.includes('/')) return m.split('/');
  if (m.endsWith('e')) return [m, `${m}s`];
  if (/[sx]$/.test(m)) return [m, `${m}e`, `${m}es`];
  if (m.endsWith('en')) return [m, `${m}ne`, `${m}s`, `${m}nes`];
  return [m, `${m}e`, `${m}s`, `${m}es`];
}

const UNSTRESSED: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };

/** "español" → "española, españoles, españolas"; "neerlandés" → "neerlandesa…"; "belga" → "belgas". */
function spanishForms(m: string): string[] {
  if (m.includes('/')) return m.split('/');
  if (m.endsWith('o')) return [m, `${m.slice(0, -1)}a`, `${m}s`, `${m.slice(0, -1)}as`];
  if (/[ae]$/.test(m)) return [m, `${m}s`];
  if (/[íú]$/.test(m)) return [m, `${m}es`];
  const plain = m.replace(/[áéíóú](?=[ns]$)/u, (v) => UNSTRESSED[v] ?? v);
  return [m, `${plain}a`, `${plain}es`, `${plain}as`];
}

/** "Moroccan" → "Moroccans"; "French", "Swiss", "Chinese" have no plural of their own. */
const englishForms = (a: string) => (/(ese|sh|ch|ss)$/.test(a) ? [a] : [a, `${a}s`]);

const forms = (list: string) => (list ? list.split('|') : []);

/**
 * One country: its names in French, English and Spanish ("a|b" for several, fullest first), the
 * masculine singular of its adjectives in each ("a|b"; "a/b/c" for irregular forms, all listed),
 * its capital ("Paris", or "Lisbonne|Lisbon|Lisboa") and, optionally, main places, homonyms,
 * acronyms and the prefixes of compound adjectives ("franco-marocain").
 */
function country(
  id: string,
  fr: string,
  en: string,
  es: string,
  adjectives: [fr: string, en: string, es: string],
  capital: string,
  more: { places?: string[]; homonyms?: string; acronyms?: string; prefixes?: string } = {},
): CountryForms {
  const capitals = forms(capital);
  return {
    id,
    names: [...forms(fr), ...forms(en), ...forms(es)],
    adjectives: [
      ...forms(adjectives[0]).flatMap(frenchForms),
      ...forms(adjectives[1]).flatMap(englishForms),
      ...forms(adjectives[2]).flatMap(spanishForms),
      ...forms(more.prefixes ?? ''),
    ],
    acronyms: forms(more.acronyms ?? ''),
    homonyms: forms(more.homonyms ?? ''),
    capitals: capitals.length === 1 ? [capitals[0] ?? '', capitals[0] ?? '', capitals[0] ?? ''] : capitals,
    places: (more.places ?? []).flatMap(forms),
  };
}

export const COUNTRIES: CountryForms[] = [
  // The Maghreb and Morocco's neighbours.
  country(
    'morocco',
    'Maroc|Royaume du Maroc|Royaume chérifien',
    'Morocco|Kingdom of Morocco',
    'Marruecos|Reino de Marruecos',
    ['marocain|chérifien', 'Moroccan', 'marroquí'],
    'Rabat',
    {
      places: [
        'Casablanca',
        'Tanger|Tangier|Tánger',
        'Fès|Fez',
        'Marrakech|Marrakesh|Marraquech',
        'Oujda|Uxda',
        'Laâyoune|Laayoune|El Aaiún',
        'Dakhla|Dajla',
        'Agadir',
        'Tétouan|Tetouan|Tetuán',
        'Nador',
        'Meknès|Meknes|Mequinez',
        'Kénitra|Kenitra',
        'Al Hoceima|Alhucemas',
        'Salé',
        'Guelmim',
        'Tarfaya',
        'Fnideq|Castillejos',
        'Larache',
        'Béni Mellal|Beni Mellal',
        'Khouribga',
        'El Jadida',
        'Safi',
        'Essaouira',
        'Ouarzazate',
        'Errachidia',
        'Berkane',
        'Taza',
        'Settat',
        'Ifrane',
        'Chefchaouen',
        'Zagora',
        'Tiznit',
        'Taroudant',
        'Boujdour',
        'Smara',
      ],
      prefixes: 'maroco',
    },
  ),
  country(
    'algeria',
    'Algérie',
    'Algeria',
    'Argelia',
    ['algérien', 'Algerian', 'argelino'],
    'Alger|Algiers|Argel',
    { places: ['Oran|Orán', 'Constantine', 'Tlemcen'], prefixes: 'algéro' },
  ),
  country(
    'tunisia',
    'Tunisie',
    'Tunisia',
    'Túnez',
    ['tunisien', 'Tunisian', 'tunecino'],
    'Tunis|Tunis|Túnez',
    { places: ['Sfax', 'Sousse'], prefixes: 'tuniso' },
  ),
  country('libya', 'Libye', 'Libya', 'Libia', ['libyen', 'Libyan', 'libio'], 'Tripoli|Tripoli|Trípoli', {
    places: ['Benghazi|Bengasi'],
  }),
  country(
    'mauritania',
    'Mauritanie',
    'Mauritania',
    'Mauritania',
    ['mauritanien', 'Mauritanian', 'mauritano'],
    'Nouakchott',
    { places: ['Nouadhibou|Nuadibú'] },
  ),
  country(
    'egypt',
    'Égypte',
    'Egypt',
    'Egipto',
    ['égyptien', 'Egyptian', 'egipcio'],
    'Le Caire|Cairo|El Cairo',
    { places: ['Alexandrie|Alexandria|Alejandría'] },
  ),
  // Europe.
  country(
    'spain',
    'Espagne|Royaume d’Espagne',
    'Spain|Kingdom of Spain',
    'España|Reino de España',
    ['espagnol', 'Spanish', 'español'],
    'Madrid',
    {
      places: [
        'Barcelone|Barcelona',
        'Séville|Seville|Sevilla',
        'Ceuta|Sebta',
        'Melilla|Mellilia',
        'Algésiras|Algeciras',
        'Canaries|îles Canaries|Canary Islands|Canarias|islas Canarias',
        'Las Palmas',
        'Tenerife',
        'Lanzarote',
        'Fuerteventura',
        'Gran Canaria',
        'Cadix|Cadiz|Cádiz',
        'Almería|Almeria|Almérie',
        'Huelva',
        'Malaga|Málaga',
        'Tarifa',
        'Motril',
        'Murcie|Murcia',
        'Bilbao',
        'Saragosse|Zaragoza',
        'Andalousie|Andalusia|Andalucía',
        'Catalogne|Catalonia|Cataluña',
        'Baléares|Balearic Islands|Baleares',
      ],
      prefixes: 'hispano',
    },
  ),
  country(
    'france',
    'France|République française',
    'France|French Republic',
    'Francia',
    ['français', 'French', 'francés'],
    'Paris|Paris|París',
    {
      places: [
        'Marseille|Marseilles|Marsella',
        'Lyon|Lyons|Lyon',
        'Toulouse',
        'Bordeaux|Bordeaux|Burdeos',
        'Lille',
        'Strasbourg|Strasbourg|Estrasburgo',
        'Calais',
        'Montpellier',
        'Perpignan|Perpiñán',
        'Nantes',
        'Corse|Corsica|Córcega',
      ],
      prefixes: 'franco',
    },
  ),
  country(
    'portugal',
    'Portugal',
    'Portugal',
    'Portugal',
    ['portugais', 'Portuguese', 'portugués'],
    'Lisbonne|Lisbon|Lisboa',
    { places: ['Porto|Porto|Oporto', 'Algarve', 'Faro'], prefixes: 'luso' },
  ),
  country('italy', 'Italie', 'Italy', 'Italia', ['italien', 'Italian', 'italiano'], 'Rome|Rome|Roma', {
    places: [
      'Milan|Milan|Milán',
      'Naples|Naples|Nápoles',
      'Palerme|Palermo',
      'Sicile|Sicily|Sicilia',
      'Lampedusa',
      'Sardaigne|Sardinia|Cerdeña',
      'Turin|Turin|Turín',
      'Gênes|Genoa|Génova',
      'Calabre|Calabria',
    ],
    prefixes: 'italo',
  }),
  country(
    'germany',
    'Allemagne',
    'Germany',
    'Alemania',
    ['allemand', 'German', 'alemán'],
    'Berlin|Berlin|Berlín',
    {
      places: [
        'Munich|Munich|Múnich',
        'Francfort|Frankfurt|Fráncfort',
        'Hambourg|Hamburg|Hamburgo',
        'Cologne|Cologne|Colonia',
        'Düsseldorf|Dusseldorf',
      ],
      prefixes: 'germano',
    },
  ),
  country(
    'belgium',
    'Belgique',
    'Belgium',
    'Bélgica',
    ['belge', 'Belgian', 'belga'],
    'Bruxelles|Brussels|Bruselas',
    { places: ['Anvers|Antwerp|Amberes', 'Liège|Liege|Lieja', 'Gand|Ghent|Gante'], prefixes: 'belgo' },
  ),
  country(
    'netherlands',
    'Pays-Bas|Hollande',
    'Netherlands|Holland',
    'Países Bajos|Holanda',
    ['néerlandais|hollandais', 'Dutch', 'neerlandés|holandés'],
    'Amsterdam|Amsterdam|Ámsterdam',
    { places: ['La Haye|The Hague|La Haya', 'Rotterdam|Rotterdam|Róterdam'] },
  ),
  country(
    'luxembourg',
    'Luxembourg',
    'Luxembourg',
    'Luxemburgo',
    ['luxembourgeois', 'Luxembourgish', 'luxemburgués'],
    'Luxembourg|Luxembourg|Luxemburgo',
  ),
  country(
    'united-kingdom',
    'Royaume-Uni|Grande-Bretagne|Angleterre',
    'United Kingdom|Great Britain|Britain|England',
    'Reino Unido|Gran Bretaña|Inglaterra',
    ['britannique|anglais', 'British|Briton', 'británico|inglés'],
    'Londres|London|Londres',
    {
      places: ['Manchester', 'Birmingham', 'Douvres|Dover|Dóver', 'Écosse|Scotland|Escocia'],
      acronyms: 'UK|U.K.',
    },
  ),
  country(
    'ireland',
    'Irlande',
    'Ireland',
    'Irlanda',
    ['irlandais', 'Irish', 'irlandés'],
    'Dublin|Dublin|Dublín',
  ),
  country(
    'switzerland',
    'Suisse|Confédération suisse',
    'Switzerland',
    'Suiza',
    ['suisse', 'Swiss', 'suizo'],
    'Berne|Bern|Berna',
    { places: ['Genève|Geneva|Ginebra', 'Zurich|Zurich|Zúrich', 'Lausanne|Lausana'], prefixes: 'helvético' },
  ),
  country(
    'austria',
    'Autriche',
    'Austria',
    'Austria',
    ['autrichien', 'Austrian', 'austriaco'],
    'Vienne|Vienna|Viena',
  ),
  country(
    'greece',
    'Grèce',
    'Greece',
    'Grecia',
    ['grec/grecque/grecs/grecques', 'Greek', 'griego'],
    'Athènes|Athens|Atenas',
    { places: ['Lesbos', 'Crète|Crete|Creta', 'Thessalonique|Thessaloniki|Salónica'] },
  ),
  country(
    'cyprus',
    'Chypre',
    'Cyprus',
    'Chipre',
    ['chypriote', 'Cypriot', 'chipriota'],
    'Nicosie|Nicosia|Nicosia',
  ),
  country(
    'malta',
    'Malte',
    'Malta',
    'Malta',
    ['maltais', 'Maltese', 'maltés'],
    'La Valette|Valletta|La Valeta',
  ),
  country(
    'denmark',
    'Danemark',
    'Denmark',
    'Dinamarca',
    ['danois', 'Danish|Dane', 'danés'],
    'Copenhague|Copenhagen|Copenhague',
  ),
  country(
    'sweden',
    'Suède',
    'Sweden',
    'Suecia',
    ['suédois', 'Swedish', 'sueco'],
    'Stockholm|Stockholm|Estocolmo',
  ),
  country('norway', 'Norvège', 'Norway', 'Noruega', ['norvégien', 'Norwegian', 'noruego'], 'Oslo'),
  country('finland', 'Finlande', 'Finland', 'Finlandia', ['finlandais', 'Finnish', 'finlandés'], 'Helsinki'),
  country(
    'iceland',
    'Islande',
    'Iceland',
    'Islandia',
    ['islandais', 'Icelandic|Icelander', 'islandés'],
    'Reykjavik|Reykjavik|Reikiavik',
  ),
  country(
    'estonia',
    'Estonie',
    'Estonia',
    'Estonia',
    ['estonien', 'Estonian', 'estonio'],
    'Tallinn|Tallinn|Tallin',
  ),
  country(
    'latvia',
    'Lettonie',
    'Latvia',
    'Letonia',
    ['letton/lettonne/lettons/lettonnes', 'Latvian', 'letón/letona/letones/letonas'],
    'Riga',
  ),
  country(
    'lithuania',
    'Lituanie',
    'Lithuania',
    'Lituania',
    ['lituanien', 'Lithuanian', 'lituano'],
    'Vilnius',
  ),
  country(
    'poland',
    'Pologne',
    'Poland',
    'Polonia',
    ['polonais', 'Polish', 'polaco'],
    'Varsovie|Warsaw|Varsovia',
    { prefixes: 'polono' },
  ),
  country(
    'czechia',
    'Tchéquie|République tchèque',
    'Czechia|Czech Republic',
    'Chequia|República Checa',
    ['tchèque', 'Czech', 'checo'],
    'Prague|Prague|Praga',
  ),
  country(
    'slovakia',
    'Slovaquie',
    'Slovakia',
    'Eslovaquia',
    ['slovaque', 'Slovak|Slovakian', 'eslovaco'],
    'Bratislava',
  ),
  country('hungary', 'Hongrie', 'Hungary', 'Hungría', ['hongrois', 'Hungarian', 'húngaro'], 'Budapest'),
  country(
    'slovenia',
    'Slovénie',
    'Slovenia',
    'Eslovenia',
    ['slovène', 'Slovenian|Slovene', 'esloveno'],
    'Ljubljana|Ljubljana|Liubliana',
  ),
  country('croatia', 'Croatie', 'Croatia', 'Croacia', ['croate', 'Croatian', 'croata'], 'Zagreb'),
  country(
    'bosnia-and-herzegovina',
    'Bosnie-Herzégovine|Bosnie',
    'Bosnia and Herzegovina|Bosnia',
    'Bosnia y Herzegovina|Bosnia',
    ['bosnien|bosniaque', 'Bosnian', 'bosnio'],
    'Sarajevo',
  ),
  country(
    'serbia',
    'Serbie',
    'Serbia',
    'Serbia',
    ['serbe', 'Serbian', 'serbio'],
    'Belgrade|Belgrade|Belgrado',
  ),
  country(
    'montenegro',
    'Monténégro',
    'Montenegro',
    'Montenegro',
    ['monténégrin', 'Montenegrin', 'montenegrino'],
    'Podgorica',
  ),
  country(
    'kosovo',
    'Kosovo',
    'Kosovo',
    'Kosovo',
    ['kosovar', 'Kosovar', 'kosovar/kosovares'],
    'Pristina|Pristina|Pristina',
  ),
  country('albania', 'Albanie', 'Albania', 'Albania', ['albanais', 'Albanian', 'albanés'], 'Tirana'),
  country(
    'north-macedonia',
    'Macédoine du Nord|Macédoine',
    'North Macedonia|Macedonia',
    'Macedonia del Norte|Macedonia',
    ['macédonien', 'Macedonian', 'macedonio'],
    'Skopje',
  ),
  country(
    'bulgaria',
    'Bulgarie',
    'Bulgaria',
    'Bulgaria',
    ['bulgare', 'Bulgarian', 'búlgaro'],
    'Sofia|Sofia|Sofía',
  ),
  country(
    'romania',
    'Roumanie',
    'Romania',
    'Rumanía|Rumania',
    ['roumain', 'Romanian', 'rumano'],
    'Bucarest|Bucharest|Bucarest',
  ),
  country(
    'moldova',
    'Moldavie',
    'Moldova',
    'Moldavia',
    ['moldave', 'Moldovan', 'moldavo'],
    'Chisinau|Chișinău|Chisináu',
  ),
  country(
    'ukraine',
    'Ukraine',
    'Ukraine',
    'Ucrania',
    ['ukrainien', 'Ukrainian', 'ucraniano'],
    'Kiev|Kyiv|Kiev',
    { places: ['Kyiv'] },
  ),
  country(
    'belarus',
    'Biélorussie|Bélarus',
    'Belarus',
    'Bielorrusia',
    ['biélorusse', 'Belarusian', 'bielorruso'],
    'Minsk',
  ),
  country(
    'russia',
    'Russie|Fédération de Russie',
    'Russia|Russian Federation',
    'Rusia|Federación de Rusia',
    ['russe', 'Russian', 'ruso'],
    'Moscou|Moscow|Moscú',
    { places: ['Saint-Pétersbourg|Saint Petersburg|San Petersburgo'], prefixes: 'russo' },
  ),
  country(
    'andorra',
    'Andorre',
    'Andorra',
    'Andorra',
    ['andorran', 'Andorran', 'andorrano'],
    'Andorre-la-Vieille|Andorra la Vella|Andorra la Vieja',
  ),
  country(
    'monaco',
    'Monaco',
    'Monaco',
    'Mónaco',
    ['monégasque', 'Monegasque', 'monegasco'],
    'Monaco|Monaco|Mónaco',
  ),
  country(
    'liechtenstein',
    'Liechtenstein',
    'Liechtenstein',
    'Liechtenstein',
    ['liechtensteinois', 'Liechtensteiner', 'liechtensteiniano'],
    'Vaduz',
  ),
  country(
    'san-marino',
    'Saint-Marin',
    'San Marino',
    'San Marino',
    ['saint-marinais', 'Sammarinese', 'sanmarinense'],
    'Saint-Marin|San Marino|San Marino',
  ),
  country(
    'vatican',
    'Vatican|Saint-Siège',
    'Vatican|Holy See',
    'Vaticano|Santa Sede',
    ['vatican', 'Vatican', 'vaticano'],
    'Cité du Vatican|Vatican City|Ciudad del Vaticano',
  ),
  country(
    'turkey',
    'Turquie',
    'Turkey|Türkiye',
    'Turquía',
    ['turc/turque/turcs/turques', 'Turkish|Turk', 'turco'],
    'Ankara',
    { places: ['Istanbul|Istanbul|Estambul', 'Izmir|Izmir|Esmirna'], prefixes: 'turco' },
  ),
  country('georgia', 'Géorgie', '', '', ['géorgien', '', 'georgiano'], 'Tbilissi|Tbilisi|Tiflis', {
    homonyms: 'Georgia',
  }),
  country(
    'armenia',
    'Arménie',
    'Armenia',
    'Armenia',
    ['arménien', 'Armenian', 'armenio'],
    'Erevan|Yerevan|Ereván',
  ),
  country(
    'azerbaijan',
    'Azerbaïdjan',
    'Azerbaijan',
    'Azerbaiyán',
    ['azerbaïdjanais|azéri', 'Azerbaijani|Azeri', 'azerbaiyano|azerí'],
    'Bakou|Baku|Bakú',
  ),
  // The Middle East.
  country(
    'israel',
    'Israël',
    'Israel',
    'Israel',
    ['israélien', 'Israeli', 'israelí'],
    'Jérusalem|Jerusalem|Jerusalén',
    { places: ['Tel-Aviv|Tel Aviv|Tel Aviv'] },
  ),
  country(
    'palestine',
    'Palestine|État de Palestine',
    'Palestine|State of Palestine',
    'Palestina|Estado de Palestina',
    ['palestinien', 'Palestinian', 'palestino'],
    'Ramallah|Ramallah|Ramala',
    { places: ['Gaza', 'Cisjordanie|West Bank|Cisjordania'] },
  ),
  country(
    'lebanon',
    'Liban',
    'Lebanon',
    'Líbano',
    ['libanais', 'Lebanese', 'libanés'],
    'Beyrouth|Beirut|Beirut',
  ),
  country('syria', 'Syrie', 'Syria', 'Siria', ['syrien', 'Syrian', 'sirio'], 'Damas|Damascus|Damasco', {
    places: ['Alep|Aleppo|Alepo'],
  }),
  country('jordan', 'Jordanie', '', 'Jordania', ['jordanien', 'Jordanian', 'jordano'], 'Amman|Amman|Amán', {
    homonyms: 'Jordan',
  }),
  country('iraq', 'Irak', 'Iraq', 'Irak', ['irakien', 'Iraqi', 'iraquí'], 'Bagdad|Baghdad|Bagdad'),
  country('iran', 'Iran', 'Iran', 'Irán', ['iranien', 'Iranian', 'iraní'], 'Téhéran|Tehran|Teherán'),
  country(
    'saudi-arabia',
    'Arabie saoudite',
    'Saudi Arabia',
    'Arabia Saudita|Arabia Saudí',
    ['saoudien', 'Saudi', 'saudí|saudita'],
    'Riyad|Riyadh|Riad',
    { places: ['Djeddah|Jeddah|Yeda'] },
  ),
  country(
    'united-arab-emirates',
    'Émirats arabes unis',
    'United Arab Emirates',
    'Emiratos Árabes Unidos',
    ['émirien|émirati', 'Emirati', 'emiratí'],
    'Abou Dhabi|Abu Dhabi|Abu Dabi',
    { places: ['Dubaï|Dubai|Dubái'], acronyms: 'EAU|UAE|EAU' },
  ),
  country('qatar', 'Qatar', 'Qatar', 'Catar|Qatar', ['qatari|qatarien', 'Qatari', 'catarí'], 'Doha'),
  country(
    'kuwait',
    'Koweït',
    'Kuwait',
    'Kuwait',
    ['koweïtien', 'Kuwaiti', 'kuwaití'],
    'Koweït|Kuwait City|Kuwait',
  ),
  country(
    'bahrain',
    'Bahreïn',
    'Bahrain',
    'Baréin',
    ['bahreïnien', 'Bahraini', 'bareiní'],
    'Manama|Manama|Manama',
  ),
  country('oman', 'Oman', 'Oman', 'Omán', ['omanais', 'Omani', 'omaní'], 'Mascate|Muscat|Mascate'),
  country('yemen', 'Yémen', 'Yemen', 'Yemen', ['yéménite', 'Yemeni', 'yemení'], 'Sanaa|Sanaa|Saná'),
  country(
    'afghanistan',
    'Afghanistan',
    'Afghanistan',
    'Afganistán',
    ['afghan', 'Afghan', 'afgano'],
    'Kaboul|Kabul|Kabul',
  ),
  country(
    'pakistan',
    'Pakistan',
    'Pakistan',
    'Pakistán',
    ['pakistanais', 'Pakistani', 'pakistaní|paquistaní'],
    'Islamabad|Islamabad|Islamabad',
  ),
  // West Africa.
  country('senegal', 'Sénégal', 'Senegal', 'Senegal', ['sénégalais', 'Senegalese', 'senegalés'], 'Dakar', {
    places: ['Saint-Louis', 'Ziguinchor', 'Thiès|Thies'],
    prefixes: 'sénégalo',
  }),
  country('mali', 'Mali', 'Mali', 'Malí', ['malien', 'Malian', 'maliense'], 'Bamako'),
  country('niger', 'Niger', 'Niger', 'Níger', ['nigérien', 'Nigerien', 'nigerino'], 'Niamey', {
    places: ['Agadez'],
  }),
  country(
    'nigeria',
    'Nigeria|Nigéria',
    'Nigeria',
    'Nigeria',
    ['nigérian', 'Nigerian', 'nigeriano'],
    'Abuja',
    { places: ['Lagos'] },
  ),
  country(
    'burkina-faso',
    'Burkina Faso|Burkina',
    'Burkina Faso',
    'Burkina Faso',
    ['burkinabè/burkinabé/burkinabe', 'Burkinabe', 'burkinés'],
    'Ouagadougou|Ouagadougou|Uagadugú',
  ),
  country(
    'ivory-coast',
    'Côte d’Ivoire',
    'Ivory Coast|Côte d’Ivoire',
    'Costa de Marfil',
    ['ivoirien', 'Ivorian', 'marfileño'],
    'Yamoussoukro|Yamoussoukro|Yamusukro',
    { places: ['Abidjan|Abidjan|Abiyán'] },
  ),
  country(
    'guinea',
    'Guinée|Guinée-Conakry',
    'Guinea',
    'Guinea',
    ['guinéen', 'Guinean', 'guineano'],
    'Conakry',
  ),
  country(
    'guinea-bissau',
    'Guinée-Bissau',
    'Guinea-Bissau',
    'Guinea-Bisáu|Guinea-Bissau',
    ['bissau-guinéen', 'Bissau-Guinean', 'bisauguineano'],
    'Bissau|Bissau|Bisáu',
  ),
  country('gambia', 'Gambie', 'Gambia|The Gambia', 'Gambia', ['gambien', 'Gambian', 'gambiano'], 'Banjul'),
  country(
    'cape-verde',
    'Cap-Vert',
    'Cape Verde|Cabo Verde',
    'Cabo Verde',
    ['cap-verdien', 'Cape Verdean', 'caboverdiano'],
    'Praia',
  ),
  country(
    'sierra-leone',
    'Sierra Leone',
    'Sierra Leone',
    'Sierra Leona',
    ['sierra-léonais', 'Sierra Leonean', 'sierraleonés'],
    'Freetown',
  ),
  country(
    'liberia',
    'Liberia|Libéria',
    'Liberia',
    'Liberia',
    ['libérien', 'Liberian', 'liberiano'],
    'Monrovia',
  ),
  country('ghana', 'Ghana', 'Ghana', 'Ghana', ['ghanéen', 'Ghanaian', 'ghanés'], 'Accra|Accra|Acra'),
  country('togo', 'Togo', 'Togo', 'Togo', ['togolais', 'Togolese', 'togolés'], 'Lomé|Lome|Lomé'),
  country(
    'benin',
    'Bénin',
    'Benin',
    'Benín',
    ['béninois', 'Beninese', 'beninés'],
    'Porto-Novo|Porto-Novo|Porto Novo',
    { places: ['Cotonou|Cotonou|Cotonú'] },
  ),
  // Central, East and Southern Africa.
  country('chad', 'Tchad', '', '', ['tchadien', 'Chadian', 'chadiano'], 'N’Djamena|N’Djamena|Yamena', {
    homonyms: 'Chad',
  }),
  country(
    'cameroon',
    'Cameroun',
    'Cameroon',
    'Camerún',
    ['camerounais', 'Cameroonian', 'camerunés'],
    'Yaoundé|Yaounde|Yaundé',
    { places: ['Douala|Douala|Duala'] },
  ),
  country(
    'central-african-republic',
    'République centrafricaine|Centrafrique',
    'Central African Republic',
    'República Centroafricana',
    ['centrafricain', 'Central African', 'centroafricano'],
    'Bangui',
  ),
  country('gabon', 'Gabon', 'Gabon', 'Gabón', ['gabonais', 'Gabonese', 'gabonés'], 'Libreville'),
  country(
    'equatorial-guinea',
    'Guinée équatoriale',
    'Equatorial Guinea',
    'Guinea Ecuatorial',
    ['équato-guinéen', 'Equatoguinean', 'ecuatoguineano'],
    'Malabo',
  ),
  country(
    'congo',
    'Congo|République du Congo|Congo-Brazzaville',
    'Republic of the Congo|Congo-Brazzaville',
    'República del Congo',
    ['congolais', 'Congolese', 'congoleño'],
    'Brazzaville',
  ),
  country(
    'dr-congo',
    'République démocratique du Congo|RD Congo',
    'Democratic Republic of the Congo|DR Congo',
    'República Democrática del Congo|RD Congo',
    ['', '', ''],
    'Kinshasa',
    { acronyms: 'RDC|DRC' },
  ),
  country(
    'sudan',
    'Soudan',
    'Sudan',
    'Sudán',
    ['soudanais', 'Sudanese', 'sudanés'],
    'Khartoum|Khartoum|Jartum',
  ),
  country(
    'south-sudan',
    'Soudan du Sud',
    'South Sudan',
    'Sudán del Sur',
    ['sud-soudanais', 'South Sudanese', 'sursudanés'],
    'Djouba|Juba|Yuba',
  ),
  country('eritrea', 'Érythrée', 'Eritrea', 'Eritrea', ['érythréen', 'Eritrean', 'eritreo'], 'Asmara'),
  country(
    'ethiopia',
    'Éthiopie',
    'Ethiopia',
    'Etiopía',
    ['éthiopien', 'Ethiopian', 'etíope'],
    'Addis-Abeba|Addis Ababa|Adís Abeba',
  ),
  country(
    'djibouti',
    'Djibouti',
    'Djibouti',
    'Yibuti',
    ['djiboutien', 'Djiboutian', 'yibutiano'],
    'Djibouti|Djibouti|Yibuti',
  ),
  country(
    'somalia',
    'Somalie',
    'Somalia',
    'Somalia',
    ['somalien', 'Somali', 'somalí'],
    'Mogadiscio|Mogadishu|Mogadiscio',
  ),
  country('kenya', 'Kenya', 'Kenya', 'Kenia', ['kényan', 'Kenyan', 'keniano'], 'Nairobi'),
  country('uganda', 'Ouganda', 'Uganda', 'Uganda', ['ougandais', 'Ugandan', 'ugandés'], 'Kampala'),
  country('rwanda', 'Rwanda', 'Rwanda', 'Ruanda', ['rwandais', 'Rwandan', 'ruandés'], 'Kigali'),
  country('burundi', 'Burundi', 'Burundi', 'Burundi', ['burundais', 'Burundian', 'burundés'], 'Gitega'),
  country('tanzania', 'Tanzanie', 'Tanzania', 'Tanzania', ['tanzanien', 'Tanzanian', 'tanzano'], 'Dodoma', {
    places: ['Dar es Salaam'],
  }),
  country(
    'mozambique',
    'Mozambique',
    'Mozambique',
    'Mozambique',
    ['mozambicain', 'Mozambican', 'mozambiqueño'],
    'Maputo',
  ),
  country('angola', 'Angola', 'Angola', 'Angola', ['angolais', 'Angolan', 'angoleño'], 'Luanda'),
  country('zambia', 'Zambie', 'Zambia', 'Zambia', ['zambien', 'Zambian', 'zambiano'], 'Lusaka'),
  country(
    'zimbabwe',
    'Zimbabwe',
    'Zimbabwe',
    'Zimbabue',
    ['zimbabwéen', 'Zimbabwean', 'zimbabuense'],
    'Harare',
  ),
  country('malawi', 'Malawi', 'Malawi', 'Malaui', ['malawite', 'Malawian', 'malauí'], 'Lilongwe'),
  country('namibia', 'Namibie', 'Namibia', 'Namibia', ['namibien', 'Namibian', 'namibio'], 'Windhoek'),
  country(
    'botswana',
    'Botswana',
    'Botswana',
    'Botsuana',
    ['botswanais', 'Motswana|Batswana', 'botsuano'],
    'Gaborone',
  ),
  country(
    'south-africa',
    'Afrique du Sud',
    'South Africa',
    'Sudáfrica',
    ['sud-africain', 'South African', 'sudafricano'],
    'Pretoria',
    { places: ['Johannesburg|Johannesburg|Johannesburgo', 'Le Cap|Cape Town|Ciudad del Cabo'] },
  ),
  country(
    'madagascar',
    'Madagascar',
    'Madagascar',
    'Madagascar',
    ['malgache', 'Malagasy', 'malgache'],
    'Antananarivo',
  ),
  country(
    'mauritius',
    'île Maurice',
    'Mauritius',
    'isla Mauricio',
    ['mauricien', 'Mauritian', 'mauriciano'],
    'Port-Louis|Port Louis|Port Louis',
    { homonyms: 'Maurice|Mauricio' },
  ),
  country('comoros', 'Comores', 'Comoros', 'Comoras', ['comorien', 'Comorian', 'comorense'], 'Moroni'),
  // The other powers the corpus names.
  country(
    'united-states',
    'États-Unis|États-Unis d’Amérique',
    'United States|United States of America',
    'Estados Unidos',
    ['américain|étasunien', 'American', 'estadounidense|norteamericano'],
    'Washington',
    { places: ['New York|New York|Nueva York'], acronyms: 'USA|US|EEUU' },
  ),
  country('canada', 'Canada', 'Canada', 'Canadá', ['canadien', 'Canadian', 'canadiense'], 'Ottawa', {
    places: ['Montréal|Montreal|Montreal', 'Toronto', 'Québec|Quebec|Quebec'],
  }),
  country(
    'mexico',
    'Mexique',
    'Mexico',
    'México|Méjico',
    ['mexicain', 'Mexican', 'mexicano'],
    'Mexico|Mexico City|Ciudad de México',
  ),
  country(
    'brazil',
    'Brésil',
    'Brazil',
    'Brasil',
    ['brésilien', 'Brazilian', 'brasileño'],
    'Brasilia|Brasília|Brasilia',
    { places: ['São Paulo|Sao Paulo|São Paulo', 'Rio de Janeiro|Río de Janeiro'] },
  ),
  country(
    'argentina',
    'Argentine',
    'Argentina',
    'Argentina',
    ['argentin', 'Argentine|Argentinian', 'argentino'],
    'Buenos Aires',
  ),
  country(
    'china',
    'Chine|République populaire de Chine',
    'China|People’s Republic of China',
    'China|República Popular China',
    ['chinois', 'Chinese', 'chino'],
    'Pékin|Beijing|Pekín',
    { places: ['Shanghai|Shanghai|Shanghái'] },
  ),
  country('japan', 'Japon', 'Japan', 'Japón', ['japonais', 'Japanese', 'japonés'], 'Tokyo|Tokyo|Tokio'),
  country(
    'south-korea',
    'Corée du Sud',
    'South Korea',
    'Corea del Sur',
    ['sud-coréen', 'South Korean', 'surcoreano'],
    'Séoul|Seoul|Seúl',
  ),
  country(
    'india',
    'Inde',
    'India',
    'India',
    ['indien', 'Indian', 'indio'],
    'New Delhi|New Delhi|Nueva Delhi',
    { places: ['Bombay|Mumbai|Bombay'] },
  ),
  country(
    'bangladesh',
    'Bangladesh',
    'Bangladesh',
    'Bangladés|Bangladesh',
    ['bangladais', 'Bangladeshi', 'bangladesí'],
    'Dacca|Dhaka|Daca',
  ),
  country(
    'australia',
    'Australie',
    'Australia',
    'Australia',
    ['australien', 'Australian', 'australiano'],
    'Canberra',
  ),
];

/** The words of a name, folded: "Pays-Bas" and "pays bas" are one key. */
const keyOf = (name: string) =>
  foldText(name)
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .join(' ');

const BY_NAME = new Map<string, string>();
const BY_ADJECTIVE = new Map<string, string>();
for (const c of COUNTRIES) {
  for (const n of c.names) BY_NAME.set(keyOf(n), c.id);
  for (const a of c.adjectives) BY_ADJECTIVE.set(keyOf(a), c.id);
}
/** English adjectives, written capitalized: lowercase, some are other words ("polish"). */
const CAPITALIZED_ONLY = new Set(
  COUNTRIES.flatMap((c) => c.adjectives.filter((a) => /^\p{Lu}/u.test(a)).map(keyOf)),
);
for (const c of COUNTRIES)
  for (const a of c.adjectives) if (!/^\p{Lu}/u.test(a)) CAPITALIZED_ONLY.delete(keyOf(a));
const BY_ACRONYM = new Map(COUNTRIES.flatMap((c) => c.acronyms.map((a) => [a, c.id] as const)));
const BY_HOMONYM = new Map(COUNTRIES.flatMap((c) => c.homonyms.map((n) => [keyOf(n), c.id] as const)));
/** The longest name or adjective, in words: how far countriesIn looks ahead. */
const LONGEST = Math.max(...[...BY_NAME.keys(), ...BY_ADJECTIVE.keys()].map((k) => k.split(' ').length));

const withoutArticle = (name: string) => name.replace(/^(le|la|l'|les|el|los|las|the) /, '');

/** The country a name denotes ("Espagne", "Spain", "Pays-Bas", "UK"), if any. */
export function countryNamed(name: string): string | undefined {
  return BY_ACRONYM.get(name.trim()) ?? BY_NAME.get(keyOf(withoutArticle(foldText(name))));
}

/**
 * The country a place's name denotes, homonyms included: for a name a model tagged as a
 * location, "Chad" or "Jordan" is the country.
 */
export function countryOfPlaceName(name: string): string | undefined {
  return countryNamed(name) ?? BY_HOMONYM.get(keyOf(withoutArticle(foldText(name))));
}

const BY_CAPITAL = new Map(COUNTRIES.flatMap((c) => c.capitals.map((n) => [keyOf(n), c] as const)));
const BY_PLACE = new Map(
  COUNTRIES.flatMap((c) => [...c.capitals, ...c.places].map((n) => [keyOf(n), c.id] as const)),
);

/** The country whose capital a name is ("Paris", "Rabat"), if any. */
export function countryOfCapital(name: string): string | undefined {
  return BY_CAPITAL.get(keyOf(name))?.id;
}

/** The country a city, island or region lies in ("Tanger", "Sebta", "Lampedusa"), capitals included. */
export function countryOfPlace(name: string): string | undefined {
  // "La Haye", "Le Caire" keep their article; "les Canaries" need not.
  return BY_PLACE.get(keyOf(name)) ?? BY_PLACE.get(keyOf(withoutArticle(foldText(name))));
}

const LANGUAGE_ORDER = ['fr', 'en', 'es'];

/** The capital of a country as a language writes it (capitals' forms are French, English, Spanish). */
export function capitalOf(id: string, language: string): string | undefined {
  const forms = COUNTRIES.find((c) => c.id === id)?.capitals ?? [];
  return forms[LANGUAGE_ORDER.indexOf(language)] ?? forms[0];
}

/** The country an adjective or demonym refers to ("espagnol", "Moroccan"), if any. */
export function countryOfAdjective(word: string): string | undefined {
  const key = keyOf(word);
  if (CAPITALIZED_ONLY.has(key) && !/^\p{Lu}/u.test(word)) return undefined;
  return BY_ADJECTIVE.get(key);
}

/**
 * Every country a text names or qualifies by adjective, in text order: names of one or more
 * words ("Pays-Bas", "Royaume-Uni", "Estados Unidos"), capitalized as names are; adjectives in any
 * case ("espagnol", "Moroccan"); acronyms as written ("UK").
 */
export function countriesIn(text: string): string[] {
  const words = text.match(/\p{L}+/gu) ?? [];
  const found: string[] = [];
  const add = (id: string | undefined) => {
    if (id && !found.includes(id)) found.push(id);
    return id !== undefined;
  };
  for (let i = 0; i < words.length; i++) {
    const first = words[i] ?? '';
    if (add(BY_ACRONYM.get(first))) continue;
    for (let n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
      const span = words.slice(i, i + n);
      const key = keyOf(span.join(' '));
      const capitalized = /^\p{Lu}/u.test(first);
      const id =
        (capitalized ? BY_NAME.get(key) : undefined) ??
        (n === 1 ? countryOfAdjective(first) : BY_ADJECTIVE.get(key));
      if (add(id)) {
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

export function countryName(id: string): string {
  return COUNTRIES.find((c) => c.id === id)?.names[0] ?? id;
}
