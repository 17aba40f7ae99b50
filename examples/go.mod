module github.com/statuslint/statuslint/examples

go 1.26.0

require (
	github.com/Clarifai/clarifai-go-grpc v0.0.0
	google.golang.org/grpc v1.85.0
)

require (
	github.com/statuslint/statuslint v0.0.0 // indirect
	golang.org/x/mod v0.42.0 // indirect
	golang.org/x/sync v0.24.0 // indirect
	golang.org/x/sys v0.49.0 // indirect
	golang.org/x/tools v0.52.0 // indirect
	google.golang.org/genproto/googleapis/rpc v0.0.0-20260817212433-ac3dfec99bb1 // indirect
	google.golang.org/protobuf v1.36.12 // indirect
)

// The Clarifai SDK is not served by every module proxy: build against the
// stand-in that statuslint's tests use, which has the same import paths.
replace github.com/Clarifai/clarifai-go-grpc => ../testdata/src/github.com/Clarifai/clarifai-go-grpc

// statuslint itself, so that "go -C examples run
// github.com/statuslint/statuslint/cmd/statuslint ./..." runs this checkout.
replace github.com/statuslint/statuslint => ../

// The linter is a tool of this module: "go tool statuslint ./..." works too.
tool github.com/statuslint/statuslint/cmd/statuslint
