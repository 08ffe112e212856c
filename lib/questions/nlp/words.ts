/**
 * General vocabulary of English news for the token-based passes: honorifics and title
 * words that precede names, role nouns, and the head words of organisations and places.
 * Countries, capitals and demonyms come from the world-countries dataset (places.ts).
 */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean))

/** Courtesy titles and abbreviated ranks: never part of a person's name. */
export const HONORIFICS = set(
  'Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sir Dame Lord Lady Rev Rev. Fr Fr. ' +
    'Sen Sen. Rep Rep. Gov Gov. Gen Gen. Lt Lt. Col Col. Sgt Sgt. Capt Capt. Cmdr Adm Adm. Maj Maj. ' +
    'Pres Pres. Supt Det Det. Insp Hon Hon. Sheikh Sheik Imam Rabbi Pastor Father Sister Brother Mother Jr Jr. Sr Sr.',
)

/** Capitalised words of a post written before a name ("Prime Minister", "Secretary General"). */
export const TITLE_WORDS = set(
  'President Vice Prime Minister Ministers Secretary General Secretary-General Deputy Chief Justice Judge ' +
    'Chancellor King Queen Prince Princess Emperor Pope Cardinal Archbishop Bishop Ambassador Envoy Governor ' +
    'Mayor Senator Representative Congressman Congresswoman Speaker Chairman Chairwoman Chair Commissioner ' +
    'Director Administrator Inspector Detective Officer Sergeant Captain Commander Colonel Lieutenant Major ' +
    'Admiral Marshal Coach Manager Professor Doctor Attorney Prosecutor Premier Leader President-elect ' +
    'Foreign Defence Defense Finance Interior Health Education Environment Justice Trade Home State Acting ' +
    'Former Federal Crown Prosecutor Sheriff Constable Superintendent Councillor Councilor Alderman Minister-President CEO',
)

/** Lower-case nouns that name what a person is or does ("photographer Nat Finkelstein"). */
export const ROLE_NOUNS = set(
  'president minister spokesman spokeswoman spokesperson secretary ambassador envoy governor senator mayor ' +
    'chairman chairwoman chair director founder co-founder ceo executive manager coach captain striker ' +
    'goalkeeper defender midfielder forward player judge justice prosecutor attorney lawyer professor author ' +
    'researcher scientist analyst economist commander general leader lawmaker mp speaker editor reporter ' +
    'correspondent journalist columnist photographer actor actress singer musician songwriter artist painter ' +
    'writer novelist poet director producer curator student teacher pupil doctor nurse surgeon physician ' +
    'engineer architect designer inventor entrepreneur businessman businesswoman banker investor official ' +
    'officer detective inspector sergeant colonel lieutenant soldier pilot astronaut administrator commissioner ' +
    'councillor councilor candidate activist campaigner advocate critic historian philosopher priest bishop ' +
    'cosplayer illustrator cartoonist comedian host presenter anchor model athlete champion cyclist runner ' +
    'swimmer boxer wrestler golfer referee umpire fan resident farmer worker employee chief head deputy aide ' +
    'adviser advisor consultant member representative delegate diplomat negotiator mediator premier king ' +
    'queen prince princess pope cardinal imam rabbi pastor minister-president treasurer auditor chancellor ' +
    'developer programmer hacker blogger broadcaster publisher owner boss chef director-general ruler dictator',
)

/** Last words that make a name an organisation. */
export const ORG_HEADS = set(
  'Department Departments Ministry Ministries Institute Institution University College School Academy Council Court Agency Agencies Bank ' +
    'Inc Inc. Corp Corp. Corporation Ltd Ltd. LLC PLC plc Group Company Co Co. Party Committee Commission Office ' +
    'Association Federation Club FC Foundation Fund Service Services Authority Board Union ' +
    'Organisation Organization Parliament Congress Senate Assembly Army Navy Force Forces Police Guard ' +
    'Times Post News Press Journal Gazette Herald Tribune Telegraph Reuters Airlines Airways Motors ' +
    'Technologies Systems Labs Laboratory Laboratories Energy Power Securities Capital Holdings Holding ' +
    'Partners Pharmaceuticals Society Trust Network Bureau Tribunal Chamber ' +
    'Church Conference Coalition Alliance Movement Front League Brigade Brigades ' +
    'Administration Government Cabinet Embassy Consulate Commission Secretariat Directorate Industries ' +
    'Enterprises Media Studios Pictures Records Entertainment Broadcasting Radio Television TV Channel ' +
    'Magazine Review Project Program Programme Initiative Campaign Institute Institutes Cooperative ' +
    'Exchange Market Markets Stores Store Foods Brands Group Squad Team Council Parliament Municipality ' +
    'Corps Org Galleries Star Sun Mail Globe Mirror Observer Guardian Chronicle Inquirer Courier Daily Express Legion',
)

