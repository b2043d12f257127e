package record

// This file is the codec of the case record: Decode and the JSON forms of
// Case. The case model is in case.go, the JSON scanner in scan.go and the
// stream readers in stream.go.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yjinspect/yjinspect/internal/jsonscan"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/internal/idrule"
)

// MaxCaseSize is the most bytes Decode reads for one case record: 1 MiB. A
// full case record is a few kilobytes.
const MaxCaseSize = 1 << 20

// DecodeError reports a case record that cannot be read. It names the case
// (its ID, when that was read), the field or question ID, and the bad value,
// and nothing else of the record; in a stream read by DecodeEach, also where
// the record is.
type DecodeError struct {
	// Line and Index place the record in a stream read by DecodeEach: its
	// 1-based line (JSON lines; 0 in an array) and its 1-based position in
	// the stream. Both are 0 for a single record.
	Line, Index int
	// Case is the case ID, or "" when it could not be read or breaks the
	// ID rule (CheckID).
	Case string
	// Field is the JSON field at fault, e.g. "answers[A1.1]" or
	// "factors.childSafety"; "" for the record as a whole.
	Field string
	// Value is the bad value as given, cut to 64 bytes; "" when there is
	// none to show.
	Value string
	// Reason says what is wrong. Malformed JSON is placed at its byte,
	// counted from 1: "malformed JSON at byte 18: …", in the record (a
	// single record, or a line of JSON lines) or in the stream (a JSON
	// array).
	Reason string
	// Err is the underlying error, if any: ErrTooLarge for a record over
	// the size limit.
	Err error
}

// Error implements error.
func (e *DecodeError) Error() string {
	var b strings.Builder
	b.WriteString("record: ")
	switch {
	case e.Line > 0:
		b.WriteString("line " + strconv.Itoa(e.Line) + ": ")
	case e.Index > 0:
		b.WriteString("record " + strconv.Itoa(e.Index) + ": ")
	}
	b.WriteString("case ")
	if e.Case == "" {
		b.WriteString("(no id)")
	} else {
		b.WriteString(enum.Quote(e.Case))
	}
	if e.Field != "" {
		b.WriteString(": ")
		b.WriteString(idrule.Escape(e.Field)) // it may hold a key as written
	}
	if e.Value != "" {
		b.WriteString(": bad value ")
		b.WriteString(enum.Quote(e.Value))
	}
	b.WriteString(": ")
	b.WriteString(e.Reason)
	return b.String()
}

// Unwrap returns the underlying error.
func (e *DecodeError) Unwrap() error { return e.Err }

// Decode reads one case record in JSON (see the package doc) from r, reading
// at most MaxCaseSize bytes. It rejects unknown fields, unknown question IDs,
// a question given twice (in any two spellings), values of the wrong kind for
// their question, unknown concern or deficit names, and anything after the
// record, with a *DecodeError. A UTF-8 byte-order mark at the start is
// skipped.
func Decode(r io.Reader) (Case, error) { return decodeLimit(r, MaxCaseSize) }

// decodeLimit is Decode with a size limit of max bytes.
func decodeLimit(r io.Reader, max int64) (Case, error) {
	if r == nil {
		return Case{}, &DecodeError{Reason: "no input"}
	}
	data, err := jsonscan.ReadLimit(r, max+int64(len(byteOrderMark)))
	if err != nil {
		return Case{}, &DecodeError{Reason: "reading: " + err.Error(), Err: err}
	}
	data = bytes.TrimPrefix(data, byteOrderMark)
	if int64(len(data)) > max {
		return Case{}, &DecodeError{Case: leadingID(data), Reason: fmt.Sprintf("the record is over the size limit of %d bytes", max), Err: ErrTooLarge}
	}
	var c Case
	if err := c.UnmarshalJSON(data); err != nil {
		return Case{}, nameCase(err, data)
	}
	return c, nil
}

// caseJSON is the record's shape with every field left raw, so that each is
// decoded knowing the case ID.
type caseJSON struct {
	ID            json.RawMessage
	Inspection    json.RawMessage
	Synthetic     json.RawMessage
	Answers       json.RawMessage
	Inspector     json.RawMessage
	NearBoundary  json.RawMessage
	Concerns      json.RawMessage
	Deficits      json.RawMessage
	RoSHRationale json.RawMessage
	Notes         json.RawMessage
	// Facts holds the objects of facts, by factObjects.
	Facts [len(factObjects)]json.RawMessage
}

