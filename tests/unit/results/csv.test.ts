import { describe, expect, test } from 'vitest'
import {
  buildResultRows,
  neutraliseCell,
  resultsCsv,
  resultsCsvFileName,
  resultsCsvHeader,
  resultsCsvRecord,
} from '@/lib/results'
import { ALL_RIGHT, single, submittedAttempt } from './fixtures'
import { parseCsv } from './parse-csv'

describe('neutraliseCell', () => {
  test.each([
    ['Ada', 'Ada'],
    ['', ''],
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://evil.test","click")', '\'=HYPERLINK("http://evil.test","click")'],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['  =cmd|" /C calc"!A0', '\'  =cmd|" /C calc"!A0'],
    ['\t=1', "'\t=1"],
    ['\tAda', "'\tAda"],
    ['\rAda', "'\rAda"],
    ['Ada = Bo', 'Ada = Bo'],
    ['Jean-Luc', 'Jean-Luc'],
    ["O'Brien", "O'Brien"],
    ['a@b.test', 'a@b.test'],
  ])('%j → %j', (value, cell) => {
    expect(neutraliseCell(value)).toBe(cell)
  })
})

describe('resultsCsvFileName', () => {
  test.each([
    ['Year 9: Rocket attacks', 'year-9-rocket-attacks-results.csv'],
    ['Zoë’s "class" / 2025', 'zoe-s-class-2025-results.csv'],
    ['../../etc/passwd', 'etc-passwd-results.csv'],
    ['Ünïcödé', 'unicode-results.csv'],
    ['日本語', 'assignment-results.csv'],
    ['', 'assignment-results.csv'],
    ['a\r\nContent-Type: text/html', 'a-content-type-text-html-results.csv'],
    [`${'x'.repeat(59)} yz`, `${'x'.repeat(59)}-results.csv`],
  ])('%j → %s', (title, name) => {
    expect(resultsCsvFileName(title)).toBe(name)
  })
})

describe("parseCsv (the tests' reader)", () => {
  test.each([
    ['a,b\r\n', [['a', 'b']]],
    [
      '"a,b","c""d"\n"e\nf",\n',
      [
        ['a,b', 'c"d'],
        ['e\nf', ''],
      ],
    ],
    ['\uFEFFx', [['x']]],
  ])('%j', (text, records) => {
    expect(parseCsv(text)).toEqual(records)
  })
})

describe('resultsCsv', () => {
  const nasty = [
    'Smith, Jo',
    'Say "hi"',
    'Line\nbreak',
    '=HYPERLINK("http://evil.test")',
    '@admin',
    'Zoë',
  ]
  const attempts = nasty.map((name, i) =>
    submittedAttempt(i % 2 ? ALL_RIGHT : {}, { name, studentKey: `k${i}`, seconds: 60 + i }),
  )
  attempts.push(
    submittedAttempt({ 'q-single': { optionId: 'a' } }, { name: 'Solo', questions: [single] }),
  )
  const categories = ['actor', 'date', 'position', 'place'] as const
  const rows = buildResultRows(attempts, new Map([['k1', 2]]), categories)
  const csv = resultsCsv(rows, categories)

  test('starts with a byte-order mark and uses CRLF records', () => {
    expect(csv.startsWith('\uFEFFName,Score,Max score,Percent,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  test('a name with a lone line break or carriage return is quoted (CRLF is the record delimiter)', () => {
    expect(csv).toContain('"Line\nbreak"')
    const cr = resultsCsv(
      buildResultRows([submittedAttempt({}, { name: 'A\rB' })], new Map(), []),
      [],
    )
    expect(cr).toContain('"A\rB"')
  })

  test('header names every column, per category earned and possible', () => {
    expect(resultsCsvHeader(categories)).toEqual([
      'Name',
      'Score',
      'Max score',
      'Percent',
      'Actors earned',
      'Actors possible',
      'Dates earned',
      'Dates possible',
      'Positions earned',
      'Positions possible',
      'Places earned',
      'Places possible',
      'Time taken (s)',
      'Submitted at',
      'Attempts used',
    ])
  })

  test('parses back to exactly the rows, with names escaped and formulas neutralised', () => {
    const records = parseCsv(csv)
    expect(records[0]).toEqual(resultsCsvHeader(categories))
    expect(records.slice(1)).toEqual(
      rows.map((r) => resultsCsvRecord(r, categories).map((cell) => String(cell))),
    )
    const names = records.slice(1).map((r) => r[0])
    expect(names).toEqual(
      expect.arrayContaining([
        'Smith, Jo',
        'Say "hi"',
        'Line\nbreak',
        '\'=HYPERLINK("http://evil.test")',
        "'@admin",
        'Zoë',
      ]),
    )
    // Every record has every column, whatever is in the name.
    expect(new Set(records.map((r) => r.length))).toEqual(new Set([15]))
  })

  test('a record: numbers, empty cells for categories not asked, ISO time', () => {
    const solo = rows.find((r) => r.name === 'Solo')
    expect(solo).toBeDefined()
    if (!solo) return
    expect(resultsCsvRecord(solo, categories)).toEqual([
      'Solo',
      1,
      1,
      100,
      1,
      1,
      '',
      '',
      '',
      '',
      '',
      '',
      300,
      solo.submittedAt.toISOString(),
      1,
    ])
  })

  test('no cell of the file starts a formula', () => {
    const records = parseCsv(csv)
    for (const cell of records.flat()) expect(cell).not.toMatch(/^\s*[=+@]|^-\D/)
  })
})
