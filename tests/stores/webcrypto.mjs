// Oxigraph's WebAssembly draws its random numbers from Web Crypto (globalThis.crypto),
// which Node provides by default only from version 19 on: Debian 12's Node 18 needs
// --experimental-global-webcrypto. Import this module before oxigraph: imports are
// evaluated in order, so the global exists before oxigraph's code runs.
import { webcrypto } from "node:crypto";

globalThis.crypto ??= webcrypto;