// UnmarshalJSON decodes a case record strictly, as Decode does (without the
// size limit, which is the reader's business).
func (c *Case) UnmarshalJSON(data []byte) error {
	if !utf8.Valid(data) {
		return &DecodeError{Reason: fmt.Sprintf("not valid UTF-8 at byte %d", jsonscan.InvalidUTF8At(data))}
	}
	// Records in the usual form take the fast path (fastdecode.go); the
	// full decoder reads the rest and words every error.
	if fc, ok := fastDecode(data); ok {
		*c = fc
		return nil
	}
	out, err := decodeFull(data)
	if err != nil {
		return err
	}
	*c = out
	return nil
}

// decodeFull decodes a case record of valid UTF-8 strictly, with
// encoding/json's help for the parts other than the answers.
func decodeFull(data []byte) (Case, error) {
	raw, err := splitRecord(data)
	if err != nil {
		return Case{}, err
	}
	var out Case
	if !jsonscan.IsNull(raw.ID) {
		if err := jsonscan.Strict(raw.ID, &out.ID); err != nil {
			return Case{}, &DecodeError{Field: "id", Value: string(raw.ID), Reason: "want a string"}
		}
	}
	if err := checkIDField("", "id", out.ID); err != nil {
		return Case{}, err
	}
	fail := func(field, value, reason string, err error) error {
		return &DecodeError{Case: out.ID, Field: field, Value: value, Reason: reason, Err: err}
	}
	if err := decodeProvenance(raw, &out); err != nil {
		return Case{}, err
	}
	if err := decodeAnswers(raw.Answers, &out.Answers); err != nil {
		var de *DecodeError
		if errors.As(err, &de) {
			de.Case = out.ID
		}
		return Case{}, err
	}
	var near boundaryJSON
	objects := []struct {
		field string
		raw   json.RawMessage
		dst   any
	}{
		{"inspector", raw.Inspector, &out.Inspector},
		{"nearBoundary", raw.NearBoundary, &near},
	}
	for _, o := range objects {
		if jsonscan.IsNull(o.raw) {
			continue
		}
		if err := strictDecodeAt(o.field, o.raw, o.dst); err != nil {
			return Case{}, nameCaseIn(err, out.ID)
		}
	}
	for i, r := range raw.Facts {
		if jsonscan.IsNull(r) {
			continue
		}
		if err := decodeFacts(r, i, &out); err != nil {
			return Case{}, nameCaseIn(err, out.ID)
		}
	}
	out.NearBoundary = Boundary{classification.Near(near.SafetyAndWellbeing), classification.Near(near.RiskOfSeriousHarm)}
	if !jsonscan.IsNull(raw.Concerns) {
		if err := decodeTags(raw.Concerns, &out.Concerns, classification.ParseConcern); err != nil {
			return Case{}, fail("concerns", err.value, err.reason, nil)
		}
	}
	if !jsonscan.IsNull(raw.Deficits) {
		if err := decodeTags(raw.Deficits, &out.Deficits, classification.ParseDeficit); err != nil {
			return Case{}, fail("deficits", err.value, err.reason, nil)
		}
	}
	if !jsonscan.IsNull(raw.RoSHRationale) {
		var r classification.Rationale
		if err := strictDecodeAt("roshRationale", raw.RoSHRationale, &r); err != nil {
			return Case{}, nameCaseIn(err, out.ID)
		}
		if len(r.Considerations) == 0 {
			r.Considerations = nil // encodes as absent
		}
		out.RoSHRationale = &r
	}
	if !jsonscan.IsNull(raw.Notes) {
		if err := decodeNotes(raw.Notes, &out.Notes); err != nil {
			return Case{}, nameCaseIn(err, out.ID)
		}
	}
	return out, nil
}

