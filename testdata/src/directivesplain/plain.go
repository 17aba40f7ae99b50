// Package directivesplain has no status-code type in reach and no Clarifai
// context: nothing is walked, yet a malformed directive is reported.
package directivesplain

import "net/http"

func ok(resp *http.Response) bool {
	/* want `//statuslint:ignore needs a reason` */ //statuslint:ignore
	return resp.StatusCode == 200
}

func skip(code int) bool {
	/* want `unknown directive //statuslint:skip` */ //statuslint:skip because
	return code == 10000
}
