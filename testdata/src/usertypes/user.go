package usertypes

import "usertypes/mycodes"

func ok(c mycodes.Code) bool {
	if c == mycodes.OK {
		return true
	}
	return c == 11005 // want `^raw Clarifai status code 11005 \(CONN_THROTTLED, retry: Making too many requests\)$`
}

func unknown(c mycodes.Code) bool {
	return c == 10001 // want `^10001 is not a Clarifai status code$`
}
