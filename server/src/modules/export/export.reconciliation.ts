// The para 7 reconciliation act as a file: a signed act from its frozen snapshot (never re-read: it is what both
// sides signed), a draft from the current rows, marked as a draft. Written as XLSX (exceljs) or PDF (pdfkit with
// DejaVu Sans, which has every Kazakh and Russian letter).
import { readFileSync } from 'node:fs';
import { Discrepancy, ReconciliationStatus, quarterRange, type Lang } from '@qadagalau/shared';
import { Workbook } from 'exceljs';
import PDFDocument from 'pdfkit';
import type { EntityManager } from 'typeorm';
import type { Reconciliation } from '../reconciliation/reconciliation.entity';
import { DISCREPANCY_TEXT, RECONCILIATION_TEXT as T, formatTimestamp } from './export.labels';

export interface ActOffice {
  code: string | null;
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

/**
 * One line of the act. Issue 8, privacy: deliberately no offender name or birth date — the act travels between
 * two offices (and their superiors) and is signed and frozen, so no per-viewer masking could apply to it later;
 * the case number identifies the case for those who may open it (test/integration/privacy.test.ts scans the files).
 */
export interface ActItem {
  caseNumber: string;
  koapArticle: string | null;
  discrepancy: Discrepancy | null;
  resolutionNote: string | null;
  resolvedAt: string | null;
}

export interface ActSignature {
  displayName: string | null;
  username: string | null;
  at: string | null;
}

/** What an exported act shows, whichever its source. */
export interface ActView {
  id: string;
  quarter: string;
  period: { from: string; to: string };
  status: ReconciliationStatus;
  builtAt: string | null;
  territorialOffice: ActOffice;
  specializedOffice: ActOffice;
  items: ActItem[];
  signatures: { territorial: ActSignature; specialized: ActSignature };
}

type Json = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});

function officeOf(value: unknown): ActOffice {
  const o = obj(value);
  const fallback = str(o['code']) ?? str(o['id']) ?? '';
  return {
    code: str(o['code']),
    nameKk: str(o['nameKk']) ?? fallback,
    nameRu: str(o['nameRu']) ?? fallback,
    nameEn: str(o['nameEn']) ?? fallback,
  };
}

function signatureOf(value: unknown): ActSignature {
  const s = obj(value);
  return { displayName: str(s['displayName']), username: str(s['username']), at: str(s['at']) };
}

function isDiscrepancy(v: unknown): v is Discrepancy {
  return typeof v === 'string' && (Object.values(Discrepancy) as string[]).includes(v);
}

/** The act of a frozen reconciliation, read from the snapshot taken when the second side signed. */
export function actFromSnapshot(rec: Reconciliation, act: Json): ActView {
  const period = obj(act['period']);
  const signatures = obj(act['signatures']);
  const items = Array.isArray(act['items']) ? (act['items'] as unknown[]) : [];
  const range = quarterRange(rec.quarter);
  return {
    id: rec.id,
    quarter: str(act['quarter']) ?? rec.quarter,
    period: { from: str(period['from']) ?? range.from, to: str(period['to']) ?? range.to },
    status: ReconciliationStatus.SIGNED,
    builtAt: str(act['builtAt']),
    territorialOffice: officeOf(act['territorialOffice']),
    specializedOffice: officeOf(act['specializedOffice']),
    items: items.map((value) => {
      const i = obj(value);
      return {
        caseNumber: str(i['caseNumber']) ?? '',
        koapArticle: str(i['koapArticle']),
        discrepancy: isDiscrepancy(i['discrepancy']) ? i['discrepancy'] : null,
        resolutionNote: str(i['resolutionNote']),
        resolvedAt: str(i['resolvedAt']),
      };
    }),
    signatures: {
      territorial: signatureOf(signatures['territorial']),
      specialized: signatureOf(signatures['specialized']),
    },
  };
}

