/**
 * Contoh: membaca ketentuan 2024, label, dan desimal tepat.
 * Run: npx ts-node examples/ketentuan.ts
 */
import {
  deriveKetentuan,
  desimal,
  formatIssue,
  getGolongan,
  getJenjang,
  getPredikat,
  KETENTUAN_2024,
  formatLabel,
  safeParsePredikat,
  sumDesimal,
} from 'pengelolaan-kinerja';

const k = KETENTUAN_2024;
console.log(`Ketentuan ${k.id}: ${k.nama} (berlaku mulai ${k.berlakuMulai})`);
console.log(`Poin pengembangan kompetensi per semester: ${k.poin?.minimum}–${k.poin?.maksimum}`);

console.log('\nKoefisien angka kredit tahunan:');
for (const j of k.jenjang) console.log(`  ${j.label.padEnd(14)} ${j.koefisienTahunan}`);

console.log('\nLabel yang dibaca:');
for (const input of ['Sangat Baik', 'Cukup', 'Kurang/Misconduct', 'luar biasa']) {
  const r = safeParsePredikat(input);
  console.log(
    `  "${input}" → ${r.success ? `${r.data} (${formatLabel(getPredikat(r.data))})` : formatIssue(r.issues[0]!)}`,
  );
}

// Angka kredit dihitung tepat: 2 bulan Ahli Pertama predikat Baik = 2/12 × 12,5 = 25/12.
const koef = desimal(getJenjang('ahli-pertama').koefisienTahunan);
const duaBulan = koef.times(getPredikat('baik').persentase).dividedBy(100).times(2).dividedBy(12);
const total = sumDesimal(['18.75', duaBulan]);
const { desimal: d, mode } = k.kebijakan.pembulatanTampilan;
console.log(`\n18,75 + ${duaBulan.toFixed(d, mode)} = ${total.toFixed(d, mode)} (tepat: ${total.toFraction()})`);
console.log(
  `Kenaikan pangkat dari III/b (${getGolongan('III/b').pangkat}) butuh ${getGolongan('III/b').akKenaikanPangkat} AK`,
);

// Ketentuan sendiri: turunkan dari bawaan, lalu divalidasi.
const sendiri = deriveKetentuan(k, { id: '2024-contoh', poin: { wajib: true, minimum: 200, maksimum: 128 } });
console.log(`\nKetentuan turunan valid? ${sendiri.success}`);
if (!sendiri.success) for (const i of sendiri.issues) console.log(`  - ${formatIssue(i)} [${i.code}]`);
