// The operator's file check: loaded only when the operator opens it (a separate chunk).
import { el } from './dom';

export function tampilkanBerkas(wadah: HTMLElement): void {
  wadah.replaceChildren(el('h1', {}, 'Periksa berkas'));
}