/** The act of a draft as it stands: its items (by case number), the offices, and a signature if one side signed. */
export async function actFromDraft(manager: EntityManager, rec: Reconciliation): Promise<ActView> {
  const items = (await manager.query(
    `SELECT c.number AS "caseNumber", c.koap_article AS "koapArticle", i.discrepancy,
            i.resolution_note AS "resolutionNote", i.resolved_at AS "resolvedAt"
       FROM reconciliation_item i JOIN court_case c ON c.id = i.case_id
      WHERE i.reconciliation_id = $1 ORDER BY c.number, i.discrepancy NULLS FIRST, i.id`,
    [rec.id],
  )) as (Omit<ActItem, 'resolvedAt'> & { resolvedAt: Date | null })[];
  const offices = (await manager.query(
    `SELECT id, code, name_kk AS "nameKk", name_ru AS "nameRu", name_en AS "nameEn" FROM office
      WHERE id = ANY($1::uuid[])`,
    [[rec.territorialOfficeId, rec.specializedOfficeId]],
  )) as (ActOffice & { id: string })[];
  const signerIds = [rec.signedByTerritorialBy, rec.signedBySpecializedBy].filter((v): v is string => !!v);
  const users = signerIds.length
    ? ((await manager.query(
        `SELECT id, username, display_name AS "displayName" FROM app_user WHERE id = ANY($1::uuid[])`,
        [signerIds],
      )) as { id: string; username: string; displayName: string }[])
    : [];
  const office = (id: string) => officeOf(offices.find((o) => o.id === id) ?? { id });
  const signer = (userId: string | null, at: Date | null): ActSignature => {
    const u = users.find((x) => x.id === userId);
    return {
      displayName: u?.displayName ?? null,
      username: u?.username ?? null,
      at: at?.toISOString() ?? null,
    };
  };
  return {
    id: rec.id,
    quarter: rec.quarter,
    period: quarterRange(rec.quarter),
    status: rec.status,
    builtAt: rec.builtAt?.toISOString() ?? null,
    territorialOffice: office(rec.territorialOfficeId),
    specializedOffice: office(rec.specializedOfficeId),
    items: items.map((i) => ({
      ...i,
      resolvedAt: i.resolvedAt ? new Date(i.resolvedAt).toISOString() : null,
    })),
    signatures: {
      territorial: signer(rec.signedByTerritorialBy, rec.signedByTerritorialAt),
      specialized: signer(rec.signedBySpecializedBy, rec.signedBySpecializedAt),
    },
  };
}

const officeName = (o: ActOffice, lang: Lang) => ({ kk: o.nameKk, ru: o.nameRu, en: o.nameEn })[lang];

function signatureText(s: ActSignature, lang: Lang): string {
  if (!s.at) return T.notSigned[lang];
  const who = [s.displayName, s.username ? `(${s.username})` : null].filter(Boolean).join(' ');
  return `${who}, ${formatTimestamp(s.at)}`;
}

/** The act's lines, shared by both formats. */
function actLines(act: ActView, lang: Lang) {
  const draft = act.status !== ReconciliationStatus.SIGNED;
  return {
    draft,
    fields: [
      [T.quarter[lang], act.quarter],
      [T.period[lang], `${act.period.from} — ${act.period.to}`],
      [T.territorialOffice[lang], officeName(act.territorialOffice, lang)],
      [T.specializedOffice[lang], officeName(act.specializedOffice, lang)],
      [T.status[lang], draft ? T.draft[lang] : T.signed[lang]],
      [T.builtAt[lang], formatTimestamp(act.builtAt)],
    ] as [string, string][],
    headers: [
      T.number[lang],
      T.caseNumber[lang],
      T.article[lang],
      T.discrepancy[lang],
      T.resolutionNote[lang],
      T.resolvedAt[lang],
    ],
    rows: act.items.map((item, n) => [
      String(n + 1),
      item.caseNumber,
      item.koapArticle ?? '',
      DISCREPANCY_TEXT[item.discrepancy ?? 'NONE'][lang],
      item.resolutionNote ?? (item.discrepancy ? T.unresolved[lang] : ''),
      formatTimestamp(item.resolvedAt),
    ]),
    signatures: [
      [T.territorialOffice[lang], signatureText(act.signatures.territorial, lang)],
      [T.specializedOffice[lang], signatureText(act.signatures.specialized, lang)],
    ] as [string, string][],
  };
}

