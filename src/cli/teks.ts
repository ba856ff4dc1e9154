// Messages of the command line in Bahasa Indonesia and English (--lang en). The tables it writes are written by
// pengelolaan-kinerja/berkas, in the input's dialect.
export type Bahasa = 'id' | 'en';

export function pilih(bahasa: Bahasa, id: string, en: string): string {
  return bahasa === 'en' ? en : id;
}

/**
 * A help example's paths of the shipped sample as the operator types them from here: `examples/data/<file>` becomes
 * `<folder><pemisah><file>`, in double quotes when it has a space (`C:\Users\Budi Santoso\…`), so it pastes as it is.
 */
export function jalurContoh(teks: string, folder: string, pemisah: string): string {
  return teks.replace(/examples\/data\/(\S+)/g, (_, f: string) => {
    const jalur = `${folder}${pemisah}${f}`;
    return /\s/.test(jalur) ? `"${jalur}"` : jalur;
  });
}
