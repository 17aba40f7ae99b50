// Package exampletest keeps examples/expected.txt equal to what statuslint prints on the example.
package exampletest
