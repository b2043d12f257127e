package jsonscan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Strict decodes one JSON value into v with encoding/json, rejecting unknown
// fields and trailing data.
func Strict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("data after the record")
	}
	return nil
}

// Describe turns encoding/json's errors into a reason that names no value
// (the caller adds the value where it has one); typeName words a Go type
// the JSON should have had ("boolean (true or false)").
func Describe(err error, typeName func(goType string) string) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Sprintf("malformed JSON at byte %d: %v", syntax.Offset, syntax)
	case errors.As(err, &typ):
		return "want a " + typeName(typ.Type.String()) + ", not a JSON " + typ.Value
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "truncated JSON"
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// InvalidUTF8At returns the offset of the first byte of b that is not valid
// UTF-8, or len(b).
func InvalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// IsNull reports whether a raw value is absent or null.
func IsNull(raw []byte) bool {
	t := bytes.TrimSpace(raw)
	return len(t) == 0 || string(t) == "null"
}

// ReadLimit reads r to its end, or to limit+1 bytes. A reader that knows
// how much it holds (bytes.Reader, strings.Reader, bytes.Buffer) gets a
// buffer of that size at once.
func ReadLimit(r io.Reader, limit int64) ([]byte, error) {
	lr := io.LimitReader(r, limit+1)
	sized, ok := r.(interface{ Len() int })
	if !ok {
		return io.ReadAll(lr)
	}
	// As io.ReadAll, with room for all of it and one byte more (to see the
	// end without growing) from the start.
	n := int64(sized.Len())
	if limit < n {
		n = limit + 1
	}
	buf := make([]byte, 0, max(n, 0)+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}
