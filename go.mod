module github.com/statuslint/statuslint

go 1.26.0

require github.com/google/go-cmp v0.7.0

require (
	github.com/golangci/plugin-module-register v0.1.2 // indirect
	golang.org/x/tools v0.52.0 // indirect
)
