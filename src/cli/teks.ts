// Messages of the command line in Bahasa Indonesia and English (--lang en). The tables it writes are written by
// pengelolaan-kinerja/berkas, in the input's dialect.
export type Bahasa = 'id' | 'en';

export function pilih(bahasa: Bahasa, id: string, en: string): string {
  return bahasa === 'en' ? en : id;
}