/** Last words that make a name a place. */
export const PLACE_HEADS = set(
  'Island Islands Isle River Mountains Mountain Mount Mt Lake Sea Ocean Gulf Bay Coast Peninsula Valley ' +
    'Desert Province County State States Region Republic Kingdom Territory Territories District Prefecture ' +
    'Street Avenue Road Square Bridge Airport Port Harbour Harbor Canal Strait Straits Cape Falls Forest ' +
    'Hills Heights Plain Plains Basin Delta Reef Highlands Lowlands Oblast Governorate Emirate City Town Village ' +
    'Stadium Arena Hall Station Base Mosque Cathedral Temple Palace Memorial Park Plaza Tower Hotel Theatre ' +
    'Theater Campus Zoo Prison Jail Manor Castle Beach Camp Field Fields Center Centre Museum Gallery Library ' +
    'Observatory Planetarium Hospital Complex Facility Factory Cave House Pad Terminal Pier Dock Farm Zone',
)

/** Words after which "of" continues a name ("Bank of England", "Gulf of Mexico", "Municipality of Livorno"). */
export const OF_HEADS = set(
  'University Bank Department Ministry Institute Museum Church Municipality Republic Kingdom Gulf Bay Sea Times ' +
    'Isle Island Islands Strait Cape City State Province Region Duke Duchess Court Council Secretary ' +
    'Association Federation Union Academy College School Society Office Board Commission Committee ' +
    'Government Parliament Assembly House Congress Chamber Center Centre Museum League Order Prince King Queen',
)

export const SPEECH_LEMMAS = set(
  'say tell add state argue warn insist note explain write announce claim confirm testify reply respond ' +
    'declare admit deny report recall describe predict suggest urge stress emphasise emphasize caution',
)

/** Capitalised words that open sentences or name times, never an entity on their own. */
export const NOT_NAMES = set(
  'The A An In On At But And Or So Yet This That These Those There His Her Their Its Our My What When ' +
    'Where While After Before As If For By With Since Meanwhile However Also Last Next Some Many Most One ' +
    'Two Three No Not Now Then Still Even Only Both Each All Such Here Who Which How Why Earlier Later ' +
    'Despite Although He She They We I It You Under Over From To Of Monday Tuesday Wednesday Thursday ' +
    'Friday Saturday Sunday January February March April June July August September October November ' +
    'December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Today Yesterday Tomorrow Tonight Mon Tue ' +
    'Wed Thu Fri Sat Sun Christmas Easter Ramadan Eid AM PM BC AD Internet Web God Photo Image ' +
    'Source Update Editor Note Read More Related Reuters AP AFP Associated Press Getty Images File Click ' +
    'According Please Thank Thanks Yes Oh Okay OK Mon Mrs Mr Ms Dr Prof',
)

/** Particles inside names (al-Kadhimi, bin Salman, van der Berg, de Vincenti). */
export const NAME_PARTICLES = set(
  'al el bin ibn bint van von der den de da di du le la dos das del abu',
)

/** Last words of events, works and prizes: named, but not actors or places. */
export const EVENT_HEADS = set(
  'Cup Games Olympics Olympiad Championship Championships Tournament Open Expo Fair Festival Award Awards ' +
    'Prize Summit War Revolution Act Bill Treaty Agreement Accord Day Week Year Season Series Show Challenge ' +
    'Marathon Race Prix Derby Trophy Medal Election Elections Protocol Plan Doctrine Law Index Report Survey ' +
    'Study System',
)

/** States and provinces news names without their country (a fixed administrative list). */
export const REGIONS = set(
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho ' +
    'Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota ' +
    'Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah ' +
    'Vermont Virginia Washington Wisconsin Wyoming Alberta Manitoba Ontario Quebec Saskatchewan Yukon ' +
    'Queensland Tasmania Victoria Scotland Wales England Catalonia Bavaria Tuscany Lombardy Sicily Kashmir ' +
    'Punjab Bengal Kerala Siberia Crimea Darfur Kurdistan Tibet Xinjiang Gaza Normandy Brittany Flanders',
)
/** Two-word states and provinces. */
export const REGION_PAIRS = set(
  'New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Rhode_Island South_Carolina ' +
    'South_Dakota West_Virginia British_Columbia Nova_Scotia New_Brunswick New_South_Wales ' +
    'South_Australia Western_Australia Northern_Territory Northern_Ireland West_Bank',
)

