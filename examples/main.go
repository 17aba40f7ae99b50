// Command examples is a small Clarifai client, written the way real services
// are: it classifies and uploads images through the gRPC SDK, waits for a
// custom model to finish training, retries throttled calls, and talks to the
// REST API with its own structs.
//
// It is statuslint's bundled example. The code builds, vets and passes its
// tests, and it still gets Clarifai status codes wrong in the ways statuslint
// reports; expected.txt holds what statuslint prints on it:
//
//	go -C examples run github.com/statuslint/statuslint/cmd/statuslint ./...
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

func main() {
	model := flag.String("model", "general-image-recognition", "model `id`")
	image := flag.String("image", "https://samples.clarifai.com/metro-north.jpg", "image `URL` to classify")
	flag.Parse()

	pat := os.Getenv("CLARIFAI_PAT")
	if pat == "" {
		log.Fatal("set CLARIFAI_PAT to a personal access token")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	rc := &restClient{http: http.DefaultClient, pat: pat}
	var concepts []concept
	err := withRetry(ctx, 3, func() error {
		var err error
		concepts, err = rc.predict(ctx, *model, *image)
		return err
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range concepts {
		fmt.Printf("%-20s %.3f\n", c.Name, c.Value)
	}
}
