// Stand-in for the Clarifai Go SDK (github.com/Clarifai/clarifai-go-grpc
// v12.4.0), written by hand but for the status-code enum, which
// codes/internal/gen generates (proto/clarifai/api/status/status_code.pb.go).
// Modules that cannot download the real SDK use it through a replace
// directive (examples/go.mod).
module github.com/Clarifai/clarifai-go-grpc

go 1.21
