// Package mytypes declares integer types of its own, which a program may
// convert a status code to; it is imported under another name.
package mytypes

type MyInt int32
