export declare enum ScratchError {
  TIMEOUT = 1,
  DENIED = 2,
  LEGACY = 9,
}
