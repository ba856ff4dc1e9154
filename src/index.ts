/**
 * `pengelolaan-kinerja`: Pengelolaan Kinerja Guru dan Kepala Sekolah as pure, immutable, tested functions.
 *
 * @packageDocumentation
 */
export * from './core/desimal';
export * from './core/error';
export * from './core/freeze';
export * from './core/issue';
export * from './core/result';
export * from './core/zod-issues';
export * from './ketentuan/kode';
export * from './ketentuan/types';
export * from './ketentuan/ketentuan-2024';
export * from './ketentuan/lookup';
export * from './ketentuan/label';
export * from './ketentuan/schema';
export * from './ketentuan/validate';
export * from './core/tanggal';
export * from './ketentuan/periode';
export * from './perencanaan/pegawai';
export * from './perencanaan/rencana';
export * from './perencanaan/rangkuman';
export * from './perencanaan/validasi';
export * from './perencanaan/alur';
export * from './perencanaan/saran-poin';
export * from './pelaksanaan/langkah';
export * from './pelaksanaan/siklus';
export * from './pelaksanaan/kalender';
export * from './pelaksanaan/status';
export * from './penilaian/predikat';
export * from './penilaian/angka-kredit';
export * from './penilaian/rating';
export * from './penilaian/tampil';
export * from './penilaian/rekam-ak';
export * from './penilaian/proyeksi';
export * from './penilaian/semester';
export * from './sekolah/progres';
export * from './sekolah/distribusi';
export * from './sekolah/ringkasan';
export * from './ketentuan/ketentuan-2025';
export * from './ketentuan/ketentuan-2026';
export * from './ketentuan/pilih';
export * from './penilaian/massal';
export * from './core/teks';
export * from './core/periksa';