// splitRecord checks the record is one JSON object with only known fields,
// each given once, and returns the fields' raw values.
func splitRecord(data []byte) (caseJSON, error) {
	var raw caseJSON
	if !json.Valid(data) {
		// Let encoding/json say exactly what is wrong.
		err := jsonscan.Strict(data, &raw)
		if err == nil {
			err = errors.New("malformed JSON")
		}
		return raw, &DecodeError{Reason: describeJSONError(err), Err: err}
	}
	if i := jsonscan.SkipSpace(data, 0); i < len(data) && data[i] != '{' {
		return raw, &DecodeError{Reason: "want a JSON object, not a JSON " + jsonscan.Kind(data[i])}
	}
	fields := map[string]*json.RawMessage{
		"id": &raw.ID, "inspection": &raw.Inspection, "synthetic": &raw.Synthetic, "answers": &raw.Answers, "inspector": &raw.Inspector, "nearBoundary": &raw.NearBoundary,
		"concerns": &raw.Concerns, "deficits": &raw.Deficits, "roshRationale": &raw.RoSHRationale,
		"notes": &raw.Notes,
	}
	for i, o := range factObjects {
		fields[o.name] = &raw.Facts[i]
	}
	err := jsonscan.ScanObject(data, func(key []byte, _ byte, _, value []byte) error {
		dst, ok := fields[string(key)]
		switch {
		case !ok:
			return &DecodeError{Reason: fmt.Sprintf("unknown field %q", key)}
		case *dst != nil:
			return &DecodeError{Field: string(key), Reason: "given twice"}
		}
		*dst = value
		return nil
	})
	if err != nil {
		var de *DecodeError
		if !errors.As(err, &de) {
			de = &DecodeError{Reason: err.Error(), Err: err}
		}
		var id string
		if raw.ID != nil && json.Unmarshal(raw.ID, &id) == nil && CheckID(id) == nil {
			de.Case = id // name the case if its id was read, and is a good one
		}
		return raw, de
	}
	return raw, nil
}

// nameCaseIn names the case in a *DecodeError that does not name one yet.
func nameCaseIn(err error, id string) error {
	var de *DecodeError
	if errors.As(err, &de) && de.Case == "" {
		de.Case = id
	}
	return err
}

// strictDecodeAt decodes the value of the record's field into v as strictly
// as the record itself is read: in every object at every depth, each key is
// one of the Go type's JSON keys, in its own case, and none is given twice
// (checkKeys); then encoding/json decodes it, rejecting values of the wrong
// kind. The error is a *DecodeError naming the field.
func strictDecodeAt(field string, raw json.RawMessage, v any) error {
	if err := jsonscan.CheckKeys(raw, reflect.TypeOf(v).Elem(), field); err != nil {
		var ke *jsonscan.KeyError
		switch {
		case !errors.As(err, &ke):
			return &DecodeError{Field: field, Reason: err.Error(), Err: err}
		case ke.Twice:
			return &DecodeError{Field: ke.Field + "." + ke.Key, Reason: "given twice"}
		}
		return &DecodeError{Field: ke.Field, Reason: fmt.Sprintf("unknown field %q", ke.Key)}
	}
	if err := jsonscan.Strict(raw, v); err != nil {
		f, value := fieldOf(field, raw, err)
		return &DecodeError{Field: f, Value: value, Reason: describeJSONError(err), Err: err}
	}
	return nil
}

// decodeFacts reads the object of facts at index obj of factObjects into c,
// as strictly as the record itself: each key one of the object's facts,
// exactly, and given once; each value true, false or null (not recorded).
func decodeFacts(raw json.RawMessage, obj int, c *Case) error {
	name := factObjects[obj].name
	if i := jsonscan.SkipSpace(raw, 0); i < len(raw) && raw[i] != '{' {
		return &DecodeError{Field: name, Reason: "want a JSON object, not a JSON " + jsonscan.Kind(raw[i])}
	}
	facts := factsOf(obj)
	var seen uint64
	return jsonscan.ScanObject(raw, func(key []byte, kind byte, _, value []byte) error {
		j := slices.IndexFunc(facts, func(f Fact) bool { return f.Key() == string(key) })
		switch {
		case j < 0:
			return &DecodeError{Field: name, Reason: fmt.Sprintf("unknown field %q", key)}
		case seen&(1<<j) != 0:
			return &DecodeError{Field: name + "." + string(key), Reason: "given twice"}
		}
		seen |= 1 << j
		dst := facts[j].at(c)
		switch string(value) {
		case "true":
			*dst = new(true)
		case "false":
			*dst = new(false)
		case "null":
			*dst = nil
		default:
			return &DecodeError{Field: name + "." + string(key), Reason: "want a boolean (true or false), not a JSON " + jsonscan.Kind(kind)}
		}
		return nil
	})
}

// describeJSONError words encoding/json's errors (jsonscan.Describe).
func describeJSONError(err error) string { return jsonscan.Describe(err, jsonType) }

