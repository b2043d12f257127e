package record

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/framework"
)

func TestNotesDecode(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Notes
		fast bool // the fast path takes it
	}{
		{"case and questions", `{"id":"c1","notes":{"case":"seen","questions":{"P1.1":"plan p. 3","A1.1":"ok"}}}`,
			Notes{Case: "seen", Questions: map[framework.ID]string{"A1.1": "ok", "P1.1": "plan p. 3"}}, true},
		{"questions only", `{"id":"c1","notes":{"questions":{"R3.2":"no review"}}}`, Notes{Questions: map[framework.ID]string{"R3.2": "no review"}}, true},
		{"printed question ID", `{"id":"c1","notes":{"questions":{"P 1.1":"x"}}}`, Notes{Questions: map[framework.ID]string{"P1.1": "x"}}, true},
		{"escapes and lines", `{"id":"c1","notes":{"case":"line 1\nline \"2\""}}`, Notes{Case: "line 1\nline \"2\""}, true},
		{"empty notes dropped", `{"id":"c1","notes":{"case":"","questions":{"A1.1":""}}}`, Notes{}, true},
		{"nulls are no note", `{"id":"c1","notes":{"case":null,"questions":{"A1.1":null}}}`, Notes{}, true},
		{"null questions", `{"id":"c1","notes":{"questions":null}}`, Notes{}, true},
		{"null notes", `{"id":"c1","notes":null}`, Notes{}, false},
		{"empty object", `{"id":"c1","notes":{}}`, Notes{}, true},
		{"not quite null", `{"id":"c1","notes":{"case":nul}}`, Notes{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.fast, requireFastAgrees(t, []byte(tt.in)))
			c, err := Decode(strings.NewReader(tt.in))
			if tt.name == "not quite null" {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			if d := cmp.Diff(tt.want, c.Notes); d != "" {
				t.Fatalf("notes (-want +got):\n%s", d)
			}
		})
	}
}

func TestNotesEncode(t *testing.T) {
	c := Case{ID: "c1", Notes: Notes{Case: "whole case", Questions: map[framework.ID]string{"P1.1": "p", "A1.1": "a", "R3.2": ""}}}
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Equal(t, `{"id":"c1","notes":{"case":"whole case","questions":{"A1.1":"a","P1.1":"p"}}}`, string(b), "catalogue order, empty notes left out")
	assert.Equal(t, 3, c.Notes.Len())

	b, err = json.Marshal(Case{ID: "c1", Notes: Notes{Questions: map[framework.ID]string{"A1.1": ""}}})
	require.NoError(t, err)
	assert.Equal(t, `{"id":"c1"}`, string(b))

	b, err = json.Marshal(Case{ID: "c1", Notes: Notes{Questions: map[framework.ID]string{"A1.1": "a"}}})
	require.NoError(t, err)
	assert.Equal(t, `{"id":"c1","notes":{"questions":{"A1.1":"a"}}}`, string(b))

	for _, bad := range []framework.ID{"a1.1", "A 1.1", "A1", "Z9.9"} {
		_, err := json.Marshal(Case{ID: "c1", Notes: Notes{Questions: map[framework.ID]string{bad: "secret text"}}})
		require.Error(t, err, bad)
		assert.Contains(t, err.Error(), `"`+string(bad)+`"`)
		assert.Contains(t, err.Error(), `case "c1"`)
		assert.NotContains(t, err.Error(), "secret")
	}
}

func TestNotesClone(t *testing.T) {
	c := Case{ID: "c1", Notes: Notes{Questions: map[framework.ID]string{"A1.1": "a"}}}
	d := c.Clone()
	d.Notes.Questions["A1.1"] = "changed"
	assert.Equal(t, "a", c.Notes.Questions["A1.1"], "Clone copies the notes")
	assert.True(t, Notes{Questions: map[framework.ID]string{"A1.1": ""}}.IsZero())
	assert.False(t, Notes{Case: "x"}.IsZero())
}
