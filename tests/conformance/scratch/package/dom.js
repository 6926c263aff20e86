// A browser bundle: it builds an element at load time, so it loads only under a DOM.
const canvas = document.createElement("canvas");
exports.DomError = { NO_CAMERA: canvas.tagName === "CANVAS" ? 10 : -1 };
