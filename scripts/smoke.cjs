// Loads the built bundle through require(), as a CommonJS user does.
'use strict';
const assert = require('node:assert/strict');
const lib = require('pengelolaan-kinerja');
assert.equal(lib.KETENTUAN_2024.id, '2024');
assert.equal(lib.desimal('0.1').plus('0.2').toString(), '0.3');
assert.deepEqual(lib.parsePredikat('Cukup'), { success: true, data: 'butuh-perbaikan' });
console.log('smoke require: ok');
