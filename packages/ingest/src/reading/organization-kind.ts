import { foldText, type ORGANIZATION_KINDS } from '@diplograph/schema';

type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** The kind of body a name's first word suggests, in the three languages; a curator may correct it. */
const BY_HEAD: Array<[RegExp, OrganizationKind]> = [
  [/^(ministere|ministry|ministerio|department)/, 'ministry'],
  [/^(ambassade|embassy|embajada|consulat|consulado)/, 'embassy'],
  [/^(direction|directorate|direccion)/, 'directorate'],
  [/^(groupe|group|grupo)/, 'bilateral-group'],
  [/^(processus|process|proceso|dialogue|dialogo|forum|foro|conference)/, 'multilateral-forum'],
  [/^(comite|committee|commission|comision|conseil|council|consejo)/, 'committee'],
  [/^(gouvernement|government|gobierno|parlement|parliament|parlamento)/, 'government'],
  [/^(programme|program|programa)/, 'programme'],
];

export function organizationKind(name: string): OrganizationKind {
  const folded = foldText(name).replace(/^(le |la |les |l'|el |the )/, '');
  return BY_HEAD.find(([re]) => re.test(folded))?.[1] ?? 'international-organization';
}
