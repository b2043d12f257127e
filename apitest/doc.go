// Package apitest checks, from a module of its own, that every error type
// the library's public API returns can be named by a caller outside the
// library's module: errors.As reaches each through a public name, and
// errors.Is tells each sentinel. It imports only public packages, and so
// compiles only while each of those names is exported. The library's own
// tests pin the messages; these pin the types and fields.
//
// Run it with (cd apitest && go test ./...); .ci/run does.
package apitest
