package record

// The fast path of Case.UnmarshalJSON. It reads, in one pass, a case record
// in the form MarshalJSON writes and the usual ways of writing it by hand:
// canonical question IDs, exact tokens or labels for answers, levels and names,
// strings without escapes, and no nulls, numbers or repeated fields. On
// anything else it gives up, and the full decoder (decodeFull) reads the
// record, accepting exactly what it always accepted and wording every error
// as it always did. What the fast path accepts, it decodes to exactly what
// the full decoder would (FuzzFastDecode checks this); it never reports an
// error.

import (
	"bytes"
	"github.com/yjinspect/yjinspect/internal/jsonscan"
	"slices"
	"sync"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
)

// fastTokens are the tokens of every enum a case record holds.
type fastTokens struct {
	levels      *enum.Exact[classification.Level]
	concerns    *enum.Exact[classification.Concern]
	deficits    *enum.Exact[classification.Deficit]
	types       *enum.Exact[classification.ConsiderationType]
	uses        *enum.Exact[classification.Use]
	constraints *enum.Exact[classification.Constraint]
	near        *enum.Exact[classification.Near]
}

var fastTokensOnce = sync.OnceValue(func() *fastTokens {
	return &fastTokens{
		levels:      enum.NewExact(enum.ParseText[classification.Level]),
		concerns:    enum.NewExact(enum.ParseText[classification.Concern]),
		deficits:    enum.NewExact(enum.ParseText[classification.Deficit]),
		types:       enum.NewExact(enum.ParseText[classification.ConsiderationType]),
		uses:        enum.NewExact(enum.ParseText[classification.Use]),
		constraints: enum.NewExact(enum.ParseText[classification.Constraint]),
		near:        enum.NewExact(enum.ParseText[classification.Near]),
	}
})

// fastDecoder reads a record; every method reports false for anything the
// fast path leaves to the full decoder.
type fastDecoder struct {
	jsonscan.Reader
	tok *fastTokens
}

// The top-level fields, as bits of a set.
const (
	fieldID = 1 << iota
	fieldAnswers
	fieldInspector
	fieldNearBoundary
	fieldConcerns
	fieldDeficits
	fieldRationale
	fieldInspection
	fieldSynthetic
	fieldNotes
	// fieldFacts is the first object of facts; object i of factObjects is
	// fieldFacts << i.
	fieldFacts
)

// fastDecode reads a case record, reporting false where it leaves the
// record to the full decoder. data is valid UTF-8.
func fastDecode(data []byte) (Case, bool) {
	d := fastDecoder{Reader: jsonscan.Reader{B: data}, tok: fastTokensOnce()}
	var c Case
	var seen uint
	end, ok := d.Object(jsonscan.SkipSpace(data, 0), func(key []byte, i int) (int, bool) {
		var field uint
		var next int
		ok := true
		switch string(key) {
		case "id":
			field = fieldID
			var id []byte
			if id, next, ok = d.Str(i); ok {
				c.ID = string(id)
				ok = goodID(c.ID)
			}
		case "inspection":
			field = fieldInspection
			var s []byte
			if s, next, ok = d.Str(i); ok {
				c.Inspection = string(s)
				ok = goodID(c.Inspection)
			}
		case "synthetic":
			field = fieldSynthetic
			c.Synthetic, next, ok = d.Bool(i)
		case "answers":
			field = fieldAnswers
			next, ok = d.answers(i, &c.Answers)
		case "inspector":
			field = fieldInspector
			next, ok = d.levels(i, &c.Inspector)
		case "nearBoundary":
			field = fieldNearBoundary
			next, ok = d.boundary(i, &c.NearBoundary)
		case "concerns":
			field = fieldConcerns
			c.Concerns, next, ok = fastTags(&d, i, d.tok.concerns)
		case "deficits":
			field = fieldDeficits
			c.Deficits, next, ok = fastTags(&d, i, d.tok.deficits)
		case "roshRationale":
			field = fieldRationale
			c.RoSHRationale = new(classification.Rationale)
			next, ok = d.rationale(i, c.RoSHRationale)
		case "notes":
			field = fieldNotes
			next, ok = d.notes(i, &c.Notes)
		default:
			obj := slices.IndexFunc(factObjects[:], func(o factObject) bool { return o.name == string(key) })
			if obj < 0 {
				return 0, false
			}
			field = fieldFacts << obj
			next, ok = d.facts(i, obj, &c)
		}
		if !ok || seen&field != 0 {
			return 0, false
		}
		seen |= field
		return next, true
	})
	if !ok || seen&fieldID == 0 || jsonscan.SkipSpace(data, end) != len(data) {
		return Case{}, false
	}
	return c, true
}

