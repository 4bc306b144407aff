/**
 * General knowledge the extractor needs to read news about states: what a country is called, its
 * nationality adjectives, and the capitals (and seats of power) that stand for its government
 * ("Baku said", "the Kremlin warned"). Nothing here is specific to one article.
 */
export interface Country {
  name: string;
  demonyms: string[];
  capitals: string[];
  /** Other names the country goes by in the news ("DR Congo", "Burma"). */
  aliases?: string[];
}

const COUNTRIES: Country[] = [
  { name: 'Armenia', demonyms: ['Armenian'], capitals: ['Yerevan'] },
  { name: 'Azerbaijan', demonyms: ['Azerbaijani', 'Azeri'], capitals: ['Baku'] },
  { name: 'Georgia', demonyms: ['Georgian'], capitals: ['Tbilisi'] },
  { name: 'Russia', demonyms: ['Russian'], capitals: ['Moscow', 'Kremlin'] },
  { name: 'Turkey', demonyms: ['Turkish'], capitals: ['Ankara'], aliases: ['Türkiye', 'Turkiye'] },
  { name: 'Iran', demonyms: ['Iranian'], capitals: ['Tehran'] },
  { name: 'Ukraine', demonyms: ['Ukrainian'], capitals: ['Kyiv', 'Kiev'] },
  { name: 'Belarus', demonyms: ['Belarusian'], capitals: ['Minsk'] },
  { name: 'Kazakhstan', demonyms: ['Kazakh'], capitals: ['Astana'] },
  { name: 'Israel', demonyms: ['Israeli'], capitals: ['Jerusalem'] },
  { name: 'Pakistan', demonyms: ['Pakistani'], capitals: ['Islamabad'] },
  { name: 'India', demonyms: ['Indian'], capitals: ['New Delhi'] },
  { name: 'China', demonyms: ['Chinese'], capitals: ['Beijing'] },
  { name: 'Japan', demonyms: ['Japanese'], capitals: ['Tokyo'] },
  { name: 'United States', demonyms: ['American', 'US', 'U.S.'], capitals: ['Washington', 'White House'] },
  {
    name: 'United Kingdom',
    demonyms: ['British', 'UK'],
    capitals: ['London', 'Downing Street'],
    aliases: ['Britain', 'Great Britain'],
  },
  { name: 'France', demonyms: ['French'], capitals: ['Paris', 'Elysee'] },
  { name: 'Germany', demonyms: ['German'], capitals: ['Berlin'] },
  { name: 'Italy', demonyms: ['Italian'], capitals: ['Rome'] },
  { name: 'Spain', demonyms: ['Spanish'], capitals: ['Madrid'] },
  { name: 'Greece', demonyms: ['Greek'], capitals: ['Athens'] },
  { name: 'Cyprus', demonyms: ['Cypriot'], capitals: ['Nicosia'] },
  { name: 'Poland', demonyms: ['Polish'], capitals: ['Warsaw'] },
  { name: 'Netherlands', demonyms: ['Dutch'], capitals: ['The Hague', 'Amsterdam'] },
  { name: 'Belgium', demonyms: ['Belgian'], capitals: [] },
  { name: 'Sweden', demonyms: ['Swedish'], capitals: ['Stockholm'] },
  { name: 'Norway', demonyms: ['Norwegian'], capitals: ['Oslo'] },
  { name: 'Switzerland', demonyms: ['Swiss'], capitals: ['Bern'] },
  { name: 'Austria', demonyms: ['Austrian'], capitals: ['Vienna'] },
  { name: 'Hungary', demonyms: ['Hungarian'], capitals: ['Budapest'] },
  { name: 'Romania', demonyms: ['Romanian'], capitals: ['Bucharest'] },
  { name: 'Bulgaria', demonyms: ['Bulgarian'], capitals: ['Sofia'] },
  { name: 'Serbia', demonyms: ['Serbian'], capitals: ['Belgrade'] },
  { name: 'Moldova', demonyms: ['Moldovan'], capitals: ['Chisinau'] },
  { name: 'Lithuania', demonyms: ['Lithuanian'], capitals: ['Vilnius'] },
  { name: 'Latvia', demonyms: ['Latvian'], capitals: ['Riga'] },
  { name: 'Estonia', demonyms: ['Estonian'], capitals: ['Tallinn'] },
  { name: 'Finland', demonyms: ['Finnish'], capitals: ['Helsinki'] },
  { name: 'Canada', demonyms: ['Canadian'], capitals: ['Ottawa'] },
  { name: 'Syria', demonyms: ['Syrian'], capitals: ['Damascus'] },
  { name: 'Iraq', demonyms: ['Iraqi'], capitals: ['Baghdad'] },
  { name: 'Saudi Arabia', demonyms: ['Saudi'], capitals: ['Riyadh'] },
  { name: 'Egypt', demonyms: ['Egyptian'], capitals: ['Cairo'] },
  { name: 'Qatar', demonyms: ['Qatari'], capitals: ['Doha'] },
  { name: 'United Arab Emirates', demonyms: ['Emirati', 'UAE'], capitals: ['Abu Dhabi'] },
  { name: 'Turkmenistan', demonyms: ['Turkmen'], capitals: ['Ashgabat'] },
  { name: 'Uzbekistan', demonyms: ['Uzbek'], capitals: ['Tashkent'] },
  { name: 'Kyrgyzstan', demonyms: ['Kyrgyz'], capitals: ['Bishkek'] },
  { name: 'Tajikistan', demonyms: ['Tajik'], capitals: ['Dushanbe'] },
  { name: 'Afghanistan', demonyms: ['Afghan'], capitals: ['Kabul'] },
  { name: 'Lebanon', demonyms: ['Lebanese'], capitals: ['Beirut'] },
  { name: 'Jordan', demonyms: ['Jordanian'], capitals: ['Amman'] },
  { name: 'Kosovo', demonyms: ['Kosovar', 'Kosovan'], capitals: ['Pristina'] },
  { name: 'Bosnia and Herzegovina', demonyms: ['Bosnian'], capitals: ['Sarajevo'] },
  { name: 'Montenegro', demonyms: ['Montenegrin'], capitals: ['Podgorica'] },
  { name: 'North Macedonia', demonyms: ['Macedonian'], capitals: ['Skopje'] },
  { name: 'Albania', demonyms: ['Albanian'], capitals: ['Tirana'] },
  { name: 'Croatia', demonyms: ['Croatian'], capitals: ['Zagreb'] },
  { name: 'Ethiopia', demonyms: ['Ethiopian'], capitals: ['Addis Ababa'] },
  { name: 'Eritrea', demonyms: ['Eritrean'], capitals: ['Asmara'] },
  { name: 'Sudan', demonyms: ['Sudanese'], capitals: ['Khartoum'] },
  { name: 'South Sudan', demonyms: ['South Sudanese'], capitals: ['Juba'] },
  { name: 'Somalia', demonyms: ['Somali'], capitals: ['Mogadishu'] },
  { name: 'Kenya', demonyms: ['Kenyan'], capitals: ['Nairobi'] },
  { name: 'Libya', demonyms: ['Libyan'], capitals: ['Tripoli'] },
  { name: 'Yemen', demonyms: ['Yemeni'], capitals: ['Sanaa'] },
  { name: 'Palestine', demonyms: ['Palestinian'], capitals: ['Ramallah'] },
  { name: 'Venezuela', demonyms: ['Venezuelan'], capitals: ['Caracas'] },
  { name: 'Colombia', demonyms: ['Colombian'], capitals: ['Bogota'] },
  { name: 'North Korea', demonyms: ['North Korean'], capitals: ['Pyongyang'] },
  { name: 'South Korea', demonyms: ['South Korean'], capitals: ['Seoul'] },
  { name: 'Taiwan', demonyms: ['Taiwanese'], capitals: ['Taipei'] },
  { name: 'Thailand', demonyms: ['Thai'], capitals: ['Bangkok'] },
  { name: 'Cambodia', demonyms: ['Cambodian'], capitals: ['Phnom Penh'] },
  { name: 'Mali', demonyms: ['Malian'], capitals: ['Bamako'] },
  { name: 'Niger', demonyms: ['Nigerien'], capitals: ['Niamey'] },
  { name: 'Burkina Faso', demonyms: ['Burkinabe', 'Burkinabè'], capitals: ['Ouagadougou'] },
  { name: 'Nigeria', demonyms: ['Nigerian'], capitals: ['Abuja'] },
  { name: 'Cameroon', demonyms: ['Cameroonian'], capitals: ['Yaounde'] },
  { name: 'Central African Republic', demonyms: ['Central African'], capitals: ['Bangui'], aliases: ['CAR'] },
  { name: 'Senegal', demonyms: ['Senegalese'], capitals: ['Dakar'] },
  { name: 'Mauritania', demonyms: ['Mauritanian'], capitals: ['Nouakchott'] },
  { name: 'Algeria', demonyms: ['Algerian'], capitals: ['Algiers'] },
  { name: 'Morocco', demonyms: ['Moroccan'], capitals: ['Rabat'] },
  { name: 'Tunisia', demonyms: ['Tunisian'], capitals: ['Tunis'] },
  {
    name: 'Democratic Republic of the Congo',
    demonyms: ['Congolese'],
    capitals: ['Kinshasa'],
    aliases: ['Democratic Republic of Congo', 'DR Congo', 'DRC', 'Congo'],
  },
  { name: 'Rwanda', demonyms: ['Rwandan'], capitals: ['Kigali'] },
  { name: 'Burundi', demonyms: ['Burundian'], capitals: ['Gitega', 'Bujumbura'] },
  { name: 'Uganda', demonyms: ['Ugandan'], capitals: ['Kampala'] },
  { name: 'Tanzania', demonyms: ['Tanzanian'], capitals: ['Dodoma'] },
  { name: 'Mozambique', demonyms: ['Mozambican'], capitals: ['Maputo'] },
  { name: 'South Africa', demonyms: ['South African'], capitals: ['Pretoria'] },
  { name: 'Djibouti', demonyms: ['Djiboutian'], capitals: [] },
  { name: 'Myanmar', demonyms: ['Burmese'], capitals: ['Naypyitaw', 'Naypyidaw'], aliases: ['Burma'] },
  { name: 'Bangladesh', demonyms: ['Bangladeshi'], capitals: ['Dhaka'] },
  { name: 'Sri Lanka', demonyms: ['Sri Lankan'], capitals: ['Colombo'] },
  { name: 'Nepal', demonyms: ['Nepalese', 'Nepali'], capitals: ['Kathmandu'] },
  { name: 'Indonesia', demonyms: ['Indonesian'], capitals: ['Jakarta'] },
  { name: 'Philippines', demonyms: ['Philippine', 'Filipino'], capitals: ['Manila'] },
  { name: 'Vietnam', demonyms: ['Vietnamese'], capitals: ['Hanoi'] },
  { name: 'Bahrain', demonyms: ['Bahraini'], capitals: ['Manama'] },
  { name: 'Kuwait', demonyms: ['Kuwaiti'], capitals: [] },
  { name: 'Oman', demonyms: ['Omani'], capitals: ['Muscat'] },
  { name: 'Slovakia', demonyms: ['Slovak'], capitals: ['Bratislava'] },
  { name: 'Czech Republic', demonyms: ['Czech'], capitals: ['Prague'] },
  { name: 'Slovenia', demonyms: ['Slovenian'], capitals: ['Ljubljana'] },
  { name: 'Portugal', demonyms: ['Portuguese'], capitals: ['Lisbon'] },
  { name: 'Denmark', demonyms: ['Danish'], capitals: ['Copenhagen'] },
  { name: 'Ireland', demonyms: ['Irish'], capitals: ['Dublin'] },
  { name: 'Australia', demonyms: ['Australian'], capitals: ['Canberra'] },
  { name: 'Brazil', demonyms: ['Brazilian'], capitals: ['Brasilia'] },
  { name: 'Mexico', demonyms: ['Mexican'], capitals: [] },
  { name: 'Chad', demonyms: ['Chadian'], capitals: ["N'Djamena", 'Ndjamena'] },
  { name: 'Guinea', demonyms: ['Guinean'], capitals: ['Conakry'] },
  { name: 'Guinea-Bissau', demonyms: ['Bissau-Guinean'], capitals: ['Bissau'] },
  { name: 'Ghana', demonyms: ['Ghanaian'], capitals: ['Accra'] },
  { name: 'Togo', demonyms: ['Togolese'], capitals: ['Lome'] },
  { name: 'Benin', demonyms: ['Beninese'], capitals: ['Porto-Novo', 'Cotonou'] },
  {
    name: 'Ivory Coast',
    demonyms: ['Ivorian'],
    capitals: ['Yamoussoukro', 'Abidjan'],
    aliases: ["Cote d'Ivoire"],
  },
  { name: 'Liberia', demonyms: ['Liberian'], capitals: ['Monrovia'] },
  { name: 'Sierra Leone', demonyms: ['Sierra Leonean'], capitals: ['Freetown'] },
  { name: 'Gambia', demonyms: ['Gambian'], capitals: ['Banjul'] },
  { name: 'Gabon', demonyms: ['Gabonese'], capitals: ['Libreville'] },
  { name: 'Republic of the Congo', demonyms: [], capitals: ['Brazzaville'], aliases: ['Congo-Brazzaville'] },
  { name: 'Angola', demonyms: ['Angolan'], capitals: ['Luanda'] },
  { name: 'Zambia', demonyms: ['Zambian'], capitals: ['Lusaka'] },
  { name: 'Zimbabwe', demonyms: ['Zimbabwean'], capitals: ['Harare'] },
  { name: 'Malawi', demonyms: ['Malawian'], capitals: ['Lilongwe'] },
  { name: 'Madagascar', demonyms: ['Malagasy'], capitals: ['Antananarivo'] },
  { name: 'Namibia', demonyms: ['Namibian'], capitals: ['Windhoek'] },
  { name: 'Botswana', demonyms: [], capitals: ['Gaborone'] },
  { name: 'Malaysia', demonyms: ['Malaysian'], capitals: ['Kuala Lumpur'] },
  { name: 'Singapore', demonyms: ['Singaporean'], capitals: [] },
  { name: 'Laos', demonyms: ['Laotian', 'Lao'], capitals: ['Vientiane'] },
  { name: 'Mongolia', demonyms: ['Mongolian'], capitals: ['Ulaanbaatar'] },
  { name: 'New Zealand', demonyms: [], capitals: [] },
  { name: 'Argentina', demonyms: ['Argentine', 'Argentinian'], capitals: ['Buenos Aires'] },
  { name: 'Chile', demonyms: ['Chilean'], capitals: [] },
  { name: 'Peru', demonyms: ['Peruvian'], capitals: ['Lima'] },
  { name: 'Ecuador', demonyms: ['Ecuadorian'], capitals: ['Quito'] },
  { name: 'Bolivia', demonyms: ['Bolivian'], capitals: ['La Paz'] },
  { name: 'Cuba', demonyms: ['Cuban'], capitals: ['Havana'] },
  { name: 'Haiti', demonyms: ['Haitian'], capitals: ['Port-au-Prince'] },
  { name: 'Nicaragua', demonyms: ['Nicaraguan'], capitals: ['Managua'] },
];

