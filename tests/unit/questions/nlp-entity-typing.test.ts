/**
 * Table tests for entity typing cues of English news (lib/questions/nlp/entities/cues.ts,
 * linking.ts, runs.ts): invented sentences in news style, several per pattern, each with the
 * kind its name must get. A broken rule fails its row.
 */
import { describe, expect, test } from 'vitest'
import { findEntities } from '@/lib/questions/nlp'
import { neighbourCountries, neighbourPlaces } from '@/lib/questions/nlp/places'
import { docFrom } from './load'

const kindOf = (body: string, name: string) =>
  findEntities(docFrom(body)).find((e) => e.name === name)?.kind ?? null
const names = (body: string) => findEntities(docFrom(body)).map((e) => e.name)

type Row = [string, string, 'person' | 'organisation' | 'place' | null]
const table = (rows: Row[]) =>
  test.each(rows)('%s → %s is %s', (body, name, kind) => expect(kindOf(body, name)).toBe(kind))

describe('cities and provinces of the gazetteer are places', () => {
  table([
    ['Thousands marched through Volgograd on Sunday.', 'Volgograd', 'place'],
    ['The plant near Greensboro will close next year.', 'Greensboro', 'place'],
    ['Officials in Ontario confirmed the figures.', 'Ontario', 'place'],
    ['Flooding hit Guangdong for a third day.', 'Guangdong', 'place'],
    ['The match in Nizhny Novgorod ended in a draw.', 'Nizhny Novgorod', 'place'],
  ])
})

describe('compass points and world regions make places', () => {
  table([
    ['Turnout in Kowloon West was the highest in years.', 'Kowloon West', 'place'],
    ['She won the seat for Harbour East by a wide margin.', 'Harbour East', 'place'],
    ['Sales across North America fell by a tenth.', 'North America', 'place'],
    ['Drought has spread across the Sahel this year.', 'Sahel', 'place'],
    ['The storm moved on towards the Pacific Northwest.', 'Pacific Northwest', 'place'],
  ])
})

describe('facilities are places, unless they speak or employ', () => {
  table([
    [
      'The shuttle will go on display at the Orlando Space Center.',
      'Orlando Space Center',
      'place',
    ],
    ['The painting now hangs in the Bramley Art Museum.', 'Bramley Art Museum', 'place'],
    ['He was taken to St Jude Hospital with burns.', 'St Jude Hospital', 'place'],
    ['Protesters gathered outside the White House on Friday.', 'White House', 'place'],
    ['The Hollis Policy Center said the plan would fail.', 'Hollis Policy Center', 'organisation'],
    [
      'Maria Lopez, a professor at the Ridgeway Law Center, criticised the ruling.',
      'Ridgeway Law Center',
      'organisation',
    ],
  ])
})

describe('appositions name the kind', () => {
  table([
    [
      'The Orvane Trust, a charity based in Leeds, paid for the repairs.',
      'Orvane Trust',
      'organisation',
    ],
    ['Verdania, an organisation of farmers, backed the bill.', 'Verdania', 'organisation'],
    ['The fire started in Kelbrook, a village north of the city.', 'Kelbrook', 'place'],
    ['Police closed roads into Marlow Heath, a suburb of the capital.', 'Marlow Heath', 'place'],
  ])
})

describe('a body before or beside a person is an organisation', () => {
  table([
    ["Votrex's Anna Fielding said the deal was done.", 'Votrex', 'organisation'],
    ["Greenfront's Paul Mercer lost his seat.", 'Greenfront', 'organisation'],
    ['Zentara founder Tom Hale stepped down on Monday.', 'Zentara', 'organisation'],
    ['Laura Chen of the Harbour Alliance won the vote.', 'Harbour Alliance', 'organisation'],
    ['Peter Wong of Civic Dawn conceded defeat.', 'Civic Dawn', 'organisation'],
  ])

  test("a country before a person's name stays a place", () => {
    expect(kindOf("Korea's Kim Min-jae headed the ball in.", 'Korea')).toBe('place')
  })
})

