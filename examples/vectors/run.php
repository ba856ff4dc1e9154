<?php
// Runs the conformance vectors of pengelolaan-kinerja (vectors/*.json) against a small PHP implementation of the
// predikat matrix (PermenPANRB 6/2022) and the angka kredit konversi (PermenPANRB 1/2023), written here from the
// regulation, not from the TypeScript library. Exact: integer rationals, no floats, no bcmath.
//
//   php examples/vectors/run.php [path/to/vectors]
//
// Prints one line per file and a closing "vectors (PHP): N passed, N failed"; exits 1 on any failure or when nothing ran.
declare(strict_types=1);

$dir = $argv[1] ?? __DIR__ . '/../../vectors';

// --- The implementation under test -------------------------------------------------------------------------------

/** Rule sets this implementation knows; the figures below hold in each (docs/sumber.md#aturan-per-tahun). */
const KETENTUAN = ['2023', '2024', '2025', '2026'];

/** [hasil kerja][perilaku kerja] → predikat (PermenPANRB 6/2022, kuadran kinerja pegawai). */
const MATRIKS = [
    'di-atas-ekspektasi'  => ['di-atas-ekspektasi' => 'sangat-baik',     'sesuai-ekspektasi' => 'baik',            'di-bawah-ekspektasi' => 'kurang'],
    'sesuai-ekspektasi'   => ['di-atas-ekspektasi' => 'baik',            'sesuai-ekspektasi' => 'baik',            'di-bawah-ekspektasi' => 'kurang'],
    'di-bawah-ekspektasi' => ['di-atas-ekspektasi' => 'butuh-perbaikan', 'sesuai-ekspektasi' => 'butuh-perbaikan', 'di-bawah-ekspektasi' => 'sangat-kurang'],
];

/** Koefisien tahunan per jenjang as [numerator, denominator]: 12.5, 25, 37.5, 50. */
const KOEFISIEN = ['ahli-pertama' => [25, 2], 'ahli-muda' => [25, 1], 'ahli-madya' => [75, 2], 'ahli-utama' => [50, 1]];

/** Persentase per predikat. */
const PERSENTASE = ['sangat-baik' => 150, 'baik' => 100, 'butuh-perbaikan' => 75, 'kurang' => 50, 'sangat-kurang' => 25];

final class Gagal extends Exception {}

function predikat(mixed $hasil, mixed $perilaku): string
{
    if (!is_string($hasil) || !is_string($perilaku) || !isset(MATRIKS[$hasil][$perilaku])) {
        throw new Gagal('kode-tidak-dikenal');
    }
    return MATRIKS[$hasil][$perilaku];
}

function gcd(int $a, int $b): int
{
    return $b === 0 ? abs($a) : gcd($b, $a % $b);
}

/** AK = koefisien × persentase × bulan / 12 as a reduced fraction [n, d]. */
function angkaKredit(mixed $jenjang, mixed $predikat, mixed $bulan): array
{
    if (!is_int($bulan) || $bulan < 1 || $bulan > 12) {
        throw new Gagal('argumen-tidak-valid');
    }
    if (!is_string($jenjang) || !isset(KOEFISIEN[$jenjang]) || !is_string($predikat) || !isset(PERSENTASE[$predikat])) {
        throw new Gagal('kode-tidak-dikenal');
    }
    [$p, $q] = KOEFISIEN[$jenjang];
    $n = $p * PERSENTASE[$predikat] * $bulan;
    $d = $q * 100 * 12;
    $g = gcd($n, $d);
    return [intdiv($n, $g), intdiv($d, $g)];
}

function pecahan(array $x): string
{
    return $x[1] === 1 ? (string) $x[0] : "$x[0]/$x[1]";
}

/** Digits of n/d × 10^places as a decimal string with that many places (n ≥ 0). */
function tulis(int $skala, int $places): string
{
    $s = str_pad((string) $skala, $places + 1, '0', STR_PAD_LEFT);
    return $places === 0 ? $s : substr($s, 0, -$places) . '.' . substr($s, -$places);
}

