package enum_test

// This file walks every exported enum of the library and checks the
// behaviour they all share (see the package doc). TestEveryEnumIsListed
// keeps the list complete: it reads the library's source for exported
// uint8 types.

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/moderation"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
)

// libraryPackages are the packages whose enums the test walks.
var libraryPackages = []string{"classification", "framework", "judgement", "record", "sampling", "synthetic", "guidance", "moderation"}

// anEnum is one enum, seen through what every enum has.
type anEnum struct {
	name      string // "classification.Level"
	str       func(v uint8) string
	label     func(v uint8) string
	marshal   func(v uint8) ([]byte, error)
	unmarshal func(start uint8, text []byte) (uint8, error)
	parse     func(s string) (uint8, error)
	json      func(v uint8) ([]byte, error)
	unjson    func(b []byte) (uint8, error)
}

type textEnum interface {
	~uint8
	fmt.Stringer
	encoding.TextMarshaler
	Label() string
}

func of[T textEnum, P interface {
	*T
	encoding.TextUnmarshaler
}](parse func(string) (T, error)) anEnum {
	return anEnum{
		name:    reflect.TypeFor[T]().String(),
		str:     func(v uint8) string { return T(v).String() },
		label:   func(v uint8) string { return T(v).Label() },
		marshal: func(v uint8) ([]byte, error) { return T(v).MarshalText() },
		unmarshal: func(start uint8, text []byte) (uint8, error) {
			v := T(start)
			err := P(&v).UnmarshalText(text)
			return uint8(v), err
		},
		parse: func(s string) (uint8, error) {
			v, err := parse(s)
			return uint8(v), err
		},
		json: func(v uint8) ([]byte, error) { return json.Marshal(T(v)) },
		unjson: func(b []byte) (uint8, error) {
			var v T
			err := json.Unmarshal(b, &v)
			return uint8(v), err
		},
	}
}

func enums() []anEnum {
	return []anEnum{
		of(classification.ParseLevel),
		of(classification.ParseScale),
		of(classification.ParseReasonableness),
		of(classification.ParseDirection),
		of(classification.ParseConcern),
		of(classification.ParseDeficit),
		of(classification.ParseConsiderationType),
		of(classification.ParseConstraint),
		of(classification.ParseUse),
		of(judgement.ParseSeverity),
		of(classification.ParseNear),
		of(framework.ParseKind),
		of(framework.ParseArea),
		of(framework.ParseAnswerKind),
		of(record.ParseAnswer),
		of(judgement.ParseDecidedBy),
		of(judgement.ParseRating),
		of(sampling.ParseOutcome),
		of(moderation.ParseDifferenceKind),
	}
}

// values returns the enum's values: 1, 2, ... up to the first that does not
// marshal.
func (e anEnum) values() []uint8 {
	var out []uint8
	for v := 1; v < 256; v++ {
		if _, err := e.marshal(uint8(v)); err != nil {
			break
		}
		out = append(out, uint8(v))
	}
	return out
}

var tokenForm = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestEnumsShareOneBehaviour(t *testing.T) {
	for _, e := range enums() {
		t.Run(e.name, func(t *testing.T) {
			vs := e.values()
			require.GreaterOrEqual(t, len(vs), 2, "an enum has values")
			seen := map[string]uint8{}
			for _, v := range vs {
				tok := e.str(v)
				b, err := e.marshal(v)
				require.NoError(t, err)
				assert.Equal(t, tok, string(b), "String equals MarshalText")
				if tok != "n/a" {
					assert.Regexp(t, tokenForm, tok, "a lower-case hyphenated token")
				}
				label := e.label(v)
				assert.NotEmpty(t, label)
				assert.NotEqual(t, enum.ZeroLabel, label)

				// Every spelling parses: token, label, any ASCII case,
				// spaces, hyphens and underscores alike, trimmed.
				for _, in := range spellings(tok, label) {
					got, err := e.parse(in)
					if assert.NoError(t, err, "parse %q", in) {
						assert.Equal(t, v, got, "parse %q", in)
					}
				}
				// No spelling of one value spells another.
				for _, k := range []string{tok, label} {
					k = strings.ToLower(strings.NewReplacer(" ", "-", "_", "-").Replace(k))
					if w, ok := seen[k]; ok && w != v {
						t.Errorf("%q spells both %d and %d", k, w, v)
					}
					seen[k] = v
				}

				// Round trips: text and JSON.
				got, err := e.unmarshal(v^0xff, b)
				require.NoError(t, err)
				assert.Equal(t, v, got, "text round trip")
				js, err := e.json(v)
				require.NoError(t, err)
				assert.JSONEq(t, fmt.Sprintf("%q", tok), string(js), "JSON is the token")
				got, err = e.unjson(js)
				require.NoError(t, err)
				assert.Equal(t, v, got, "JSON round trip")

				// Look-alikes of the token's letters are rejected.
				for _, in := range lookAlikes(tok) {
					_, err := e.parse(in)
					assert.Error(t, err, "parse %q", in)
				}
			}

			// The zero value: not recorded.
			assert.Equal(t, "", e.str(0))
			assert.Equal(t, enum.ZeroLabel, e.label(0))
			b, err := e.marshal(0)
			require.NoError(t, err)
			assert.Empty(t, b)
			got, err := e.unmarshal(1, nil)
			require.NoError(t, err)
			assert.Zero(t, got, "empty text is the zero value")
			got, err = e.unjson([]byte(`""`))
			require.NoError(t, err)
			assert.Zero(t, got)

			// Parse rejects "" and junk, with one error shape.
			_, typeName, _ := strings.Cut(e.name, ".")
			pkg, _, _ := strings.Cut(e.name, ".")
			for _, in := range []string{"", " ", "\t\n", "0", "1", "not recorded", "x", "\x00", "\xff", "\u00a0" + e.str(1)} {
				v, err := e.parse(in)
				require.Error(t, err, "parse %q gave %d", in, v)
				assert.Zero(t, v)
				var pe *enum.ParseError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, &enum.ParseError{Type: e.name, Input: in}, pe)
				assert.Equal(t, pkg+": cannot parse "+enum.Quote(in)+" as "+typeName, err.Error())
				if in == "" {
					continue
				}
				got, err := e.unmarshal(1, []byte(in))
				require.Error(t, err)
				assert.Equal(t, uint8(1), got, "UnmarshalText leaves the value unchanged on error")
			}

			// Out of range: named in String and Label, an error to marshal.
			for _, v := range []uint8{uint8(len(vs) + 1), 255} {
				want := fmt.Sprintf("%s(%d)", typeName, v)
				assert.Equal(t, want, e.str(v))
				assert.Equal(t, want, e.label(v))
				b, err := e.marshal(v)
				assert.Nil(t, b)
				var re *enum.RangeError
				require.ErrorAs(t, err, &re)
				assert.Equal(t, &enum.RangeError{Type: e.name, Value: v}, re)
				assert.Equal(t, pkg+": "+want+" is out of range", err.Error())
				_, err = e.json(v)
				require.ErrorAs(t, err, &re, "JSON of a value out of range")
			}
		})
	}
}