describe('company forms are organisations, not people', () => {
  table([
    ['The video was removed from YouTube within hours.', 'YouTube', 'organisation'],
    ['Shares in Dataware rose after the report.', 'Dataware', 'organisation'],
    ['A report by Globenews found the opposite.', 'Globenews', 'organisation'],
    ['Staff at Kestrel headquarters were sent home.', 'Kestrel', 'organisation'],
  ])

  test.each([
    ['Players queued to try the PlayStation VR headset.', 'PlayStation VR'],
    ['Fans lined up for Arkham VR at the stand.', 'Arkham VR'],
    ['Visitors walked through the Silver Clouds installation.', 'Silver Clouds'],
  ])('%s → %s is no person', (body, name) => expect(kindOf(body, name)).not.toBe('person'))

  test('Mc- and Mac- surnames are still people', () => {
    expect(kindOf('Angus McTavish said the vote was fair.', 'Angus McTavish')).toBe('person')
  })
})

describe('romanised given names joined by a hyphen', () => {
  table([
    ['The seat went to Lau Siu-lai, a lecturer.', 'Lau Siu-lai', 'person'],
    ['In the second half, Hwang Hee-Chan was booked.', 'Hwang Hee-Chan', 'person'],
    ['Voters chose Kwok Wai-keung of the union.', 'Kwok Wai-keung', 'person'],
    ['Chan Ka-ching said the count was late.', 'Chan Ka-ching', 'person'],
  ])

  test('compound adjectives are not joined into a name', () => {
    const all = names('The Hong Kong-based firm hired Iran-aligned fighters.')
    expect(all).toContain('Hong Kong')
    expect(all.some((n) => /based|aligned/.test(n))).toBe(false)
  })
})

describe('linking keeps places and people apart from institutions named after them', () => {
  test('a city that names its police is still a place', () => {
    const body =
      'The Brenton Police Department arrested two men. The arrests took place in Brenton on Friday.'
    expect(kindOf(body, 'Brenton Police Department')).toBe('organisation')
    expect(kindOf(body, 'Brenton')).toBe('place')
  })

  test('a person who names a programme is still a person', () => {
    const body =
      'The Andrea Voss Photography Program gave away 500 prints. Andrea Voss took most of them herself.'
    expect(kindOf(body, 'Andrea Voss')).toBe('person')
  })

  test('an acronym links to the full name it abbreviates', () => {
    const body =
      'The National Roads Safety Agency published the figures. The NRSA said deaths had fallen.'
    const e = findEntities(docFrom(body)).find((x) => x.name === 'National Roads Safety Agency')
    expect(e?.kind).toBe('organisation')
    expect(e?.mentions.map((m) => m.text)).toContain('NRSA')
  })
})

describe('distractor places come from the data', () => {
  test('a city is asked against other cities of its country', () => {
    expect(neighbourPlaces('Milan').slice(0, 3)).toEqual(['Rome', 'Naples', 'Turin'])
  })
  test('a province against other provinces of its country', () => {
    expect(neighbourPlaces('Ontario')).toContain('Alberta')
  })
  test('a country with few neighbours in its subregion takes its region', () => {
    expect(neighbourCountries('Australia').length).toBeGreaterThanOrEqual(3)
  })
})

describe('a country that plays is its team', () => {
  table([
    ['Norway defeated Chile 2 – 1 in the opening game.', 'Norway', 'organisation'],
    ['Ghana beat Peru 3 – 1 at the new stadium.', 'Ghana', 'organisation'],
    ["Peru's goalkeeper saved a late penalty.", 'Peru', 'organisation'],
    ['A header put Croatia in the lead before half time.', 'Croatia', 'organisation'],
  ])

  test.each([
    ['Norway faced sanctions over its whaling programme.', 'Norway'],
    ['Talks between Ghana and Peru resumed in Lima.', 'Ghana'],
    ['Chile defeated the proposal in a referendum.', 'Chile'],
  ])('%s → %s stays a place', (body, name) => expect(kindOf(body, name)).toBe('place'))
})

