package profile_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/profile"
)

func ids(s ...string) []framework.ID {
	out := make([]framework.ID, len(s))
	for i, x := range s {
		out[i] = framework.ID(x)
	}
	return out
}

func TestBuiltins(t *testing.T) {
	want := []profile.Profile{
		{ID: "whole", Name: "Whole framework", KeyQuestions: ids("A1", "A2", "A3", "P1", "P2", "P3", "D1", "D2", "D3", "R1", "R2", "R3")},
		{ID: "assessment", Name: "2.1 Assessment", KeyQuestions: ids("A1", "A2", "A3")},
		{ID: "planning", Name: "2.2 Planning", KeyQuestions: ids("P1", "P2", "P3")},
		{ID: "implementation-and-delivery", Name: "2.3 Implementation and delivery", KeyQuestions: ids("D1", "D2", "D3")},
		{ID: "reviewing", Name: "2.4 Reviewing", KeyQuestions: ids("R1", "R2", "R3")},
		{ID: "desistance", Name: "Desistance", KeyQuestions: ids("A1", "P1", "D1", "R1")},
		{ID: "keeping-the-child-safe", Name: "Keeping the child safe", KeyQuestions: ids("A2", "P2", "D2", "R2")},
		{ID: "keeping-other-people-safe", Name: "Keeping other people safe", KeyQuestions: ids("A3", "P3", "D3", "R3")},
	}
	got := profile.Builtins()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Builtins() (-want +got):\n%s", diff)
	}
	// Every built-in is valid, parses back from its JSON, and is a copy.
	for _, p := range got {
		require.NoError(t, p.Validate(), p.ID)
		b, err := json.Marshal(p)
		require.NoError(t, err)
		back, err := profile.Parse(b)
		require.NoError(t, err, string(b))
		assert.True(t, p.Equal(back), p.ID)
	}
	got[0].KeyQuestions[0] = "R3"
	got[1].Name = "changed"
	assert.Equal(t, want, profile.Builtins(), "changing what Builtins returned changed the next call")
}

func TestBuiltinsFollowTheCatalogue(t *testing.T) {
	f := framework.DomainTwo()
	for _, s := range f.Standards() {
		p, err := profile.Lookup(string(s.ID))
		require.NoError(t, err)
		assert.Equal(t, s.KeyQuestions, p.KeyQuestions, s.ID)
		assert.Contains(t, p.Name, s.Name)
	}
	for _, kq := range f.KeyQuestions() {
		if kq.Standard == "" {
			continue
		}
		p, err := profile.Lookup(kq.Area.String())
		require.NoError(t, err)
		assert.True(t, p.Covers(kq.ID), "%s not in %s", kq.ID, p.ID)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		in   string
		want string // the token found, or "" for an error
	}{
		{"whole", "whole"},
		{"WHOLE", "whole"},
		{"Whole framework", "whole"},
		{"assessment", "assessment"},
		{"2.1", "assessment"},
		{" 2.4 ", "reviewing"},
		{"2.1 Assessment", "assessment"},
		{"Implementation and delivery", "implementation-and-delivery"},
		{"implementation_and_delivery", "implementation-and-delivery"},
		{"keeping other people safe", "keeping-other-people-safe"},
		{"Keeping-The-Child-Safe", "keeping-the-child-safe"},
		{"desistance", "desistance"},
		{"", ""},
		{"2.5", ""},
		{"A3", ""},
		{"safety", ""},
		{"assessmеnt", ""}, // a Cyrillic е
		{"keeping--other-people-safe!", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, err := profile.Lookup(tt.in)
			if tt.want == "" {
				var pe *profile.Error
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, "profile", pe.Field)
				assert.Equal(t, tt.in, pe.Value)
				assert.Contains(t, err.Error(), "keeping-other-people-safe", "the message lists the tokens")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, p.ID)
		})
	}
}

func TestZeroAndWhole(t *testing.T) {
	var zero profile.Profile
	whole, err := profile.Lookup("whole")
	require.NoError(t, err)
	assert.True(t, zero.IsZero())
	assert.False(t, whole.IsZero())
	assert.True(t, zero.Whole())
	assert.True(t, whole.Whole())
	require.NoError(t, zero.Validate())
	for _, kq := range whole.KeyQuestions {
		assert.True(t, zero.Covers(kq), kq)
	}
	assert.False(t, zero.Covers("O2"))
	assert.False(t, zero.Covers("A1.1"))
	assert.False(t, zero.Covers("2.1"))

	own, err := profile.Parse([]byte(`{"id":"everything","name":"Everything","keyQuestions":["R3","R2","R1","D3","D2","D1","P3","P2","P1","A3","A2","A1"]}`))
	require.NoError(t, err)
	assert.True(t, own.Whole(), "a profile that lists all twelve covers the whole framework")
	assert.Equal(t, whole.KeyQuestions, own.KeyQuestions, "catalogue order")

	other, err := profile.Lookup("keeping-other-people-safe")
	require.NoError(t, err)
	assert.False(t, other.Whole())
	assert.True(t, other.Covers("P3"))
	assert.False(t, other.Covers("P2"))
}

