// An ES module with top-level await: Node 20 cannot `require` it, only `import()` it.
export const ScratchError = await Promise.resolve({ TIMEOUT: 1, DENIED: 2 });
