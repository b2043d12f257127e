// Package robustness holds the library-wide robustness tests: a table of bad
// inputs across the public API with the error each must give, a test that
// calls every public function from many goroutines on shared inputs (run it
// under -race), and checks that nothing the library returns lets a caller
// change the catalogue, the guidance or the default rules. It has no code of
// its own.
package robustness