/** Facilities: named buildings and sites, places to the reader, though some also act as bodies. */
export const FACILITY_HEADS = set(
  'Center Centre Museum Gallery Library Observatory Planetarium Hospital Complex Facility Factory ' +
    'Stadium Arena Hall Station Airport Hotel Theatre Theater Park Plaza Tower Palace House Memorial',
)

/** Points of the compass that end a region's name ("Kowloon West", "the Pacific Northwest"). */
export const COMPASS = set(
  'North South East West Northeast Northwest Southeast Southwest North-East North-West South-East ' +
    'South-West Central Northern Southern Eastern Western Upper Lower Inner Outer Greater',
)

/** Continents and world regions news names without a country. */
export const WORLD_REGIONS = set(
  'Africa Asia Europe Antarctica Oceania Australasia Eurasia Scandinavia Balkans Caribbean Arctic ' +
    'Sahel Levant Maghreb Caucasus Siberia Patagonia Amazon Himalayas Mediterranean',
)
export const WORLD_REGION_PAIRS = set(
  'North_America South_America Central_America Latin_America Middle_East Far_East East_Asia ' +
    'South_Asia Southeast_Asia Central_Asia West_Africa East_Africa North_Africa Southern_Africa ' +
    'Sub-Saharan_Africa Western_Europe Eastern_Europe Central_Europe Northern_Europe Southern_Europe ' +
    'Pacific_Northwest Gulf_Coast East_Coast West_Coast Persian_Gulf',
)

/** Nouns of works and products: the name after "the novel", "the game" is no actor. */
export const WORK_NOUNS = set(
  'novel film movie book album song single track game videogame series show sitcom play opera ' +
    'musical painting sculpture documentary exhibit exhibition installation comic manga poem ' +
    'app console headset software device smartphone phone brand product ship yacht vessel aircraft ' +
    'hurricane storm typhoon cyclone operation mission rocket spacecraft satellite probe drug vaccine',
)

/** First words of named events and operations ("Operation Clambake", "Hurricane Katrina"). */
export const EVENT_FIRST = set('Operation Hurricane Typhoon Cyclone Storm Tropical')

/** Lower-case nouns right after a name that make it a company or body ("Google headquarters"). */
export const ORG_AFTER = set(
  'television tv newspaper radio channel agency company firm group party network magazine website ' +
    'bank club team university headquarters employees staff executives shares stock spokesman ' +
    'spokeswoman spokesperson board subsidiary division unit store stores chain brand',
)

/** First words of bodies named in other languages: "Instituto Gonzaga", "Banco Santander". */
export const FOREIGN_ORG_FIRST = set(
  'Instituto Istituto Institut Universidad Universidade Università Université Universität Colegio ' +
    'Collegio Banco Banca Banque Compagnie Société Sociedad Partido Partito Parti Museo Musée Ospedale',
)

/** Saints' names open places and churches, not people: "St. Louis", "Santo Spirito". */
export const SAINT_FIRST = set('St St. Saint Sainte San Santo Santa São Sant')

/** Head words of built places of any kind, for options of one sort: a building, a site, a street. */
export const BUILT_PLACE_HEADS = set(
  'Stadium Arena Hall Station Base Mosque Cathedral Church Temple Palace Memorial Park Plaza Tower ' +
    'Hotel Theatre Theater Campus Zoo Prison Jail Manor Castle Center Centre Museum Gallery Library ' +
    'Observatory Planetarium Hospital Complex Facility Factory House Pad Terminal Pier Dock Farm ' +
    'Airport Square Bridge Street Avenue Road Camp School University College Institute',
)

/** Head words of natural features ("Yangtze River", "Gulf of Aden"). */
export const NATURAL_HEADS = set(
  'River Mountains Mountain Mount Lake Sea Ocean Gulf Bay Coast Peninsula Valley Desert Island ' +
    'Islands Isle Strait Straits Cape Falls Forest Hills Plain Plains Basin Delta Reef Highlands ' +
    'Lowlands Beach Cave',
)