/** Rounded to `places` decimals, half away from zero (n ≥ 0). */
function halfUp(array $x, int $places): string
{
    [$n, $d] = $x;
    $m = $n * 10 ** $places;
    return tulis(intdiv(2 * $m + $d, 2 * $d), $places);
}

/** The exact decimal of a terminating fraction (no trailing zeros), or null: d must be 2^a × 5^b. */
function desimal(array $x): ?string
{
    [$n, $d] = $x;
    [$a, $b, $r] = [0, 0, $d];
    while ($r % 2 === 0) { $r = intdiv($r, 2); $a++; }
    while ($r % 5 === 0) { $r = intdiv($r, 5); $b++; }
    if ($r !== 1) {
        return null;
    }
    $places = max($a, $b);
    $s = tulis(intdiv($n * 10 ** $places, $d), $places);
    return $places === 0 ? $s : rtrim(rtrim($s, '0'), '.');
}

/** The outcome of one vector in the vectors' own terms, or null for an operation this example does not implement. */
function jalankan(array $v): ?array
{
    $i = $v['input'];
    try {
        switch ($v['operation']) {
            case 'predikat':
                return ['value' => predikat($i['hasilKerja'] ?? null, $i['perilakuKerja'] ?? null)];
            case 'angka-kredit':
                $ak = angkaKredit($i['jenjang'] ?? null, $i['predikat'] ?? null, $i['bulan'] ?? null);
                $value = ['pecahan' => pecahan($ak)];
                $des = desimal($ak);
                if ($des !== null) {
                    $value['desimal'] = $des;
                }
                $value['halfUp2'] = halfUp($ak, 2);
                $value['halfUp3'] = halfUp($ak, 3);
                return ['value' => $value];
            default:
                return null;
        }
    } catch (Gagal $e) {
        return ['failure' => ['code' => $e->getMessage()]];
    }
}

// --- The runner: read the vectors, compare, count ----------------------------------------------------------------

/** Compares a result with the vector's expected outcome (a failure is compared by its code). */
function sama(array $harap, array $hasil): bool
{
    if (isset($harap['failure'])) {
        return isset($hasil['failure']) && $hasil['failure']['code'] === $harap['failure']['code'];
    }
    return array_key_exists('value', $hasil) && json_encode($hasil['value']) === json_encode(urut($harap['value'], $hasil['value']));
}

/** The expected value with its keys in the order of the result (JSON objects are unordered). */
function urut(mixed $harap, mixed $hasil): mixed
{
    if (!is_array($harap) || !is_array($hasil) || array_is_list($harap)) {
        return $harap;
    }
    $out = [];
    foreach (array_keys($hasil) as $k) {
        if (array_key_exists($k, $harap)) {
            $out[$k] = $harap[$k];
        }
    }
    return $out + $harap;
}

$berkas = glob(rtrim($dir, '/') . '/*.json') ?: [];
$lulus = 0;
$gagal = 0;
foreach ($berkas as $path) {
    if (basename($path) === 'schema.json') {
        continue;
    }
    $isi = json_decode((string) file_get_contents($path), true, 512, JSON_THROW_ON_ERROR);
    [$l, $g, $lewat] = [0, 0, 0];
    foreach ($isi['vectors'] as $v) {
        if (($v['status'] ?? 'active') === 'retired') {
            continue;
        }
        if (!in_array($v['ketentuan'], KETENTUAN, true)) {
            $hasil = null;
        } else {
            $hasil = jalankan($v);
        }
        if ($hasil === null) {
            $lewat++;
            continue;
        }
        if (sama($v['expected'], $hasil)) {
            $l++;
        } else {
            $g++;
            fwrite(STDERR, sprintf("FAIL %s\n  expected %s\n  got      %s\n", $v['id'], json_encode($v['expected']), json_encode($hasil)));
        }
    }
    if ($l + $g > 0) {
        printf("%s: %d passed, %d failed (%d of other operations skipped)\n", basename($path), $l, $g, $lewat);
    }
    $lulus += $l;
    $gagal += $g;
}
printf("vectors (PHP): %d passed, %d failed\n", $lulus, $gagal);
exit($gagal === 0 && $lulus > 0 ? 0 : 1);
