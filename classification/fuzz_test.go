package classification

import (
	"encoding"
	"errors"
	"strconv"
	"strings"
	"testing"
)

// fuzzParse checks that parse either fails with a *ParseError quoting the
// input, or gives a valid value whose text form parses back to the same
// value (by parse and by UnmarshalText).
func fuzzParse[T interface {
	~uint8
	encoding.TextMarshaler
	Valid() bool
}, PT interface {
	*T
	encoding.TextUnmarshaler
}](f *testing.F, parse func(string) (T, error), seeds []T, extra ...string) {
	for _, v := range seeds {
		b, _ := v.MarshalText()
		f.Add(string(b))
		f.Add(strings.ToUpper(string(b)))
	}
	for _, s := range append(extra, "", " ", "\x00", "\xff", "not recorded") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parse(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Input != s {
				t.Fatalf("parse(%q): error %#v is not a *ParseError quoting the input", s, err)
			}
			if !strings.Contains(err.Error(), strconv.Quote(s)) {
				t.Fatalf("parse(%q): error %q does not quote the input", s, err)
			}
			if v != 0 {
				t.Fatalf("parse(%q): error with non-zero value %d", s, v)
			}
			return
		}
		if !v.Valid() {
			t.Fatalf("parse(%q) = %d, which is not valid", s, v)
		}
		b, err := v.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%d): %v", v, err)
		}
		again, err := parse(string(b))
		if err != nil || again != v {
			t.Fatalf("parse(%q) = %d, %v; want %d", b, again, err, v)
		}
		var u T
		if err := PT(&u).UnmarshalText(b); err != nil || u != v {
			t.Fatalf("UnmarshalText(%q) = %d, %v; want %d", b, u, err, v)
		}
	})
}

func FuzzParseLevel(f *testing.F) {
	fuzzParse(f, ParseLevel, Levels(), "very-high", "VERY_HIGH", " Very high ")
}

func FuzzParseScale(f *testing.F) {
	fuzzParse(f, ParseScale, Scales(), "rosh", "safety and wellbeing")
}

func FuzzParseOutcome(f *testing.F) {
	fuzzParse(f, ParseOutcome, []Outcome{Reasonable, NotReasonable, InspectorJudgement}, "Not reasonable")
}

func FuzzParseDirection(f *testing.F) {
	fuzzParse(f, ParseDirection, []Direction{Same, Under, Over})
}

func FuzzParseConsiderationType(f *testing.F) {
	fuzzParse(f, ParseConsiderationType, ConsiderationTypes(), "acute dynamic risk factors")
}

func FuzzParseConstraint(f *testing.F) {
	fuzzParse(f, ParseConstraint, Constraints(), "the ending of a relationship", "other external constraint")
}

func FuzzParseUse(f *testing.F) {
	fuzzParse(f, ParseUse, []Use{Raise, Lower})
}

func FuzzParseEffect(f *testing.F) {
	fuzzParse(f, ParseEffect, []Effect{MayRaise, MayLower, NotAReasonToLower, Unstated}, "not in itself a reason to lower")
}

func FuzzParseSeverity(f *testing.F) {
	fuzzParse(f, ParseSeverity, []Severity{Warning, Error})
}

func FuzzParseConcern(f *testing.F) {
	fuzzParse(f, ParseConcern, Concerns(), "carrying knives or other weapons", "criminal exploitation, including county lines")
}

func FuzzParseDeficit(f *testing.F) {
	fuzzParse(f, ParseDeficit, Deficits(), "accepting the child's account without seeking further information or enacting professional curiosity")
}

// FuzzCheckRoSH checks that CheckRoSH never panics and keeps its invariants
// whatever the bytes of a rationale.
func FuzzCheckRoSH(f *testing.F) {
	f.Add([]byte{1, 1, 2, 2, 10, 2, 1})
	f.Add([]byte{0})
	f.Add([]byte{255, 255, 255, 255, 255, 255, 255})
	f.Fuzz(func(t *testing.T, b []byte) {
		at := func(i int) byte {
			if i < len(b) {
				return b[i]
			}
			return 0
		}
		opt := func(x byte) *bool {
			switch x % 3 {
			case 1:
				return bp(false)
			case 2:
				return bp(true)
			}
			return nil
		}
		r := Rationale{Level: Level(at(0)), CurrentFactors: opt(at(1)), Mitigated: opt(at(2)), Stable: opt(at(3))}
		for i := 4; i+2 < len(b); i += 3 {
			r.Considerations = append(r.Considerations, Consideration{
				Type: ConsiderationType(b[i]), Use: Use(b[i+1]), Constraint: Constraint(b[i+2]),
			})
		}
		checkFindingsShape(t, CheckRoSH(r), len(r.Considerations))
	})
}

// FuzzCheckReasonable checks that CheckReasonable never panics and that its
// verdict is consistent whatever the levels.
func FuzzCheckReasonable(f *testing.F) {
	f.Add(uint8(1), uint8(2), true)
	f.Add(uint8(0), uint8(200), false)
	f.Fuzz(func(t *testing.T, cm, in uint8, near bool) {
		v := CheckReasonable(Level(cm), Level(in), near)
		if !v.Outcome.Valid() || v.Reason == "" || v.Steps < 0 || v.Steps > 3 {
			t.Fatalf("CheckReasonable(%d, %d, %v) = %+v", cm, in, near, v)
		}
		if (v.Direction == 0) != (!Level(cm).Valid() || !Level(in).Valid()) {
			t.Fatalf("CheckReasonable(%d, %d, %v): direction %v", cm, in, near, v.Direction)
		}
	})
}
