// The browser floor of the WebAssembly itself: the built module must use no
// feature beyond what Safari 15, Chrome 96 and Firefox 79 all run
// (docs/embedding.md). A toolchain update that starts emitting, say,
// extended-const (Safari 17.4) fails here instead of on readers' iPhones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import initWabt from 'wabt';

/** Exactly what rustc 1.95 enables for wasm32-unknown-unknown, every other feature off. */
export const FLOOR = {
  bulk_memory: true,
  multi_value: true,
  mutable_globals: true,
  sat_float_to_int: true,
  reference_types: true,
  sign_extension: true,
  exceptions: false,
  simd: false,
  relaxed_simd: false,
  threads: false,
  function_references: false,
  tail_call: false,
  gc: false,
  memory64: false,
  multi_memory: false,
  extended_const: false,
  annotations: false,
  code_metadata: false,
};

const wabt = await initWabt();

/** Null when `bytes` validate under `features`, else the validator's first complaint. */
function problem(bytes, features) {
  let module;
  try {
    module = wabt.readWasm(bytes, { readDebugNames: false, ...features });
    module.validate();
    return null;
  } catch (error) {
    return String(error.message).trim().split('\n').slice(0, 3).join(' ');
  } finally {
    module?.destroy();
  }
}

test('the embed\'s WebAssembly uses only the features of the browser floor', async () => {
  const bytes = await readFile(new URL('../dist/v1/greenfair-widget_bg.wasm', import.meta.url));
  assert.equal(problem(bytes, FLOOR), null);
});

test('the check refuses a module that needs a feature above the floor', () => {
  // A function returning a SIMD vector (Safari 16.4, and above iOS 15).
  const wat = '(module (func (export "f") (result v128) (v128.const i32x4 0 0 0 0)))';
  const parsed = wabt.parseWat('simd.wat', wat, { ...FLOOR, simd: true });
  const { buffer } = parsed.toBinary({});
  parsed.destroy();
  assert.equal(problem(buffer, { ...FLOOR, simd: true }), null, 'valid with the feature');
  assert.notEqual(problem(buffer, FLOOR), null, 'refused at the floor');
});
