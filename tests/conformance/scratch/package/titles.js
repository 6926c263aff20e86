// A table keyed by code (the keys are the members' values), as SDKs ship their error titles.
exports.titles = { 1: "Timed out", 2: "Denied", 5: "Legacy failure" };