// spellings returns what Parse must accept for a value with this token and
// label.
func spellings(tok, label string) []string {
	out := []string{tok, label, strings.ToUpper(tok), strings.ToLower(label), strings.ToUpper(label),
		" \t" + tok + "\r\n", "  " + label + " "}
	for _, s := range []string{tok, label} {
		out = append(out,
			strings.ReplaceAll(s, "-", " "),
			strings.ReplaceAll(s, "-", "_"),
			strings.ReplaceAll(s, " ", "-"),
			strings.ReplaceAll(s, " ", "_"),
			titleCase(strings.ReplaceAll(s, "-", " ")),
		)
	}
	if strings.Contains(label, "\u2019") {
		out = append(out, strings.ReplaceAll(label, "\u2019", "'"))
	}
	return out
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if w[0] >= 'a' && w[0] <= 'z' {
			words[i] = string(w[0]-'a'+'A') + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// lookAlikes returns the token with one letter replaced by a non-ASCII
// character that strings.EqualFold or Unicode case folding would take for it.
func lookAlikes(tok string) []string {
	alike := map[byte][]string{
		'k': {"\u212a"},           // KELVIN SIGN folds to k
		's': {"\u017f"},           // LATIN SMALL LETTER LONG S folds to s
		'i': {"\u0130", "\u0131"}, // dotted capital I, dotless i
		'a': {"\u0430"},           // Cyrillic a
		'e': {"\u0435"},           // Cyrillic e
		'o': {"\u043e", "\uff4f"}, // Cyrillic o, fullwidth o
	}
	var out []string
	for i := 0; i < len(tok); i++ {
		for _, r := range alike[tok[i]] {
			out = append(out, tok[:i]+r+tok[i+1:])
		}
	}
	return out
}

// notEnums are the uint8 types that are not enums, and why.
var notEnums = map[string]string{
	"record.Fact": "names a fact of a case record; its text form is the fact's JSON path (\"factors.childSafety\"), not a token, and it is never a recorded value",
}

// TestEveryEnumIsListed reads the library's source and checks that every
// exported type defined as uint8 is in enums(), so that a new enum cannot
// skip the shared behaviour.
func TestEveryEnumIsListed(t *testing.T) {
	var listed []string
	for _, e := range enums() {
		listed = append(listed, e.name)
	}
	var found []string
	for _, pkg := range libraryPackages {
		dir := filepath.Join("..", "..", pkg)
		fset := token.NewFileSet()
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		require.NoError(t, err)
		require.NotEmpty(t, files, dir)
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			require.NoError(t, err)
			ast.Inspect(f, func(n ast.Node) bool {
				ts, ok := n.(*ast.TypeSpec)
				if !ok || !ts.Name.IsExported() || ts.Assign != 0 {
					return true
				}
				if id, ok := ts.Type.(*ast.Ident); ok && id.Name == "uint8" && notEnums[pkg+"."+ts.Name.Name] == "" {
					found = append(found, pkg+"."+ts.Name.Name)
				}
				return true
			})
		}
	}
	slices.Sort(found)
	slices.Sort(listed)
	assert.Equal(t, found, listed)
}

func TestParseErrorsAreOneType(t *testing.T) {
	for _, e := range enums() {
		_, err := e.parse("?")
		var pe *enum.ParseError
		assert.True(t, errors.As(err, &pe), e.name)
	}
}
