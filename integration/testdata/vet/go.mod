module example.com/vet

go 1.24

require github.com/Clarifai/clarifai-go-grpc v0.0.0

// The scripts in integration/ rewrite this to an absolute path in their
// copy of the module.
replace github.com/Clarifai/clarifai-go-grpc => ../../../testdata/src/github.com/Clarifai/clarifai-go-grpc
