// Loads the built bundle through import(), as an ESM user does.
import assert from 'node:assert/strict';
import * as lib from 'pengelolaan-kinerja';
assert.equal(lib.KETENTUAN_2024.id, '2024');
assert.equal(lib.desimal('0.1').plus('0.2').toString(), '0.3');
assert.ok(new lib.KinerjaError('pembagian-nol', 'a', 'b') instanceof Error);
console.log('smoke import: ok');
