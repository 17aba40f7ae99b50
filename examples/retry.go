package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

// action is what to do about a failed call.
type action int

const (
	giveUp     action = iota // report the error
	retryLater               // back off and call again
	refreshKey               // the credentials expired: get new ones first
)

// classify decides whether a failed call is worth repeating.
func classify(err error) action {
	if errors.Is(err, errUnavailable) {
		return retryLater
	}
	var ae *apiError
	if !errors.As(err, &ae) {
		return giveUp
	}
	switch ae.Code {
	case status.StatusCode_CONN_THROTTLED:
		return retryLater
	case status.StatusCode_CONN_TOKEN_INVALID:
		return refreshKey
	}
	return giveUp
}

// withRetry calls f until it succeeds, fails for good or has been called
// attempts times, doubling the pause between calls.
func withRetry(ctx context.Context, attempts int, f func() error) error {
	pause := 500 * time.Millisecond
	for i := 1; ; i++ {
		err := f()
		if err == nil || i >= attempts {
			return err
		}
		switch classify(err) {
		case retryLater:
		case refreshKey:
			return fmt.Errorf("%w (create a new key)", err)
		default:
			return err
		}
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(pause):
		}
		pause *= 2
	}
}
