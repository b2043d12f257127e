package jsonscan

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
)

// KeyError reports a key of a JSON object that the Go type it is decoded
// into does not have (in that case exactly), or a key given twice.
type KeyError struct {
	// Field is the path of the object, e.g. "roshRationale.considerations[0]".
	Field string
	// Key is the key at fault.
	Key string
	// Twice is true for a key given twice, false for an unknown key.
	Twice bool
}

// Error implements error.
func (e *KeyError) Error() string {
	if e.Twice {
		return e.Field + "." + e.Key + ": given twice"
	}
	return e.Field + ": unknown field " + fmt.Sprintf("%q", e.Key)
}

// CheckKeys checks the keys of every object in raw, a JSON value to be
// decoded into a value of type t: each key must be one of t's JSON keys (its
// fields' json tags), exactly, and given once. It recurses into fields,
// pointers and slices of structs. Values of the wrong kind are left to
// encoding/json, which words them.
func CheckKeys(raw []byte, t reflect.Type, field string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	i := SkipSpace(raw, 0)
	if i >= len(raw) {
		return nil
	}
	switch {
	case t.Kind() == reflect.Slice && raw[i] == '[':
		n := 0
		for i = SkipSpace(raw, i+1); i < len(raw) && raw[i] != ']'; n++ {
			end := SkipValue(raw, i)
			if raw[i] == '"' {
				_, end, _ = ScanString(raw, i)
			}
			if err := CheckKeys(raw[i:end], t.Elem(), fmt.Sprintf("%s[%d]", field, n)); err != nil {
				return err
			}
			if i = SkipSpace(raw, end); i < len(raw) && raw[i] == ',' {
				i = SkipSpace(raw, i+1)
			}
		}
		return nil
	case t.Kind() != reflect.Struct || raw[i] != '{':
		return nil
	}
	keys := jsonKeys(t)
	var seen uint64
	return ScanObject(raw[i:], func(key []byte, _ byte, _, value []byte) error {
		j := slices.Index(keys.names, string(key))
		switch {
		case j < 0:
			return &KeyError{Field: field, Key: string(key)}
		case seen&(1<<j) != 0:
			return &KeyError{Field: field, Key: string(key), Twice: true}
		}
		seen |= 1 << j
		return CheckKeys(value, keys.types[j], field+"."+string(key))
	})
}

// structKeys are the JSON keys of a struct type's fields, and their types.
type structKeys struct {
	names []string
	types []reflect.Type
}

// jsonKeys returns the JSON keys of a struct type (at most 64), from its
// fields' json tags, worked out once a type.
func jsonKeys(t reflect.Type) *structKeys {
	if k, ok := keysByType.Load(t); ok {
		return k.(*structKeys)
	}
	k := &structKeys{}
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" || len(k.names) == 64 {
			continue
		}
		if name == "" {
			name = f.Name
		}
		k.names = append(k.names, name)
		k.types = append(k.types, f.Type)
	}
	keysByType.Store(t, k)
	return k
}

// keysByType caches jsonKeys.
var keysByType sync.Map