func TestParse(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  []framework.ID // the key questions, when it parses
		field string         // the field of the *Error otherwise
		value string         // its bad value
		msg   string         // part of the message
	}{
		{"plain", `{"id":"safety","name":"Safety audit","keyQuestions":["A2","A3","P2","P3"]}`, ids("A2", "A3", "P2", "P3"), "", "", ""},
		{"printed forms, any order", `{"keyQuestions":["r 3","A 3"],"name":"Others","id":"others-2"}`, ids("A3", "R3"), "", "", ""},
		{"one key question", ` {"id":"a1","name":"A1 only","keyQuestions":["A1"]} `, ids("A1"), "", "", ""},
		{"built-in token, same set", `{"id":"planning","name":"Planning","keyQuestions":["P3","P1","P2"]}`, ids("P1", "P2", "P3"), "", "", ""},
		{"unknown field", `{"id":"x","name":"X","keyQuestions":["A1"],"scope":"all"}`, nil, "", "scope", "is not a field of a profile"},
		{"field in another case", `{"ID":"x","name":"X","keyQuestions":["A1"]}`, nil, "", "ID", "is not a field of a profile"},
		{"unknown field with a line break", `{"id":"x","name":"X","keyQuestions":["A1"],"a\nb":1}`, nil, "", "a\nb", `"a\nb": is not a field of a profile`},
		{"repeated field", `{"id":"x","id":"y","name":"X","keyQuestions":["A1"]}`, nil, "id", "", "is given twice"},
		{"missing id", `{"name":"X","keyQuestions":["A1"]}`, nil, "id", "", "is missing"},
		{"missing name", `{"id":"x","keyQuestions":["A1"]}`, nil, "name", "", "is missing"},
		{"missing list", `{"id":"x","name":"X"}`, nil, "keyQuestions", "", "is missing"},
		{"empty list", `{"id":"x","name":"X","keyQuestions":[]}`, nil, "keyQuestions", "", "is empty"},
		{"null list", `{"id":"x","name":"X","keyQuestions":null}`, nil, "keyQuestions", "", "is empty"},
		{"unknown key question", `{"id":"x","name":"X","keyQuestions":["A1","A4"]}`, nil, "keyQuestions[1]", "A4", "is not a key question of the four standards"},
		{"interview", `{"id":"x","name":"X","keyQuestions":["O2"]}`, nil, "keyQuestions[0]", "O2", "is not a key question of the four standards"},
		{"a question", `{"id":"x","name":"X","keyQuestions":["A1.1"]}`, nil, "keyQuestions[0]", "A1.1", "is not a key question of the four standards"},
		{"a standard", `{"id":"x","name":"X","keyQuestions":["2.1"]}`, nil, "keyQuestions[0]", "2.1", "is not a key question of the four standards"},
		{"not an ID", `{"id":"x","name":"X","keyQuestions":["A1","A1..1"]}`, nil, "keyQuestions[1]", "A1..1", "is not a key question ID"},
		{"empty ID", `{"id":"x","name":"X","keyQuestions":[""]}`, nil, "keyQuestions[0]", "", "is not a key question ID"},
		{"repeated key question", `{"id":"x","name":"X","keyQuestions":["A3","P3","a3"]}`, nil, "keyQuestions[2]", "a3", "is given twice"},
		{"id not a token", `{"id":"My audit","name":"X","keyQuestions":["A1"]}`, nil, "id", "My audit", "is not a token"},
		{"id empty", `{"id":"","name":"X","keyQuestions":["A1"]}`, nil, "id", "", "is empty"},
		{"id with hyphen at end", `{"id":"audit-","name":"X","keyQuestions":["A1"]}`, nil, "id", "audit-", "hyphen"},
		{"id too long", `{"id":"` + strings.Repeat("a", 65) + `","name":"X","keyQuestions":["A1"]}`, nil, "id", strings.Repeat("a", 65), "longer than 64"},
		{"built-in token, other key questions", `{"id":"whole","name":"X","keyQuestions":["A1"]}`, nil, "id", "whole", "built-in profile"},
		{"name empty", `{"id":"x","name":"","keyQuestions":["A1"]}`, nil, "name", "", "is empty"},
		{"name with a newline", `{"id":"x","name":"a\nb","keyQuestions":["A1"]}`, nil, "name", "a\nb", "control character"},
		{"name with space around", `{"id":"x","name":" X","keyQuestions":["A1"]}`, nil, "name", " X", "white space"},
		{"id a number", `{"id":1,"name":"X","keyQuestions":["A1"]}`, nil, "id", "", "is a number, not a string"},
		{"list a string", `{"id":"x","name":"X","keyQuestions":"A1"}`, nil, "keyQuestions", "", "is a string, not an array of strings"},
		{"list of numbers", `{"id":"x","name":"X","keyQuestions":[1]}`, nil, "keyQuestions", "", "not an array of strings"},
		{"array", `[{"id":"x","name":"X","keyQuestions":["A1"]}]`, nil, "", "", "is not a JSON object"},
		{"null", `null`, nil, "", "", "is not a JSON object"},
		{"empty input", ``, nil, "", "", "is not well-formed JSON"},
		{"cut short", `{"id":"x","name":"X","keyQuestions":["A1"`, nil, "", "", "is not well-formed JSON"},
		{"data after", `{"id":"x","name":"X","keyQuestions":["A1"]} {}`, nil, "", "", "data after"},
		{"too big", `{"id":"x","name":"X","keyQuestions":["A1"]}` + strings.Repeat(" ", 64<<10), nil, "", "", "more than the 65536"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := profile.Parse([]byte(tt.in))
			if tt.want != nil {
				require.NoError(t, err)
				assert.Equal(t, tt.want, p.KeyQuestions)
				require.NoError(t, p.Validate())
				return
			}
			var pe *profile.Error
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.field, pe.Field)
			assert.Equal(t, tt.value, pe.Value)
			assert.Contains(t, err.Error(), tt.msg)
			assert.True(t, strings.HasPrefix(err.Error(), "profile: "), err.Error())
			assert.NotContains(t, err.Error(), "\n", "the message is one line")
			assert.Equal(t, profile.Profile{}, p)
		})
	}
}

