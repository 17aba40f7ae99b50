package rawconst

// Declared in a file that does not import the SDK: the fix adds the import.
const inputOK = 30000 // want `^inputOK is the raw Clarifai status code 30000; use status.StatusCode_INPUT_SUCCESS$`