func jsonType(goType string) string {
	switch {
	case strings.HasSuffix(goType, "nearJSON"):
		return "boundary (\"low-medium\", \"medium-high\" or \"high-very-high\") or a boolean (true or false)"
	case goType == "bool" || strings.HasSuffix(goType, "*bool"):
		return "boolean (true or false)"
	case goType == "string" || strings.HasSuffix(goType, "Level") || strings.HasSuffix(goType, "Type") || strings.HasSuffix(goType, "Use") || strings.HasSuffix(goType, "Constraint"):
		return "string"
	case strings.HasPrefix(goType, "[]"):
		return "list"
	}
	return "JSON object"
}

// fieldOf names the sub-field a decoding error is about, and its bad value
// where encoding/json reports one.
func fieldOf(field string, raw json.RawMessage, err error) (string, string) {
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) && typ.Field != "" {
		return field + "." + typ.Field, ""
	}
	var pe *enum.ParseError
	if errors.As(err, &pe) {
		return field, pe.Input
	}
	return field, ""
}

type tagError struct{ value, reason string }

// decodeTags decodes a list of concern or deficit names, rejecting unknown
// names and duplicates.
func decodeTags[T comparable](raw json.RawMessage, dst *[]T, parse func(string) (T, error)) *tagError {
	var names []string
	if err := jsonscan.Strict(raw, &names); err != nil {
		return &tagError{reason: "want a list of names: " + describeJSONError(err)}
	}
	var out []T // an empty list decodes as no tags, as it encodes
	for _, n := range names {
		v, err := parse(n)
		if err != nil {
			return &tagError{value: n, reason: "unknown name"}
		}
		if slices.Contains(out, v) {
			return &tagError{value: n, reason: "given twice"}
		}
		out = append(out, v)
	}
	*dst = out
	return nil
}

// decodeAnswers reads the answers object, catching a question given twice,
// in the same or two spellings.
func decodeAnswers(raw json.RawMessage, dst *Answers) error {
	if jsonscan.IsNull(raw) {
		return nil
	}
	l := catalogue()
	var out Answers
	// spelled[i] is how question i was written, once it has been seen.
	var spelledBuf [128][]byte
	spelled := spelledBuf[:]
	if len(l.kinds) > len(spelled) {
		spelled = make([][]byte, len(l.kinds))
	}
	err := jsonscan.ScanObject(raw, func(key []byte, kind byte, value, _ []byte) error {
		i, err := questionIndex(l, key, "answers")
		if err != nil {
			return err
		}
		if spelled[i] != nil {
			return &DecodeError{Field: "answers[" + string(key) + "]",
				Reason: fmt.Sprintf("question %s is given twice (as %q and %q)", l.ids[i], spelled[i], key)}
		}
		spelled[i] = key
		if kind != '"' {
			return &DecodeError{Field: "answers[" + string(key) + "]", Reason: "want a string, not a JSON " + jsonscan.Kind(kind)}
		}
		v, reason := parseValueBytes(l.kinds[i], value)
		if reason != "" {
			return &DecodeError{Field: "answers[" + string(key) + "]", Value: string(value), Reason: reason}
		}
		out.setAt(l, i, v)
		return nil
	})
	if err != nil {
		var de *DecodeError
		if errors.As(err, &de) {
			return err
		}
		return &DecodeError{Field: "answers", Reason: err.Error(), Err: err}
	}
	*dst = out
	return nil
}

// parseValueBytes is parseValue without allocating for the usual answers.
func parseValueBytes(kind framework.AnswerKind, b []byte) (Value, string) {
	if kind == framework.YesNo {
		switch {
		case equalFold(b, "yes"):
			return Value{Answer: Yes}, ""
		case equalFold(b, "no"):
			return Value{Answer: No}, ""
		case equalFold(b, "n/a"):
			return Value{Answer: NotApplicable}, ""
		}
	}
	return parseValue(kind, string(b))
}