func TestParseWrapsTheJSONError(t *testing.T) {
	_, err := profile.Parse([]byte(`{"id":1,"name":"X","keyQuestions":["A1"]}`))
	var te *json.UnmarshalTypeError
	assert.True(t, errors.As(err, &te))
	_, err = profile.Parse([]byte(`{"id":"x","name":"X","keyQuestions":["A1..1"]}`))
	var pe *framework.ParseError
	assert.True(t, errors.As(err, &pe), "the ID's parse error is wrapped")
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name  string
		p     profile.Profile
		field string // "" when valid
	}{
		{"zero", profile.Profile{}, ""},
		{"any order", profile.Profile{ID: "x", Name: "X", KeyQuestions: ids("R3", "A3")}, ""},
		{"no key questions", profile.Profile{ID: "x", Name: "X"}, "keyQuestions"},
		{"empty key questions", profile.Profile{ID: "x", Name: "X", KeyQuestions: []framework.ID{}}, "keyQuestions"},
		{"only a name", profile.Profile{Name: "X"}, "keyQuestions"},
		{"no ID", profile.Profile{Name: "X", KeyQuestions: ids("A1")}, "id"},
		{"no name", profile.Profile{ID: "x", KeyQuestions: ids("A1")}, "name"},
		{"unknown", profile.Profile{ID: "x", Name: "X", KeyQuestions: ids("A1", "Z9")}, "keyQuestions[1]"},
		{"not canonical", profile.Profile{ID: "x", Name: "X", KeyQuestions: ids("a1")}, "keyQuestions[0]"},
		{"twice", profile.Profile{ID: "x", Name: "X", KeyQuestions: ids("A1", "A1")}, "keyQuestions[1]"},
		{"built-in token", profile.Profile{ID: "reviewing", Name: "X", KeyQuestions: ids("R1")}, "id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.p.Validate()
			if tt.field == "" {
				require.NoError(t, err)
				return
			}
			var pe *profile.Error
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.field, pe.Field)
		})
	}
}

func TestCloneShares(t *testing.T) {
	p := profile.Profile{ID: "x", Name: "X", KeyQuestions: ids("A1", "A2")}
	c := p.Clone()
	assert.True(t, p.Equal(c))
	c.KeyQuestions[0] = "R1"
	assert.Equal(t, framework.ID("A1"), p.KeyQuestions[0])
	assert.False(t, p.Equal(c))
}

func FuzzParse(f *testing.F) {
	for _, p := range profile.Builtins() {
		b, _ := json.Marshal(p)
		f.Add(b)
	}
	for _, s := range []string{
		`{"id":"safety","name":"Safety audit","keyQuestions":["A2","A3","P2","P3"]}`,
		`{"id":"x","name":"X","keyQuestions":["a 1","A1"]}`,
		`{"id":"x","id":"x"}`, `[]`, `{"keyQuestions":[null]}`, `{"name":"\u202e"}`, "",
	} {
		f.Add([]byte(s))
	}
	order := map[framework.ID]int{}
	for i, id := range profile.Builtins()[0].KeyQuestions {
		order[id] = i
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := profile.Parse(data)
		if err != nil {
			var pe *profile.Error
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *profile.Error", err)
			}
			if strings.ContainsAny(err.Error(), "\n\r") {
				t.Fatalf("message %q is not one line", err.Error())
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("Parse gave a profile Validate refuses: %v", err)
		}
		if len(p.KeyQuestions) == 0 {
			t.Fatal("no key questions")
		}
		if !slices.IsSortedFunc(p.KeyQuestions, func(a, b framework.ID) int { return order[a] - order[b] }) {
			t.Fatalf("key questions %v are not in catalogue order", p.KeyQuestions)
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		back, err := profile.Parse(b)
		if err != nil {
			t.Fatalf("the profile's own JSON %s does not parse: %v", b, err)
		}
		if !p.Equal(back) {
			t.Fatalf("round trip: %+v became %+v", p, back)
		}
	})
}