/** The act as XLSX: title, the fields, the items table (bold header), the signatures; a draft says so in red. */
export async function reconciliationXlsx(act: ActView, lang: Lang, generatedAt: Date): Promise<Buffer> {
  const lines = actLines(act, lang);
  const workbook = new Workbook();
  workbook.creator = 'Qadagalau';
  workbook.created = generatedAt;
  const sheet = workbook.addWorksheet(T.sheet[lang], {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  sheet.columns = [{ width: 6 }, { width: 22 }, { width: 14 }, { width: 48 }, { width: 48 }, { width: 18 }];
  const wrap = { vertical: 'top', wrapText: true } as const;
  const title = sheet.addRow([T.title[lang]]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(title.number, 1, title.number, 6);
  const basis = sheet.addRow([T.basis[lang]]);
  basis.font = { italic: true };
  sheet.mergeCells(basis.number, 1, basis.number, 6);
  if (lines.draft) {
    const mark = sheet.addRow([T.draft[lang]]);
    mark.font = { bold: true, size: 13, color: { argb: 'FFC00000' } };
    sheet.mergeCells(mark.number, 1, mark.number, 6);
  }
  sheet.addRow([]);
  for (const [label, value] of lines.fields) {
    const row = sheet.addRow([label, '', value]);
    sheet.mergeCells(row.number, 1, row.number, 2);
    sheet.mergeCells(row.number, 3, row.number, 6);
    row.getCell(1).font = { bold: true };
    row.alignment = wrap;
  }
  sheet.addRow([]);
  const itemsTitle = sheet.addRow([T.items[lang]]);
  itemsTitle.font = { bold: true, size: 12 };
  const header = sheet.addRow(lines.headers);
  header.font = { bold: true };
  header.alignment = wrap;
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E7EB' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  if (lines.rows.length === 0) sheet.addRow(['', T.noItems[lang]]);
  for (const values of lines.rows) sheet.addRow(values).alignment = wrap;
  sheet.addRow([]);
  const signTitle = sheet.addRow([T.signatures[lang]]);
  signTitle.font = { bold: true, size: 12 };
  for (const [label, value] of lines.signatures) {
    const row = sheet.addRow([label, '', value]);
    sheet.mergeCells(row.number, 1, row.number, 2);
    sheet.mergeCells(row.number, 3, row.number, 6);
    row.getCell(1).font = { bold: true };
  }
  sheet.addRow([]);
  sheet.addRow([`${T.generatedAt[lang]}: ${formatTimestamp(generatedAt)}. ${T.timeZone[lang]}`]).font = {
    italic: true,
    color: { argb: 'FF6B7280' },
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The DejaVu Sans faces from the dejavu-fonts-ttf package (resolved, never a fixed path). */
export const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

let fontData: { regular: Buffer; bold: Buffer } | undefined;
/** The font files, read once per process. */
function fonts(): { regular: Buffer; bold: Buffer } {
  fontData ??= { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
  return fontData;
}

/** The act as an A4 PDF; a draft carries a DRAFT mark across every page. */
export async function reconciliationPdf(act: ActView, lang: Lang, generatedAt: Date): Promise<Buffer> {
  const lines = actLines(act, lang);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 50, left: 45, right: 45 },
    bufferPages: true,
    info: {
      Title: `${T.title[lang]} — ${act.quarter}`,
      Author: 'Qadagalau',
      CreationDate: generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('body', fonts().regular);
  doc.registerFont('bold', fonts().bold);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  doc.font('bold').fontSize(14).text(T.title[lang], { align: 'center' });
  doc.moveDown(0.3);
  doc.font('body').fontSize(9).fillColor('#4b5563').text(T.basis[lang], { align: 'center' });
  doc.fillColor('black').moveDown(0.8);
  if (lines.draft) {
    doc.font('bold').fontSize(12).fillColor('#c00000').text(T.draft[lang], { align: 'center' });
    doc.fillColor('black').moveDown(0.6);
  }
  for (const [label, value] of lines.fields) {
    const y = doc.y;
    doc.font('bold').fontSize(10).text(label, left, y, { width: 150 });
    const labelBottom = doc.y;
    doc
      .font('body')
      .fontSize(10)
      .text(value, left + 155, y, { width: width - 155 });
    doc.y = Math.max(labelBottom, doc.y) + 3;
  }

  doc.moveDown(0.8);
  doc.font('bold').fontSize(12).text(T.items[lang], left, doc.y);
  doc.moveDown(0.3);
  const widths = [24, 92, 52, 125, 145, 67];
  const table = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'body').fontSize(8.5);
    const height =
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: (widths[i] ?? 60) - 6 }))) +
      6;
    if (doc.y + height > bottom()) {
      doc.addPage();
      if (!bold) table(lines.headers, true);
      doc.font(bold ? 'bold' : 'body').fontSize(8.5);
    }
    const y = doc.y;
    let x = left;
    if (bold) doc.rect(left, y, width, height).fill('#e5e7eb').fillColor('black');
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 60;
      doc.text(cell, x + 3, y + 3, { width: w - 6 });
      x += w;
    });
    doc
      .moveTo(left, y + height)
      .lineTo(left + width, y + height)
      .lineWidth(0.5)
      .strokeColor('#9ca3af')
      .stroke();
    doc.x = left;
    doc.y = y + height;
  };
  table(lines.headers, true);
  if (lines.rows.length === 0) {
    doc
      .font('body')
      .fontSize(10)
      .text(T.noItems[lang], left, doc.y + 4, { width });
  }
  for (const row of lines.rows) table(row, false);

  doc.moveDown(1.2);
  if (doc.y + 80 > bottom()) doc.addPage();
  doc.font('bold').fontSize(12).text(T.signatures[lang], left, doc.y);
  doc.moveDown(0.3);
  for (const [label, value] of lines.signatures) {
    const y = doc.y;
    doc.font('bold').fontSize(10).text(label, left, y, { width: 190 });
    const labelBottom = doc.y;
    doc
      .font('body')
      .fontSize(10)
      .text(value, left + 195, y, { width: width - 195 });
    doc.y = Math.max(labelBottom, doc.y) + 6;
  }
  doc.moveDown(1);
  doc
    .font('body')
    .fontSize(8)
    .fillColor('#6b7280')
    .text(`${T.generatedAt[lang]}: ${formatTimestamp(generatedAt)}. ${T.timeZone[lang]}`, left, doc.y, {
      width,
    });

  // Page numbers, and the draft mark across every page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    if (lines.draft) {
      doc.save();
      doc.rotate(-35, { origin: [doc.page.width / 2, doc.page.height / 2] });
      doc
        .font('bold')
        .fontSize(90)
        .fillColor('#c00000', 0.12)
        .text(T.draftMark[lang], 0, doc.page.height / 2 - 50, {
          width: doc.page.width,
          align: 'center',
          lineBreak: false,
        });
      doc.restore();
    }
    const footerY = doc.page.height - doc.page.margins.bottom + 15;
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(8)
      .fillColor('#6b7280', 1)
      .text(`${act.quarter} · ${T.page[lang]} ${i + 1} / ${range.count}`, left, footerY, {
        width,
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins.bottom = keep;
  }
  doc.end();
  return done;
}
