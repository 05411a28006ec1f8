// Memory of the page the widget runs in, after a forced garbage collection:
// the JavaScript heap (CDP Runtime.getHeapUsage usedSize) and the WebAssembly
// linear memory (every WebAssembly.Memory in the heap, found with CDP
// Runtime.queryObjects, summed buffer.byteLength). Linear memory never
// shrinks, so it is the high-water mark of the wasm allocator.

import { round } from './stats.mjs';

const MB = 1024 * 1024;
const mb = (bytes) => round(bytes / MB);

/** The byte length of every WebAssembly memory alive in the page CDP is attached to. */
export async function wasmMemories(cdp) {
  const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.map((memory) => memory.buffer.byteLength); }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: prototype.objectId });
  return result.value;
}

async function wasmMemoryBytes(cdp) {
  return (await wasmMemories(cdp)).reduce((sum, bytes) => sum + bytes, 0);
}

/** { js_heap_mb, wasm_memory_mb, total_mb } of the page CDP is attached to. */
export async function measureMemory(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await wasmMemoryBytes(cdp);
  return { js_heap_mb: mb(usedSize), wasm_memory_mb: mb(wasm), total_mb: mb(usedSize + wasm) };
}
