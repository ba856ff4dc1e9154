// The page's wording table: every message of the library reaches the user through here, in the user's words. A code
// the page knows gets the page's own sentence (with the issue's figures); any other message is cleaned: no field
// path, no function or property name, no pattern, a decimal comma in Indonesian, a dash for a range of months.
import type { Bahasa, Issue } from 'pengelolaan-kinerja';

type Isi = Readonly<Record<string, string>>;
type Kalimat = readonly [id: (p: Isi) => string, en: (p: Isi) => string];

const KATA: Readonly<Record<string, Kalimat>> = {
  'integrasi-di-luar-rentang': [
    (p) =>
      `Dengan angka itu AK Integrasi menjadi ${p['akIntegrasi']}, di luar rentang golongan ini (${p['min']} sampai ${p['maks']}). Periksa jumlah angka kredit kumulatif pada PAK terakhir sampai 2022 dan golongan pada 31 Desember 2022.`,
    (p) =>
      `With that figure the AK Integrasi is ${p['akIntegrasi']}, outside this golongan's range (${p['min']} to ${p['maks']}). Check the cumulative angka kredit on the last PAK up to 2022 and the golongan on 31 December 2022.`,
  ],
  'desimal-tidak-valid': [
    () => 'Tulis angka saja, dengan koma untuk desimal, misalnya 550,63.',
    () => 'Write a number only, for example 550.63.',
  ],
  'skema-tidak-valid:nip': [
    () => 'NIP terdiri dari 18 angka (spasi boleh), misalnya 19870101 201001 2 001.',
    () => 'A NIP has 18 digits (spaces allowed), for example 19870101 201001 2 001.',
  ],
  'skema-tidak-valid:nama': [() => 'Isi nama lengkap.', () => 'Enter the full name.'],
  'nilai-negatif': [() => 'Angka ini tidak boleh kurang dari 0.', () => 'This figure cannot be below 0.'],
};

/** An Indonesian decimal: `37.5` → `37,5`; `1.050.25` (thousands and decimal) → `1.050,25`; a number with more dots
 * (a nomor SK) is left as written. */
function komaDesimal(teks: string): string {
  return teks.replace(/\d+(?:\.\d+)+/g, (x) => {
    const bagian = x.split('.');
    if (bagian.length === 2) return `${bagian[0]},${bagian[1]}`;
    return /^\d{1,3}(\.\d{3})+\.\d+$/.test(x) ? x.replace(/\.(\d+)$/, ',$1') : x;
  });
}

const NAMA_KODE = /\b[a-z]+[A-Z][A-Za-z]*\b|\/\^|\$\/|\w\(\)|`|\bnpx\b|--\w/;

/** Codes of the library's values written as people write them (`ahli-muda` → Ahli Muda, `sangat-baik` → Sangat Baik). */
function tanpaKode(teks: string): string {
  return teks.replace(/\b(ahli-(?:pertama|muda|madya|utama)|sangat-baik|butuh-perbaikan|sangat-kurang)\b/g, (k) =>
    k.replace(/(^|-)(\w)/g, (_, a: string, h: string) => `${a === '' ? '' : ' '}${h.toUpperCase()}`),
  );
}

/** A message of the library without developer words: sentences naming a function, a property or a pattern are left
 * out (the rest still says what is wrong), a field path before the message is dropped. */
export function bersihkan(pesan: string, bahasa: Bahasa): string {
  const tanpaJalur = pesan.replace(/^[\w.[\]]+:\s+/, '').replace(/(\d+)\.\.(\d+)/g, '$1–$2');
  // Quoted text is the user's own (a header, a value as written): never a reason to leave a sentence out.
  const kalimat = tanpaJalur
    .split(/(?<=[.;:])\s+(?=[A-Za-z(])/)
    .filter((k) => !NAMA_KODE.test(k.replace(/"[^"]*"/g, '""')));
  const hasil = tanpaKode(kalimat.join(' ').replace(/[;:]$/, '.').trim());
  const teks =
    hasil === '' ? (bahasa === 'en' ? 'This entry cannot be used.' : 'Isian ini belum dapat dipakai.') : hasil;
  return bahasa === 'en' ? teks : komaDesimal(teks);
}

/** A coded message in the page's words: the table's sentence for its code (and field), else the cleaned message. */
export function kataPesan(kode: string, pesan: string, bahasa: Bahasa, params: Isi = {}, medan?: string): string {
  const k = (medan === undefined ? undefined : KATA[`${kode}:${medan}`]) ?? KATA[kode];
  if (k !== undefined && (kode !== 'integrasi-di-luar-rentang' || params['akIntegrasi'] !== undefined))
    return bahasa === 'en' ? k[1](params) : komaDesimal(k[0](params));
  return bersihkan(pesan, bahasa);
}

/** An issue of the library in the page's words. */
export function kataIssue(i: Issue, bahasa: Bahasa): string {
  const p: Record<string, string> = {};
  for (const [k, v] of Object.entries(i.params ?? {})) p[k] = String(v);
  const medan = i.path.length === 0 ? undefined : String(i.path[i.path.length - 1]);
  return kataPesan(i.code, bahasa === 'en' ? i.messageEn : i.message, bahasa, p, medan);
}
