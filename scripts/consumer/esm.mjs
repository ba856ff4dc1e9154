// The same package through import() (ESM build).
import { angkaKredit, formatAngkaKredit, predikatKinerja } from 'pengelolaan-kinerja';

const ak = formatAngkaKredit(
  angkaKredit({
    jenjang: 'ahli-pertama',
    predikat: predikatKinerja('sesuai-ekspektasi', 'sesuai-ekspektasi'),
    bulan: 2,
  }),
  { untuk: 'siasn' },
);
if (ak !== '2.083') throw new Error(`ESM: ${ak}`);
const { formatPakHtml } = await import('pengelolaan-kinerja/cetak');
if (typeof formatPakHtml !== 'function') throw new Error('ESM subpath');
const { SKEMA_SIASN } = await import('pengelolaan-kinerja/siasn');
if (SKEMA_SIASN.desimalAk !== 3) throw new Error('ESM siasn');
console.log('consumer (import): ok');