describe('works, products, events and groups are not actors', () => {
  test.each([
    ['The author launched her graphic novel Storm Harbour at the fair.', 'Storm Harbour'],
    ['Crowds queued for the film Iron Meadow on its opening night.', 'Iron Meadow'],
    ['Their robot, named "Quick Silver", won two rounds.', 'Quick Silver'],
    ['Activists revealed details of Operation Blue Lantern.', 'Operation Blue Lantern'],
    ['Hurricane Delia reached the coast on Monday.', 'Hurricane Delia'],
    ['Thousands attended Comic Expo Canada over the weekend.', 'Comic Expo Canada'],
    ['Critics of the Conservative government walked out.', 'Conservative'],
    ['About 300 Muslims prayed outside the hall.', 'Muslims'],
    ['The test measured IQ in 500 children.', 'IQ'],
    ['Pope Leo XIV visited the town.', 'XIV'],
    ['The defence was led by Anne Whitley, QC, who called two witnesses.', 'QC'],
  ])('%s → no %s', (body, name) => expect(names(body)).not.toContain(name))

  test('a descriptor capitalised at the start of the sentence is not part of the name', () => {
    const body = 'Nonpartisan Mark Ellery won the seat. The nonpartisan candidates did well.'
    expect(names(body)).toContain('Mark Ellery')
  })

  test('"Council on …" and "Institute for …" are one organisation', () => {
    const body = 'The Council on Foreign Trade and the Institute for Rural Studies both objected.'
    expect(kindOf(body, 'Council on Foreign Trade')).toBe('organisation')
    expect(kindOf(body, 'Institute for Rural Studies')).toBe('organisation')
  })

  test('a time word inside a newspaper name stays in it', () => {
    expect(
      kindOf('The story ran in the Dunmore Morning Herald on Friday.', 'Dunmore Morning Herald'),
    ).toBe('organisation')
  })
})

describe('the form of a name', () => {
  table([
    ['Students at the Instituto Ferrante staged a sit-in.', 'Instituto Ferrante', 'organisation'],
    ['A loan from Banco Meridional kept the firm afloat.', 'Banco Meridional', 'organisation'],
    ['The march ended at Santo Marco on Sunday.', 'Santo Marco', 'place'],
    ['Thousands gathered in St. Albans for the parade.', 'St. Albans', 'place'],
    ['The shuttle will be shown at the Museum of Flight in Seattle.', 'Museum of Flight', 'place'],
    ['Fans of such bands as The Hollow Pines came early.', 'Hollow Pines', 'organisation'],
    ['Members of the Marine Corps helped clear the roads.', 'Marine Corps', 'organisation'],
    [
      'The Doctor Who Society of Canada held a raffle.',
      'Doctor Who Society of Canada',
      'organisation',
    ],
    ['Ships crossed the Gulf of Tarin at dawn.', 'Gulf of Tarin', 'place'],
  ])

  test('an acronym does not retype the place it abbreviates', () => {
    const body =
      'The rocket stood at the Merritt Space Center on Tuesday. Crowds at MSC cheered. MSC staff waved.'
    expect(kindOf(body, 'Merritt Space Center')).toBe('place')
  })

  test('a post inside an institution keeps the institution whole', () => {
    expect(names('Doctors at the Queen Mary Hospital treated him.')).toContain(
      'Queen Mary Hospital',
    )
  })
})

describe('match reports, craft, prizes and second names of a country', () => {
  test('every country that plays in a match report is a team', () => {
    const body = [
      'Norway defeated Chile 2 – 1 on Saturday.',
      'Norway 2 – 1 Chile was the first game of the group.',
      'Later, Ghana faced Peru in the capital.',
    ].join(' ')
    expect(kindOf(body, 'Norway')).toBe('organisation')
    expect(kindOf(body, 'Chile')).toBe('organisation')
    expect(kindOf(body, 'Ghana')).toBe('organisation')
  })

  test.each([
    ['The Space Shuttle Endeavour landed safely.', 'Space Shuttle Endeavour'],
    ['Images from the Hubble Space Telescope were released.', 'Hubble Space Telescope'],
    ['He was named Man of the Match after the final.', 'Match'],
  ])('%s → no %s', (body, name) => expect(names(body)).not.toContain(name))

  test('a post after a body is not part of its name', () => {
    const body = 'Former Museum of Flight CEO Ralph Bayer opened the hall.'
    expect(names(body)).not.toContain('Museum of Flight CEO')
  })

  test('"Korea" and "South Korea" are one entity', () => {
    const body = 'South Korea sent aid on Monday. Korea also sent doctors.'
    const all = findEntities(docFrom(body)).filter((e) => /Korea/.test(e.name))
    expect(all.map((e) => e.name)).toEqual(['South Korea'])
    expect(all[0]?.mentions.map((m) => m.text)).toEqual(['South Korea', 'Korea'])
  })
})