// answers reads the answers object into a, by canonical question ID; the
// questions are looked for in the catalogue's order first.
func (d *fastDecoder) answers(i int, a *Answers) (int, bool) {
	l := catalogue()
	if len(l.kinds) > 128 {
		return 0, false
	}
	var seen [2]uint64
	expect := 0 // the question that usually comes next
	return d.Object(i, func(key []byte, i int) (int, bool) {
		q := expect
		if q >= len(l.ids) || string(key) != string(l.ids[q]) {
			var ok bool
			if q, ok = l.byKey[string(key)]; !ok {
				return 0, false
			}
		}
		if seen[q>>6]&(1<<(q&63)) != 0 {
			return 0, false
		}
		seen[q>>6] |= 1 << (q & 63)
		expect = q + 1
		v, next, ok := d.Str(i)
		if !ok {
			return 0, false
		}
		var code uint8
		var text string
		switch l.kinds[q] {
		case framework.YesNo:
			// As parseValueBytes: any case ("Yes", "N/A").
			switch {
			case equalFold(v, "yes"):
				code = uint8(Yes)
			case equalFold(v, "no"):
				code = uint8(No)
			case equalFold(v, "n/a"):
				code = uint8(NotApplicable)
			default:
				return 0, false
			}
		case framework.LevelAnswer:
			lv, ok := d.tok.levels.Find(v)
			if !ok {
				return 0, false
			}
			code = uint8(lv)
		case framework.TextAnswer:
			if len(bytes.TrimSpace(v)) == 0 {
				return 0, false
			}
			code, text = 1, string(v)
			if a.texts == nil {
				a.texts = make([]textAnswer, 0, 8)
			}
		default:
			return 0, false
		}
		a.store(l, q, code, text)
		return next, true
	})
}

// levels reads an inspector's levels.
func (d *fastDecoder) levels(i int, lv *ScaleLevels) (int, bool) {
	return perScale(d, i, func(i int) (classification.Level, int, bool) {
		v, next, ok := d.Str(i)
		if !ok {
			return 0, 0, false
		}
		level, ok := d.tok.levels.Find(v)
		return level, next, ok
	}, &lv.SafetyAndWellbeing, &lv.RiskOfSeriousHarm)
}

// boundary reads the near-boundary facts: on each scale true (NearUnnamed),
// false (NotNear) or the exact token of a classification.Near.
func (d *fastDecoder) boundary(i int, nb *Boundary) (int, bool) {
	return perScale(d, i, func(i int) (near classification.Near, next int, ok bool) {
		if i < len(d.B) && d.B[i] == '"' {
			var s []byte
			if s, next, ok = d.Str(i); ok {
				near, ok = d.tok.near.Find(s)
			}
			return near, next, ok
		}
		var v bool
		if v, next, ok = d.Bool(i); ok {
			near = classification.NotNear
			if v {
				near = classification.NearUnnamed
			}
		}
		return near, next, ok
	}, &nb.SafetyAndWellbeing, &nb.RiskOfSeriousHarm)
}