func equalFold(b []byte, lower string) bool {
	if len(b) != len(lower) {
		return false
	}
	for i := range b {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// parseValue reads an answer's text for a question of the given kind.
func parseValue(kind framework.AnswerKind, s string) (Value, string) {
	switch kind {
	case framework.YesNo:
		a, err := ParseAnswer(s)
		if err != nil {
			return Value{}, wantYesNo
		}
		return Value{Answer: a}, ""
	case framework.LevelAnswer:
		lv, err := classification.ParseLevel(s)
		if err != nil {
			return Value{}, wantLevel
		}
		return Value{Level: lv}, ""
	case framework.TextAnswer:
		if strings.TrimSpace(s) == "" {
			return Value{}, "empty text: leave the question out instead"
		}
		return Value{Text: s}, ""
	}
	return Value{}, "the question takes no answer"
}

// MarshalJSON encodes the case record in its JSON form: answers by canonical
// ID in source order, absent facts left out. A case ID or inspection name
// (when there is one) that breaks the ID rule is an error (an *IDError,
// wrapped), never changed to fit.
func (c Case) MarshalJSON() ([]byte, error) {
	if err := checkIDs(&c); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString(`{"id":`)
	writeJSONString(&b, c.ID)
	writeProvenance(&b, &c)
	if c.Answers.Len() > 0 {
		b.WriteString(`,"answers":{`)
		first := true
		for id, v := range c.Answers.All() {
			if !first {
				b.WriteByte(',')
			}
			first = false
			writeJSONString(&b, string(id))
			b.WriteByte(':')
			writeJSONString(&b, v.text())
		}
		b.WriteByte('}')
	}
	type field struct {
		name  string
		v     any
		empty bool
	}
	write := func(fields ...field) error {
		for _, f := range fields {
			if f.empty {
				continue
			}
			enc, err := json.Marshal(f.v)
			if err != nil {
				return fmt.Errorf("record: case %s: %s: %w", enum.Quote(c.ID), f.name, err)
			}
			b.WriteString(`,"` + f.name + `":`)
			b.Write(enc)
		}
		return nil
	}
	if err := write(
		field{"inspector", c.Inspector, c.Inspector == ScaleLevels{}},
		field{"nearBoundary", boundaryJSON{nearJSON(c.NearBoundary.SafetyAndWellbeing), nearJSON(c.NearBoundary.RiskOfSeriousHarm)}, c.NearBoundary == Boundary{}},
	); err != nil {
		return nil, err
	}
	for obj, o := range factObjects {
		n := 0
		for _, f := range factsOf(obj) {
			v := *f.at(&c)
			if v == nil {
				continue
			}
			if n == 0 {
				b.WriteString(`,"` + o.name + `":{`)
			} else {
				b.WriteByte(',')
			}
			n++
			b.WriteString(`"` + f.Key() + `":` + strconv.FormatBool(*v))
		}
		if n > 0 {
			b.WriteByte('}')
		}
	}
	if err := write(
		field{"concerns", c.Concerns, len(c.Concerns) == 0},
		field{"deficits", c.Deficits, len(c.Deficits) == 0},
		field{"roshRationale", c.RoSHRationale, c.RoSHRationale == nil},
	); err != nil {
		return nil, err
	}
	if err := writeNotes(&b, &c); err != nil {
		return nil, err
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func writeJSONString(b *bytes.Buffer, s string) {
	enc, _ := json.Marshal(s) // a string always marshals
	b.Write(enc)
}

// boundaryJSON is Boundary in a case record: each scale is a token of
// classification.Near, or true (NearUnnamed) or false (NotNear), as records
// written before the boundary could be named say. Encoding writes NotNear
// and NearUnnamed as false and true, so that those records read and write
// back the same, and a named boundary as its token.
type boundaryJSON struct {
	SafetyAndWellbeing nearJSON `json:"safetyAndWellbeing,omitempty"`
	RiskOfSeriousHarm  nearJSON `json:"riskOfSeriousHarm,omitempty"`
}

// nearJSON is one scale of boundaryJSON.
type nearJSON classification.Near

func (n nearJSON) MarshalJSON() ([]byte, error) {
	switch classification.Near(n) {
	case classification.NotNear:
		return []byte("false"), nil
	case classification.NearUnnamed:
		return []byte("true"), nil
	}
	return json.Marshal(classification.Near(n))
}

func (n *nearJSON) UnmarshalJSON(b []byte) error {
	switch t := string(bytes.TrimSpace(b)); {
	case t == "true":
		*n = nearJSON(classification.NearUnnamed)
	case t == "false":
		*n = nearJSON(classification.NotNear)
	case t == "null", t == "":
	case t[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		var v classification.Near // "" is not recorded, as for every enum
		if err := v.UnmarshalText([]byte(s)); err != nil {
			return err
		}
		*n = nearJSON(v)
	default:
		return &json.UnmarshalTypeError{Value: jsonscan.Kind(t[0]), Type: reflect.TypeFor[nearJSON]()}
	}
	return nil
}
