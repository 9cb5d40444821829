// The indicators breakdown as a table (one row per unit, then the total), written as XLSX or CSV.
import type { Lang } from '@qadagalau/shared';
import { Workbook } from 'exceljs';
import type { IndicatorBreakdown, IndicatorUnit } from '../kpi/kpi.breakdown.types';
import { KpiScope, type Indicators } from '../kpi/kpi.types';
import { INDICATORS_TEXT, INDICATOR_KEYS, INDICATOR_TEXT, formatTimestamp, paraLabel } from './export.labels';

/** One line of the table: the unit's name, then numerator, denominator and percent of paras 22, 23, 24. */
export interface IndicatorLine {
  name: string;
  /** Nine cells: per indicator its two counts and its percent (null: nothing to count). */
  values: (number | null)[];
  total: boolean;
}

export interface IndicatorTable {
  headers: string[];
  lines: IndicatorLine[];
}

/** The unit's name in a language. */
export function unitName(unit: Pick<IndicatorUnit, 'nameKk' | 'nameRu' | 'nameEn'>, lang: Lang): string {
  return { kk: unit.nameKk, ru: unit.nameRu, en: unit.nameEn }[lang];
}

function values(i: Indicators): (number | null)[] {
  return [
    i.appealProtestEffectiveness.numerator,
    i.appealProtestEffectiveness.denominator,
    i.appealProtestEffectiveness.percent,
    i.protestSatisfaction.unsatisfied,
    i.protestSatisfaction.considered,
    i.protestSatisfaction.percent,
    i.responseEffectiveness.numerator,
    i.responseEffectiveness.denominator,
    i.responseEffectiveness.percent,
  ];
}

/** The localized header row and the lines: every unit of the breakdown, then the parent total. */
export function indicatorTable(breakdown: IndicatorBreakdown, lang: Lang): IndicatorTable {
  const unitHeader =
    breakdown.unit.scope === KpiScope.REPUBLIC ? INDICATORS_TEXT.region[lang] : INDICATORS_TEXT.office[lang];
  const headers = [unitHeader];
  for (const key of INDICATOR_KEYS) {
    const text = INDICATOR_TEXT[key];
    const para = paraLabel(text.para, lang);
    headers.push(`${para}: ${text.numerator[lang]}`, `${para}: ${text.denominator[lang]}`, `${para}: %`);
  }
  const lines: IndicatorLine[] = breakdown.rows.map((row) => ({
    name: unitName(row.unit, lang),
    values: values(row.indicators),
    total: false,
  }));
  lines.push({
    name: `${INDICATORS_TEXT.total[lang]}: ${unitName(breakdown.unit, lang)}`,
    values: values(breakdown.total),
    total: true,
  });
  return { headers, lines };
}

/** Is a column (0-based, in the nine values) a percent? */
const isPercent = (i: number): boolean => i % 3 === 2;

/**
 * RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote or a line break
 * (quotes doubled). A text that a spreadsheet would run as a formula (= + - @ first) gets a leading apostrophe.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV: UTF-8 with a byte-order mark (Excel reads Cyrillic right), percents with one decimal. */
export function indicatorsCsv(table: IndicatorTable): Buffer {
  const rows = [
    table.headers.map(csvField).join(','),
    ...table.lines.map((line) =>
      [
        csvField(line.name),
        ...line.values.map((v, i) => csvField(v === null ? null : isPercent(i) ? Number(v.toFixed(1)) : v)),
      ].join(','),
    ),
  ];
  return Buffer.from(`\uFEFF${rows.join('\r\n')}\r\n`, 'utf8');
}

export interface IndicatorsWorkbookMeta {
  breakdown: IndicatorBreakdown;
  lang: Lang;
  generatedAt: Date;
  generatedBy: string;
}

/**
 * The table as XLSX: a bold, frozen header row, fitted column widths, percents as numbers with the 0.0% format
 * (the cell holds the fraction: 66.7 % is 0.667), the total row bold; a second sheet says what the figures are.
 */
export async function indicatorsXlsx(table: IndicatorTable, meta: IndicatorsWorkbookMeta): Promise<Buffer> {
  const { lang, breakdown } = meta;
  const workbook = new Workbook();
  workbook.creator = 'Qadagalau';
  workbook.created = meta.generatedAt;
  const sheet = workbook.addWorksheet(INDICATORS_TEXT.sheet[lang], {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  });
  const nameWidth = Math.min(70, Math.max(24, ...table.lines.map((l) => l.name.length + 2)));
  sheet.columns = table.headers.map((header, i) => ({
    header,
    key: `c${i}`,
    width: i === 0 ? nameWidth : Math.max(12, Math.min(28, header.length + 2)),
    style: i > 0 && isPercent(i - 1) ? { numFmt: '0.0%' } : i > 0 ? { numFmt: '0' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 32;
  for (const line of table.lines) {
    const row = sheet.addRow([
      line.name,
      ...line.values.map((v, i) => (v === null ? null : isPercent(i) ? v / 100 : v)),
    ]);
    if (line.total) row.font = { bold: true };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };

  const about = workbook.addWorksheet(INDICATORS_TEXT.about[lang]);
  about.columns = [{ width: 28 }, { width: 110 }];
  const title = about.addRow([INDICATORS_TEXT.title[lang]]);
  title.font = { bold: true, size: 13 };
  about.addRow([]);
  about.addRow([INDICATORS_TEXT.unit[lang], unitName(breakdown.unit, lang)]);
  about.addRow([INDICATORS_TEXT.quarter[lang], breakdown.quarter]);
  about.addRow([INDICATORS_TEXT.period[lang], `${breakdown.from} — ${breakdown.to}`]);
  about.addRow([INDICATORS_TEXT.generatedAt[lang], formatTimestamp(meta.generatedAt)]);
  about.addRow([INDICATORS_TEXT.generatedBy[lang], meta.generatedBy]);
  about.addRow([]);
  for (const key of INDICATOR_KEYS) {
    const text = INDICATOR_TEXT[key];
    const row = about.addRow([`${paraLabel(text.para, lang)}. ${text.name[lang]}`, text.formula[lang]]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(1).font = { bold: true };
  }
  about.addRow([]);
  about.addRow(['', INDICATORS_TEXT.rows[lang]]).alignment = { wrapText: true };
  about.addRow(['', INDICATORS_TEXT.empty[lang]]);
  about.getColumn(1).alignment = { vertical: 'top', wrapText: true };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