describe('bodies named by their parts', () => {
  table([
    [
      'The Dunmore Independent School District closed two schools.',
      'Dunmore Independent School District',
      'organisation',
    ],
    ['Figures from Hitwise UK showed a rise in visits.', 'Hitwise UK', 'organisation'],
    ['She joined the Sea Org at fourteen.', 'Sea Org', 'organisation'],
    ['The prints were sold through Harlow Galleries in May.', 'Harlow Galleries', 'organisation'],
    [
      'Crowds filled the Ida & Leon Marsh Museum of Art.',
      'Ida & Leon Marsh Museum of Art',
      'place',
    ],
  ])

  test.each([['Posters wearing a NASA T-shirt were shared online.', 'NASA', 'organisation']])(
    '%s → %s is %s',
    (body, name, kind) => expect(kindOf(body, name)).toBe(kind),
  )

  test.each([
    ['Campaigners say Islamophobia is rising.', 'Islamophobia'],
    ['Results of the National Salt Intake study were published.', 'National Salt Intake'],
    ['Teams played Counter-Strike: Global Offensive all night.', 'Global Offensive'],
  ])('%s → no %s', (body, name) => expect(names(body)).not.toContain(name))

  test('a lone common word the article writes in lower case is no organisation', () => {
    const body = 'The Studio opened in May. Each studio has a window.'
    expect(kindOf(body, 'Studio')).toBeNull()
  })

  test('after "at", an unknown lone name leans to a company when it has staff', () => {
    const body = 'She met engineers at Quorvex headquarters. Quorvex staff showed her round.'
    expect(kindOf(body, 'Quorvex')).toBe('organisation')
  })
})

describe('labels and cities that are also given names', () => {
  test.each([
    ['Italy finished top of Pool B.', 'Pool B'],
    ['The company has a Plan B for the merger.', 'Plan B'],
  ])('%s → no %s', (body, name) => expect(names(body)).not.toContain(name))

  test('a city named like a person, near a pronoun about someone else, is a place', () => {
    const body = 'The head of the Dallas chapter said his group would help.'
    expect(kindOf(body, 'Dallas')).toBe('place')
  })
})

describe('a letter label before the noun it classes', () => {
  test.each([
    ['Secret B files were left on a train.', 'Secret B'],
    ['Shops sold Quality A beef at a discount.', 'Quality A'],
  ])('%s → no %s', (body, name) => expect(names(body)).not.toContain(name))
})

describe('a name joined to a common noun is a compound word', () => {
  test.each([
    ['A Vantor-critic posted the video on Monday.', 'Vantor-critic'],
    ['They met in the Polaroid-room. The room was small.', 'Polaroid-room'],
  ])('%s → no %s', (body, name) => expect(names(body)).not.toContain(name))

  test('a romanised given name is still joined', () => {
    expect(kindOf('The seat went to Chan Ka-ching on Sunday.', 'Chan Ka-ching')).toBe('person')
  })
})

describe('a name before a system noun names the system, not a body', () => {
  table([
    ['Councils moved from the RTX system to a flat rate.', 'RTX', null],
    ['Officers track offenders with the KESTREL database.', 'KESTREL', null],
    ['Owners pay more under the Varno tax than before.', 'Varno', null],
    ['The files were stored in the Orbis format.', 'Orbis', null],
    [
      'The FNB said the leak was small. The FNB warned staff. Its FNB database was closed.',
      'FNB',
      'organisation',
    ],
    [
      'The Hollis Policy Center said the system would fail.',
      'Hollis Policy Center',
      'organisation',
    ],
  ])
})

describe('a brand the article also writes in the plural is a count noun', () => {
  test.each([
    ['The show has 100 Zentaroids. Each Zentaroid is signed.', 'Zentaroids'],
    ['The show has 100 Zentaroids. Each Zentaroid is signed.', 'Zentaroid'],
    ['She won two Bravies last year. The Bravie went to her mother.', 'Bravies'],
    [
      'Guests queued for the Snapcam-booth. The Snapcams were ready in a minute. A Snapcam costs $5.',
      'Snapcam-booth',
    ],
    [
      'The Brannoch Snapcam exhibit opened. She said Snapcams fade in sunlight. The Snapcam was new.',
      'Holt Snapcam',
    ],
  ])('%s → no %s', (body, name) => expect(names(body)).not.toContain(name))

  table([
    ['Oscar Wilde wrote plays. Oscar won two Oscars.', 'Oscar Wilde', 'person'],
    [
      'Kathryn Waters opened the show. Waters said the Water exhibit was new.',
      'Kathryn Waters',
      'person',
    ],
    ['Shares in Dataware rose after the report.', 'Dataware', 'organisation'],
  ])
})

