// Package codes is the table of Clarifai API status codes: every code the
// Clarifai Go SDK (clarifai-go-grpc) names, plus the codes that only the API
// documentation lists, each with its SDK names, description, category (what a
// caller should do) and family (which part of the API it comes from).
//
// It has no dependencies, so programs that call the REST API with their own
// structs can compare against named constants instead of raw integers:
//
//	if codes.Code(resp.Status.Code) != codes.Success {
//		if codes.Code(resp.Status.Code).IsRetryable() {
//			// back off and try again
//		}
//	}
//
// Status domains say which codes the Status field of an SDK resource can
// carry: DomainOf("ModelVersion") holds the model training codes, while a
// response's own status, an Output's and a WorkflowResult's can carry any.
//
// The table is generated from data/status_codes.tsv (the code table),
// data/categories.tsv (one category per code, reviewed code by code),
// data/families.tsv (the numeric blocks) and data/domains.tsv (the status
// domains, reviewed row by row); run go generate after editing them.
package codes

//go:generate go run ./internal/gen -root ..
