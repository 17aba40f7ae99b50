// Fixture module for integration/golangci-lint.sh: a user of the Clarifai Go
// SDK, linted by a custom golangci-lint with the statuslint plugin. The SDK is
// the generated stand-in at the repository's testdata/src (the script points
// the replace at its absolute path in a temporary copy).
module example.com/gcl

go 1.26.0

require github.com/Clarifai/clarifai-go-grpc v0.0.0

replace github.com/Clarifai/clarifai-go-grpc => ../../../testdata/src/github.com/Clarifai/clarifai-go-grpc