// perScale reads an object with a value for each scale, at most once each
// and no other key: read reads one value at i and returns where it ends.
func perScale[T any](d *fastDecoder, i int, read func(int) (T, int, bool), sw, rosh *T) (int, bool) {
	var seen uint
	return d.Object(i, func(key []byte, i int) (int, bool) {
		v, next, ok := read(i)
		if !ok {
			return 0, false
		}
		switch string(key) {
		case "safetyAndWellbeing":
			ok = seen&1 == 0
			seen |= 1
			*sw = v
		case "riskOfSeriousHarm":
			ok = seen&2 == 0
			seen |= 2
			*rosh = v
		default:
			ok = false
		}
		return next, ok
	})
}

// facts reads the object of facts at index obj of factObjects into c.
func (d *fastDecoder) facts(i int, obj int, c *Case) (int, bool) {
	facts := factsOf(obj)
	var seen uint
	return d.Object(i, func(key []byte, i int) (int, bool) {
		v, next, ok := d.Bool(i)
		if !ok {
			return 0, false
		}
		for j, f := range facts {
			if string(key) == f.Key() {
				if seen&(1<<j) != 0 {
					return 0, false
				}
				seen |= 1 << j
				*f.at(c) = new(v)
				return next, true
			}
		}
		return 0, false
	})
}

// fastTags reads a list of concern or deficit names, none twice.
func fastTags[T ~uint8](d *fastDecoder, i int, t *enum.Exact[T]) ([]T, int, bool) {
	var out []T
	var seen [4]uint64
	next, ok := d.Array(i, func(i int) (int, bool) {
		s, next, ok := d.Str(i)
		if !ok {
			return 0, false
		}
		v, ok := t.Find(s)
		if !ok || seen[v>>6]&(1<<(v&63)) != 0 {
			return 0, false
		}
		seen[v>>6] |= 1 << (v & 63)
		out = append(out, v)
		return next, true
	})
	return out, next, ok
}

// rationale reads a RoSH rationale.
func (d *fastDecoder) rationale(i int, r *classification.Rationale) (int, bool) {
	var seen uint
	return d.Object(i, func(key []byte, i int) (int, bool) {
		var bit uint
		var next int
		ok := true
		switch string(key) {
		case "level":
			bit = 1
			var v []byte
			if v, next, ok = d.Str(i); ok {
				r.Level, ok = d.tok.levels.Find(v)
			}
		case "currentFactors", "mitigated", "stable":
			var v bool
			v, next, ok = d.Bool(i)
			switch string(key) {
			case "currentFactors":
				bit, r.CurrentFactors = 2, new(v)
			case "mitigated":
				bit, r.Mitigated = 4, new(v)
			default:
				bit, r.Stable = 8, new(v)
			}
		case "considerations":
			bit = 16
			next, ok = d.Array(i, func(i int) (int, bool) {
				var c classification.Consideration
				next, ok := d.consideration(i, &c)
				r.Considerations = append(r.Considerations, c)
				return next, ok
			})
		default:
			return 0, false
		}
		if !ok || seen&bit != 0 {
			return 0, false
		}
		seen |= bit
		return next, true
	})
}

// consideration reads one consideration of a RoSH rationale.
func (d *fastDecoder) consideration(i int, c *classification.Consideration) (int, bool) {
	var seen uint
	return d.Object(i, func(key []byte, i int) (int, bool) {
		v, next, ok := d.Str(i)
		if !ok {
			return 0, false
		}
		var bit uint
		switch string(key) {
		case "type":
			bit = 1
			c.Type, ok = d.tok.types.Find(v)
		case "use":
			bit = 2
			c.Use, ok = d.tok.uses.Find(v)
		case "constraint":
			bit = 4
			c.Constraint, ok = d.tok.constraints.Find(v)
		case "note":
			bit = 8
			c.Note = string(v)
		default:
			return 0, false
		}
		if !ok || seen&bit != 0 {
			return 0, false
		}
		seen |= bit
		return next, true
	})
}
