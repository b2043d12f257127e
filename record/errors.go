package record

import "errors"

// ErrTooLarge is the kind of *DecodeError that Decode, DecodeEach and
// DecodeAll give for a record over MaxCaseSize: errors.Is(err, ErrTooLarge)
// tells it from a record that is malformed, for instance to answer a web
// request with 413 rather than 400. The DecodeError's message is unchanged
// ("the record is over the size limit of 1048576 bytes").
var ErrTooLarge = errors.New("record: the record is over the size limit")
