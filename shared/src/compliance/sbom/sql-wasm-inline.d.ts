/** sql.js's build with its wasm inlined (one file, so a bundle carries it without a wasm asset): the same API as the package's main entry. */
declare module 'sql.js/dist/sql-wasm-inline.js' {
  import initSqlJs from 'sql.js';
  export default initSqlJs;
}
