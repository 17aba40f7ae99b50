// Package switchdomain holds decisions over a resource's own status, which
// are judged by the codes that status can carry (its status domain), next
// to decisions over statuses that can carry any code.
package switchdomain

import (
	"errors"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

var errFailed = errors.New("failed")

// A training poll that waits on every pending state but has no case for a
// failed training: it polls forever. Only the model training codes are
// asked for, never CONN_THROTTLED.
func pollTraining(get func() *api.SingleModelVersionResponse, wait func()) error {
	for {
		resp := get()
		switch resp.ModelVersion.Status.Code { // want `^switch on the model version's status has no default and misses failed \(MODEL_TRAINING_FAILED, MODEL_UPLOADING_FAILED and 10 more\); handle them or add a default$`
		case status.StatusCode_MODEL_TRAINED:
			return nil
		case status.StatusCode_MODEL_QUEUED_FOR_TRAINING, status.StatusCode_MODEL_TRAINING, status.StatusCode_MODEL_UPLOADING, status.StatusCode_MODEL_BUILDING:
		}
		wait()
	}
}

// Every state category of the model version's domain has a case: nothing
// to report, though the model training family also holds MODEL_UNTRAINED
// (invalid) and MODEL_BUILD_UNEXPECTED_ERROR (internal).
func trainingDone(mv *api.ModelVersion) (bool, error) {
	switch mv.GetStatus().GetCode() {
	case status.StatusCode_MODEL_TRAINED:
		return true, nil
	case status.StatusCode_MODEL_QUEUED_FOR_TRAINING, status.StatusCode_MODEL_TRAINING, status.StatusCode_MODEL_UPLOADING, status.StatusCode_MODEL_BUILDING:
		return false, nil
	case status.StatusCode_MODEL_TRAINING_FAILED, status.StatusCode_MODEL_UPLOADING_FAILED:
		return false, errFailed
	}
	return false, nil
}

// An input poll that handles the input family's success, pending and
// failed codes: complete, though the family also holds the errors of the
// requests that address an input (INPUT_DUPLICATE, INPUT_DOES_NOT_EXIST,
// INPUT_PERMISSION_DENIED, REQUEST_DISABLED_FOR_MAINTENANCE).
func inputReady(in *api.Input) (ready bool, err error) {
	switch in.Status.Code {
	case status.StatusCode_INPUT_SUCCESS:
		ready = true
	case status.StatusCode_INPUT_PENDING, status.StatusCode_INPUT_IN_PROGRESS:
		ready = false
	case status.StatusCode_INPUT_FAILED:
		err = errFailed
	}
	return ready, err
}

// The same poll with its success test before the switch: the guard takes
// INPUT_SUCCESS out, and the switch handles the input family's pending and
// failed codes.
func inputPoll(in *api.Input, wait func()) error {
	for {
		if in.GetStatus().GetCode() == status.StatusCode_INPUT_SUCCESS {
			return nil
		}
		switch in.GetStatus().GetCode() {
		case status.StatusCode_INPUT_PENDING, status.StatusCode_INPUT_IN_PROGRESS:
			wait()
		case status.StatusCode_INPUT_FAILED, status.StatusCode_INPUT_DELETE_FAILED:
			return errFailed
		}
	}
}

// An input poll that misses the failed codes.
func inputStuck(in *api.Input, wait func()) {
	for {
		switch in.GetStatus().GetCode() { // want `^switch on the input's status has no default and misses failed \(INPUT_FAILED, INPUT_STATUS_UPDATE_FAILED and 2 more\); handle them or add a default$`
		case status.StatusCode_INPUT_SUCCESS:
			return
		case status.StatusCode_INPUT_PENDING, status.StatusCode_INPUT_IN_PROGRESS:
		}
		wait()
	}
}

// An if-else chain over an annotation's status, without an else.
func reviewed(a *api.Annotation) (out string) {
	if a.Status.Code == status.StatusCode_ANNOTATION_SUCCESS { // want `^if-else chain on the annotation's status has no else and misses failed \(ANNOTATION_FAILED, ANNOTATION_REVIEW_DENIED\); handle them or add an else$`
		out = "done"
	} else if a.Status.Code == status.StatusCode_ANNOTATION_PENDING || a.Status.Code == status.StatusCode_ANNOTATION_AWAITING_REVIEW || a.Status.Code == status.StatusCode_ANNOTATION_AWAITING_CONSENSUS_REVIEW {
		out = "waiting"
	}
	return out
}

// Two state categories missing: one example of each.
func datasetReady(dv *api.DatasetVersion) (ready bool) {
	switch dv.GetStatus().GetCode() { // want `^switch on the dataset version's status has no default and misses pending \(DATASET_VERSION_PENDING and 1 more\), failed \(DATASET_VERSION_FAILURE\); handle them or add a default$`
	case status.StatusCode_DATASET_VERSION_READY:
		ready = true
	}
	return ready
}

// An integer conversion of a resource's status reads the same status.
func convertedTraining(mv *api.ModelVersion) (out string) {
	switch int(mv.Status.Code) { // want `^switch on the model version's status has no default and misses pending \(MODEL_TRAINING and 3 more\), failed \(MODEL_TRAINING_FAILED and 11 more\); handle them or add a default$`
	case int(status.StatusCode_MODEL_TRAINED):
		out = "trained"
	}
	return out
}

// An output's and a workflow result's status, and the response's own, can
// carry any code: every category is required, as for a bare code.
func anyCode(out *api.Output, wr *api.WorkflowResult, resp *api.SingleModelVersionResponse) (s string) {
	switch out.GetStatus().GetCode() { // want `^switch on Clarifai status code has no default and misses 9 categories: partial, pending, retry, auth, quota, invalid, not_found, failed, internal \(e.g. CONN_THROTTLED, CONN_KEY_INVALID\)$`
	case status.StatusCode_SUCCESS:
		s = "ok"
	}
	switch wr.Status.Code { // want `^switch on Clarifai status code has no default and misses 9 categories`
	case status.StatusCode_SUCCESS:
		s = "ok"
	}
	switch resp.Status.Code { // want `^switch on Clarifai status code has no default and misses 9 categories`
	case status.StatusCode_SUCCESS:
		s = "ok"
	}
	return s
}

// The program's own type named like an SDK resource is no resource: its
// status can carry any code.
type ModelVersion struct {
	Status *status.Status
}

func (mv *ModelVersion) GetStatus() *status.Status { return mv.Status }

func ownType(mv *ModelVersion) (s string) {
	switch mv.GetStatus().GetCode() { // want `^switch on Clarifai status code has no default and misses 9 categories`
	case status.StatusCode_MODEL_TRAINED:
		s = "trained"
	}
	return s
}

// A resource's status in a local variable that nothing else sets reads
// the same status.
func localCode(mv *api.ModelVersion) (s string) {
	code := mv.GetStatus().GetCode()
	switch code { // want `^switch on the model version's status has no default and misses pending \(MODEL_TRAINING and 3 more\), failed \(MODEL_TRAINING_FAILED and 11 more\); handle them or add a default$`
	case status.StatusCode_MODEL_TRAINED:
		s = "trained"
	}
	return s
}

// A local variable set again may hold another status: any code.
func reassigned(mv *api.ModelVersion, resp *api.SingleModelVersionResponse) (s string) {
	code := mv.GetStatus().GetCode()
	if resp != nil {
		code = resp.GetStatus().GetCode()
	}
	switch code { // want `^switch on Clarifai status code has no default and misses 9 categories`
	case status.StatusCode_MODEL_TRAINED:
		s = "trained"
	}
	return s
}

// In a closure, the variable of the function around it.
func inClosure(in *api.Input) func() bool {
	code := in.Status.Code
	return func() (done bool) {
		if code == status.StatusCode_INPUT_SUCCESS { // want `^if-else chain on the input's status has no else and misses failed \(INPUT_FAILED, INPUT_STATUS_UPDATE_FAILED and 2 more\); handle them or add an else$`
			done = true
		} else if code == status.StatusCode_INPUT_PENDING || code == status.StatusCode_INPUT_IN_PROGRESS {
			done = false
		}
		return done
	}
}