describe('a vessel or a work named by its noun is no actor at any mention', () => {
  table([
    [
      'She spent years aboard the cruise ship, Seawind. She was later sent to the Seawind.',
      'Seawind',
      null,
    ],
    ['On board the Marlin, the crew found no fuel. The Marlin sailed at dawn.', 'Marlin', null],
    ['Two engineers flew aboard Endeavour in May.', 'Endeavour', null],
    ['She wrote her latest novel, Ashgrove, in Paris. Ashgrove sold well.', 'Ashgrove', null],
    ['Board members of the Harbour Alliance met on Friday.', 'Harbour Alliance', 'organisation'],
    ['The firm, Dataware, sold the ship to the Kestrel Group.', 'Kestrel Group', 'organisation'],
  ])
})

describe('an event named by an apposition is no actor', () => {
  table([
    [
      'The crash came ten days before the Hajj, the annual pilgrimage to Mecca. Millions come for the Hajj.',
      'Hajj',
      null,
    ],
    ['Crowds filled the streets for Vesak, the festival of lights.', 'Vesak', null],
    ['Police prepared for the Gathering, an annual celebration of music.', 'Gathering', null],
    [
      'Observers from Votewatch, the election monitoring group, arrived on Monday.',
      'Votewatch',
      'organisation',
    ],
    [
      'The Orvane Trust, a charity based in Leeds, paid for the repairs.',
      'Orvane Trust',
      'organisation',
    ],
  ])
})

describe('characters and nicknames are people', () => {
  table([
    ['In the series the actor played the Joker.', 'Joker', 'person'],
    ['She voiced the Narrator in the film.', 'Narrator', 'person'],
    ['We spoke with a cosplayer going by the name "The Katherinator".', 'Katherinator', 'person'],
    ['The rapper, who calls himself "The Prophet", sold out the hall.', 'Prophet', 'person'],
    ['Crowds saw Chelsea play the Saints on Sunday.', 'Saints', 'organisation'],
    ['Fans of such bands as The Hollow Pines came early.', 'Hollow Pines', 'organisation'],
  ])
})

describe('a body and a person run together with no comma', () => {
  test('the surname named alone elsewhere splits the person off', () => {
    const body =
      'A student at University of Texas Arlington Amneh Jafari heard of the case. Jafari said she was angry.'
    expect(kindOf(body, 'University of Texas Arlington')).toBe('organisation')
    expect(kindOf(body, 'Amneh Jafari')).toBe('person')
  })

  test.each([
    [
      'A nurse at Queen Mary Hospital Tesni Okafor said the ward was full. Okafor said more.',
      'Tesni Okafor',
    ],
    [
      'A lawyer for the Harbour Alliance Dario Venn spoke. Venn said the talks had failed.',
      'Dario Venn',
    ],
  ])('%s → %s is a person', (body, name) => expect(kindOf(body, name)).toBe('person'))

  test('a name with no surname alone elsewhere stays whole', () => {
    const body = 'Visitors came to the Museum of Flight Lorne Avery wing. The wing was new.'
    expect(names(body)).not.toContain('Lorne Avery')
  })
})

describe('a portfolio inside a body, plural heads and papers joined by "and"', () => {
  table([
    [
      'The toll was given by the Civil Defense Authority on Friday.',
      'Civil Defense Authority',
      'organisation',
    ],
    ['Staff of the Public Health Agency were sent home.', 'Public Health Agency', 'organisation'],
    [
      'After talks between the State and Homeland Security Departments, visas were granted.',
      'Homeland Security Departments',
      'organisation',
    ],
    [
      'Writing in a blog post, Matthew Ingram of The Globe and Mail called it a war.',
      'Globe and Mail',
      'organisation',
    ],
    [
      'The story was first told by a reporter for The Globe and Mail.',
      'Globe and Mail',
      'organisation',
    ],
    [
      'The state is sending aid. Students from Idaho State University, Arizona State University and the University of Colorado built it.',
      'Idaho State University',
      'organisation',
    ],
    ['The plant near Huntsville, Alabama will close.', 'Huntsville', 'place'],
  ])

  test('a post between a body and a person still splits them', () => {
    const body = 'NASA Administrator Charles Bolden said the launch would go ahead.'
    expect(kindOf(body, 'Charles Bolden')).toBe('person')
  })

  test.each([
    ['Members of the Senate and House voted late.', 'Senate and House'],
    ['A report in The Times and Reuters said so.', 'Times and Reuters'],
    ['Fans of The Hollow Pines and Echo Band came early.', 'Hollow Pines and Echo Band'],
  ])('%s → no %s', (body, name) => expect(names(body)).not.toContain(name))
})