export function countries(): readonly Country[] {
  return COUNTRIES;
}

/**
 * The organs a state speaks through, recognised in names and in descriptions ("the Foreign
 * Ministry", "Azerbaijan's defence ministry", "the army"). `state` organs are the state itself:
 * the seed models "Azerbaijan's authorities" and "the government" as the state actor.
 */
export type OrganKey = 'mfa' | 'mod' | 'interior' | 'army' | 'police' | 'presidency' | 'state';

const ORGANS: [OrganKey, RegExp][] = [
  ['mfa', /\b(foreign (affairs )?ministry|ministry of foreign affairs|foreign office|state department)\b/],
  ['mod', /\b(defen[cs]e ministry|ministry of (national )?defen[cs]e|defen[cs]e department|pentagon)\b/],
  ['interior', /\b(interior ministry|ministry of (the )?interior|ministry of internal affairs)\b/],
  ['army', /\b(army|armed forces|forces|military|troops|junta)\b/],
  ['police', /\b(police|border (service|guards?|police))\b/],
  ['presidency', /\b(presidency|presidential (office|administration)|president's office)\b/],
  // "Officials", "the senior official", "the official in charge"; not "the official website".
  [
    'state',
    /\b(government|authorities|officials|official(?=$| (of|in|at|for|with|from|on)\b)|leadership|administration|cabinet)\b/,
  ],
];

/** The organ a name or description designates, if any (`phrase` is normalised: lower case, ' apostrophes). */
export function organOf(phrase: string): OrganKey | null {
  for (const [key, pattern] of ORGANS) if (pattern.test(phrase)) return key;
  return null;
}

/** Capitals that name a head of state's office rather than the state ("the Kremlin said"). */
export const SEATS = new Set(['kremlin', 'white house', 'elysee', 'elysée', 'downing street']);

/** Words that title a person ("Foreign Minister Sergei Lavrov", "EU chief Charles Michel"). */
export const TITLE_WORDS = new Set(
  (
    'president prime minister foreign defence defense interior deputy spokesperson spokesman ' +
    'spokeswoman chief head leader envoy ambassador secretary general gen. chairman chair ' +
    'speaker commander representative special senior official adviser advisor aide mr. mrs. ' +
    'ms. dr. col. lt. maj. separatist de facto policy high vice former acting top diplomat ' +
    'ombudsman mayor governor king queen emir chancellor premier pope chairperson caretaker ' +
    'colonel lieutenant captain brigadier admiral sergeant marshal col maj lt gen brig capt sgt'
  ).split(' '),
);
