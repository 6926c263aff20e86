exports.ScratchError = { TIMEOUT: 1, DENIED: 2 };
