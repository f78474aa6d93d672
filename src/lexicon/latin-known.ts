/**
 * Latin-script names Arabic news cites as they are (photo credits, source lines, acronyms in
 * parentheses): agencies and outlets, and the international bodies most often named by their
 * Latin acronym. Matched case-insensitively on one Latin token, except `upperOnly` entries,
 * which are ordinary English words in lower case (`who`, `ap`, `un`, `eu`, `rt`).
 */
import type { OrganizationKind } from '../schema/records.js';

export interface LatinKnownEntry {
  /** Lower-cased token. */
  form: string;
  type: 'organization';
  kind: OrganizationKind;
  /** The Arabic name the record cites, when Arabic news has a settled one. */
  canonical?: string;
  upperOnly?: boolean;
  reason: string;
}

const CREDIT = 'a news agency or outlet credited in photo captions and source lines';
const BROADCASTER = 'a broadcaster cited as a source by Arabic news';
const IGO = 'an intergovernmental organisation usually named by its Latin acronym';

export const LATIN_KNOWN: readonly LatinKnownEntry[] = [
  { form: 'dw', type: 'organization', kind: 'media', canonical: 'دويتشه فيله', reason: `${BROADCASTER} (Deutsche Welle; DW عربية is its Arabic service)` },
  { form: 'dpa', type: 'organization', kind: 'media', reason: `${CREDIT} (Deutsche Presse-Agentur)` },
  { form: 'afp', type: 'organization', kind: 'media', canonical: 'فرانس برس', reason: `${CREDIT} (Agence France-Presse)` },
  { form: 'ap', type: 'organization', kind: 'media', upperOnly: true, reason: `${CREDIT} (Associated Press); lower-case "ap" is not a name` },
  { form: 'reuters', type: 'organization', kind: 'media', canonical: 'رويترز', reason: CREDIT },
  { form: 'bbc', type: 'organization', kind: 'media', reason: BROADCASTER },
  { form: 'cnn', type: 'organization', kind: 'media', reason: BROADCASTER },
  { form: 'sputnik', type: 'organization', kind: 'media', reason: CREDIT },
  { form: 'rt', type: 'organization', kind: 'media', upperOnly: true, reason: `${BROADCASTER} (Russia Today); lower-case "rt" is not a name` },
  { form: 'picture-alliance', type: 'organization', kind: 'media', reason: `${CREDIT} (a photo agency)` },
  { form: 'getty', type: 'organization', kind: 'media', reason: `${CREDIT} (Getty Images, a photo agency)` },
  { form: 'epa', type: 'organization', kind: 'media', reason: `${CREDIT} (European Pressphoto Agency)` },
  { form: 'anadolu', type: 'organization', kind: 'media', reason: `${CREDIT} (Anadolu Agency)` },
  { form: 'xinhua', type: 'organization', kind: 'media', reason: CREDIT },
  { form: 'tass', type: 'organization', kind: 'media', reason: CREDIT },
  { form: 'ria', type: 'organization', kind: 'media', reason: `${CREDIT} (RIA Novosti)` },
  { form: 'kremlin', type: 'organization', kind: 'government', canonical: 'الكرملين', reason: 'the Russian presidency, named by its seat in English captions' },
  { form: 'un', type: 'organization', kind: 'international', canonical: 'الأمم المتحدة', upperOnly: true, reason: `${IGO} (United Nations); lower-case "un" is not a name` },
  { form: 'nato', type: 'organization', kind: 'international', canonical: 'حلف شمال الأطلسي', reason: `${IGO} (North Atlantic Treaty Organization, a military alliance)` },
  { form: 'who', type: 'organization', kind: 'international', upperOnly: true, reason: `${IGO} (World Health Organization); lower-case "who" is an English word` },
  { form: 'imf', type: 'organization', kind: 'international', canonical: 'صندوق النقد الدولي', reason: `${IGO} (International Monetary Fund)` },
  { form: 'eu', type: 'organization', kind: 'international', canonical: 'الاتحاد الأوروبي', upperOnly: true, reason: `${IGO} (European Union); lower-case "eu" is not a name` },
  { form: 'opec', type: 'organization', kind: 'international', reason: `${IGO} (Organization of the Petroleum Exporting Countries)` },
  { form: 'unicef', type: 'organization', kind: 'international', reason: `${IGO} (the UN children's fund)` },
  { form: 'fifa', type: 'organization', kind: 'sport', reason: 'the world football federation, named by its acronym' },
  { form: 'uefa', type: 'organization', kind: 'sport', reason: 'the European football union, named by its acronym' },
];

/** Latin words that look like names but are not: photo-credit words and English month names. */
export const LATIN_NOT_NAMES: ReadonlySet<string> = new Set([
  // photo credits: "Foto: picture-alliance/dpa", "Photo via Getty Images"
  'foto', 'photo', 'pic', 'picture', 'alliance', 'images', 'image', 'via', 'source',
  // months: dates, read by the dates stage
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
