package enum

// Exact maps the exact text of an enum's values (their MarshalText, and
// their labels where the parser reads them back) to the values: the JSON
// fast paths look tokens up in it without allocating.
type Exact[T any] struct {
	texts []string
	vals  []T
}

// Find returns the value whose text is b exactly.
func (t *Exact[T]) Find(b []byte) (T, bool) {
	for i, s := range t.texts {
		if string(b) == s {
			return t.vals[i], true
		}
	}
	var zero T
	return zero, false
}

// textValue is what NewExact needs of an enum: MarshalText gives the token of a value in range, an error for
// one out of range.
type textValue interface {
	~uint8
	MarshalText() ([]byte, error)
}

// ParseText reads an enum's text as its UnmarshalText does.
func ParseText[T any, P interface {
	*T
	UnmarshalText([]byte) error
}](s string) (T, error) {
	var v T
	err := P(&v).UnmarshalText([]byte(s))
	return v, err
}

// NewExact lists the valid values of an enum with their text, keeping only
// those the enum's parser reads back as themselves (all of them), so that
// a fast path never accepts a token the full decoder would read
// otherwise.
func NewExact[T textValue](parse func(string) (T, error)) *Exact[T] {
	t := &Exact[T]{}
	for i := 1; i < 256; i++ {
		v := T(i)
		text, err := v.MarshalText()
		if err != nil {
			break
		}
		if len(text) == 0 {
			continue
		}
		if p, err := parse(string(text)); err != nil || p != v {
			continue
		}
		t.texts = append(t.texts, string(text))
		t.vals = append(t.vals, v)
		// The label ("Very high"), which the docs accept, when the parser
		// reads it back as the value.
		if l, ok := any(v).(interface{ Label() string }); ok && l.Label() != string(text) {
			if p, err := parse(l.Label()); err == nil && p == v {
				t.texts = append(t.texts, l.Label())
				t.vals = append(t.vals, v)
			}
		}
	}
	return t
}

// Tokens returns the tokens of an enum's values in order: those of 1, 2,
// ... up to the first value out of range.
func Tokens[T textValue]() []string {
	var out []string
	for i := 1; i < 256; i++ {
		b, err := T(i).MarshalText()
		if err != nil {
			break
		}
		out = append(out, string(b))
	}
	return out
}
