package classification

import (
	"encoding"
	"errors"
	"testing"

	"github.com/yjinspect/yjinspect/framework"
)

// checkParse checks that parse either fails with a *framework.ParseError quoting
// the input, or gives a value whose token parses back to it (by parse and
// by UnmarshalText).
func checkParse[T interface {
	~uint8
	encoding.TextMarshaler
}, PT interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, parse func(string) (T, error), s string) {
	v, err := parse(s)
	if err != nil {
		var pe *framework.ParseError
		if !errors.As(err, &pe) || pe.Input != s {
			t.Fatalf("parse(%q): error %#v is not a *ParseError quoting the input", s, err)
		}
		if v != 0 {
			t.Fatalf("parse(%q): error with non-zero value %d", s, v)
		}
		return
	}
	b, err := v.MarshalText()
	if err != nil || v == 0 {
		t.Fatalf("parse(%q) = %d; MarshalText: %q, %v", s, v, b, err)
	}
	again, err := parse(string(b))
	if err != nil || again != v {
		t.Fatalf("parse(%q) = %d, %v; want %d", b, again, err, v)
	}
	var u T
	if err := PT(&u).UnmarshalText(b); err != nil || u != v {
		t.Fatalf("UnmarshalText(%q) = %d, %v; want %d", b, u, err, v)
	}
}

// FuzzParseEnums runs every Parse function of the package on the same
// input.
func FuzzParseEnums(f *testing.F) {
	for _, s := range []string{"very-high", "VERY_HIGH", " Very high ", "rosh", "safety and wellbeing",
		"Not reasonable", "under", "acute dynamic risk factors", "the ending of a relationship",
		"other external constraint", "raise", "error", "carrying knives or other weapons",
		"criminal exploitation, including county lines",
		"accepting the child's account without seeking further information or enacting professional curiosity",
		"", " ", "\x00", "\xff", "not recorded", "\u212aeep"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkParse(t, ParseLevel, s)
		checkParse(t, ParseScale, s)
		checkParse(t, ParseReasonableness, s)
		checkParse(t, ParseDirection, s)
		checkParse(t, ParseConsiderationType, s)
		checkParse(t, ParseConstraint, s)
		checkParse(t, ParseUse, s)
		checkParse(t, ParseNear, s)
		checkParse(t, ParseConcern, s)
		checkParse(t, ParseDeficit, s)
	})
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
	f.Add(uint8(1), uint8(2), uint8(NearUnnamed))
	f.Add(uint8(2), uint8(3), uint8(NearLowMedium))
	f.Add(uint8(0), uint8(200), uint8(NotNear))
	f.Add(uint8(3), uint8(4), uint8(200))
	f.Fuzz(func(t *testing.T, cm, in, near uint8) {
		v := CheckReasonable(Level(cm), Level(in), Near(near))
		if !reasonableness.Valid(v.Outcome) || v.Reason == "" || v.Steps < 0 || v.Steps > 3 {
			t.Fatalf("CheckReasonable(%d, %d, %v) = %+v", cm, in, near, v)
		}
		if (v.Direction == 0) != (!levels.Valid(Level(cm)) || !levels.Valid(Level(in))) {
			t.Fatalf("CheckReasonable(%d, %d, %v): direction %v", cm, in, near, v.Direction)
		}
	})
}
