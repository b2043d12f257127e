package record

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"pgregory.net/rapid"
)

func TestDecodeExample(t *testing.T) {
	example := exampleRecord(t)
	c, err := Decode(strings.NewReader(example))
	require.NoError(t, err)
	assert.Equal(t, "case-014", c.ID)
	assert.Equal(t, "insp-01", c.Inspection)
	assert.Equal(t, 7, c.Answers.Len())
	v, ok := c.Answers.Get("A 1 S")
	require.True(t, ok)
	assert.Equal(t, Value{Answer: No}, v)
	v, _ = c.Answers.Get("A2.5")
	assert.Equal(t, Value{Level: classification.Medium}, v)
	v, _ = c.Answers.Get("I1.4")
	assert.Equal(t, Value{Text: "free text"}, v)
	assert.Equal(t, ScaleLevels{classification.High, classification.Low}, c.Inspector)
	assert.Equal(t, Boundary{classification.NearMediumHigh, classification.NotNear}, c.NearBoundary)
	assert.Equal(t, new(false), c.Factors.RiskOfHarm)
	assert.Equal(t, new(false), c.ReviewingRequired.ChildSafety)
	assert.Equal(t, new(false), c.LookedAfter.ResponsibleForAssessment)
	assert.Equal(t, []classification.Concern{classification.Weapons, classification.CriminalExploitation}, c.Concerns)
	assert.Equal(t, []classification.Deficit{classification.PartnerInformation}, c.Deficits)
	assert.Equal(t, &classification.Rationale{Level: classification.Low, CurrentFactors: new(true), Mitigated: new(true), Stable: new(false),
		Considerations: []classification.Consideration{{Type: classification.NoAccessToVictims, Use: classification.Lower, Constraint: classification.Custody}}}, c.RoSHRationale)

	// json.Unmarshal gives the same.
	var u Case
	require.NoError(t, json.Unmarshal([]byte(example), &u))
	if diff := cmp.Diff(c, u); diff != "" {
		t.Fatalf("(-Decode +Unmarshal):\n%s", diff)
	}
}

// TestNearBoundaryJSON: a scale of nearBoundary is a boundary's token, or
// true (near a boundary not named) or false (not near), as records written
// before boundaries could be named say; those records read and write back
// the same.
func TestNearBoundaryJSON(t *testing.T) {
	tests := []struct {
		in   string
		want Boundary
		out  string // the canonical form, when it differs from in
	}{
		{`{"safetyAndWellbeing":true,"riskOfSeriousHarm":false}`, Boundary{classification.NearUnnamed, classification.NotNear}, ""},
		{`{"safetyAndWellbeing":"medium-high","riskOfSeriousHarm":"low-medium"}`, Boundary{classification.NearMediumHigh, classification.NearLowMedium}, ""},
		{`{"riskOfSeriousHarm":"high-very-high"}`, Boundary{RiskOfSeriousHarm: classification.NearHighVeryHigh}, ""},
		{`{"safetyAndWellbeing":"Medium High","riskOfSeriousHarm":"near"}`, Boundary{classification.NearMediumHigh, classification.NearUnnamed}, `{"safetyAndWellbeing":"medium-high","riskOfSeriousHarm":true}`},
		{`{"safetyAndWellbeing":"not-near","riskOfSeriousHarm":null}`, Boundary{SafetyAndWellbeing: classification.NotNear}, `{"safetyAndWellbeing":false}`},
		{`{}`, Boundary{}, "-"},
		{`{"riskOfSeriousHarm":""}`, Boundary{}, "-"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c, err := Decode(strings.NewReader(`{"id":"x","nearBoundary":` + tt.in + `}`))
			require.NoError(t, err)
			assert.Equal(t, tt.want, c.NearBoundary)
			b, err := json.Marshal(c)
			require.NoError(t, err)
			switch tt.out {
			case "":
				assert.JSONEq(t, `{"id":"x","nearBoundary":`+tt.in+`}`, string(b))
			case "-":
				assert.JSONEq(t, `{"id":"x"}`, string(b))
			default:
				assert.JSONEq(t, `{"id":"x","nearBoundary":`+tt.out+`}`, string(b))
			}
		})
	}
	for in, want := range map[string]string{
		`"sideways"`:   `nearBoundary: bad value "sideways"`,
		`"low-high"`:   `bad value "low-high"`,
		`3`:            "want a boundary",
		`{"a":1}`:      "want a boundary",
		`["near"]`:     "want a boundary",
		`"very-high"`:  `bad value "very-high"`,
		`"  medium  "`: `bad value "  medium  "`,
	} {
		_, err := Decode(strings.NewReader(`{"id":"x","nearBoundary":{"riskOfSeriousHarm":` + in + `}}`))
		require.Error(t, err, in)
		assert.Contains(t, err.Error(), want, in)
		var de *DecodeError
		require.ErrorAs(t, err, &de)
		assert.Equal(t, "x", de.Case)
	}
}

func TestDecodePrintedIDs(t *testing.T) {
	c, err := Decode(strings.NewReader(`{"id":"x","answers":{"A 1.1":"YES","a1 s":"No","A2.REASONABLE":"n/a","a 2.5":"Very_High"}}`))
	require.NoError(t, err)
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Equal(t, `{"id":"x","answers":{"A1.1":"yes","A1.S":"no","A2.5":"very-high","A2.reasonable":"n/a"}}`, string(b))
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	c, err := Decode(strings.NewReader(exampleRecord(t)))
	require.NoError(t, err)
	c.RoSHRationale = &classification.Rationale{Level: classification.Medium, CurrentFactors: new(true),
		Considerations: []classification.Consideration{{Type: classification.Strengths, Use: classification.Lower, Note: "college place"}}}
	b, err := json.Marshal(c)
	require.NoError(t, err)
	again, err := Decode(bytes.NewReader(b))
	require.NoError(t, err)
	if diff := cmp.Diff(c, again); diff != "" {
		t.Fatalf("(-first +second):\n%s", diff)
	}
}

// TestDecodeErrors is the table of bad inputs and the error each gives.
func TestDecodeErrors(t *testing.T) {
	long := strings.Repeat("x", MaxIDLength+1)
	tests := []struct {
		name  string
		in    string
		field string // DecodeError.Field
		value string // DecodeError.Value
		msg   string // part of the message
	}{
		{"empty input", ``, "", "", "truncated JSON"},
		{"truncated", `{"id":"c1","answers":{"A1.1":"ye`, "", "", "truncated JSON"},
		{"not an object", `[1,2]`, "", "", "want a JSON object, not a JSON list"},
		{"a string", `"case"`, "", "", "want a JSON object, not a JSON string"},
		{"null", `null`, "", "", "want a JSON object, not a JSON null"},
		{"field given twice", `{"id":"c1","id":"c2"}`, "id", "", "given twice"},
		{"answers given twice", `{"id":"c1","answers":{},"answers":{}}`, "answers", "", "given twice"},
		{"trailing data", `{"id":"c1"} {"id":"c2"}`, "", "", "data after the record"},
		{"trailing junk", `{"id":"c1"} x`, "", "", "data after the record"},
		{"unknown field", `{"id":"c1","colour":"grey"}`, "", "", `unknown field "colour"`},
		{"unknown nested field", `{"id":"c1","factors":{"childSafety":true,"weather":1}}`, "factors", "", `unknown field "weather"`},
		{"missing id", `{"answers":{}}`, "id", "", "missing"},
		{"empty id", `{"id":""}`, "id", "", "missing"},
		{"numeric id", `{"id":14}`, "id", "14", "want a string"},
		{"long id", `{"id":"` + long + `"}`, "id", long, "longer than"},
		{"invalid UTF-8 id", "{\"id\":\"c\xff\"}", "", "", "not valid UTF-8 at byte 8"},
		{"answers not an object", `{"id":"c1","answers":["A1.1"]}`, "answers", "", "want a JSON object"},
		{"malformed question ID", `{"id":"c1","answers":{"A1..1":"yes"}}`, "answers[A1..1]", "", "not a question ID"},
		{"unknown question", `{"id":"c1","answers":{"A1.2":"yes"}}`, "answers[A1.2]", "", "no such question"},
		{"key question as answer", `{"id":"c1","answers":{"A1":"yes"}}`, "answers[A1]", "", "no such question"},
		{"standard as answer", `{"id":"c1","answers":{"2.1":"yes"}}`, "answers[2.1]", "", "no such question"},
		{"twice in two spellings", `{"id":"c1","answers":{"A1.1":"yes","A 1.1":"no"}}`, "answers[A 1.1]", "", `given twice (as "A1.1" and "A 1.1")`},
		{"twice in one spelling", `{"id":"c1","answers":{"A1.S":"yes","A1.S":"no"}}`, "answers[A1.S]", "", "given twice"},
		{"bad yes/no", `{"id":"c1","answers":{"A1.1":"maybe"}}`, "answers[A1.1]", "maybe", "want yes, no or n/a"},
		{"level for a yes/no question", `{"id":"c1","answers":{"A1.1":"high"}}`, "answers[A1.1]", "high", "want yes, no or n/a"},
		{"yes for a level question", `{"id":"c1","answers":{"A2.5":"yes"}}`, "answers[A2.5]", "yes", "want a level"},
		{"bad level", `{"id":"c1","answers":{"A3.4":"extreme"}}`, "answers[A3.4]", "extreme", "want a level"},
		{"number answer", `{"id":"c1","answers":{"A1.1":1}}`, "answers[A1.1]", "", "want a string"},
		{"boolean answer", `{"id":"c1","answers":{"A1.1":true}}`, "answers[A1.1]", "", "want a string"},
		{"null answer", `{"id":"c1","answers":{"A1.1":null}}`, "answers[A1.1]", "", "want a string, not a JSON null"},
		{"empty text", `{"id":"c1","answers":{"I1.4":"  "}}`, "answers[I1.4]", "  ", "empty text"},
		{"invalid UTF-8 text", "{\"id\":\"c1\",\"answers\":{\"I1.4\":\"\xff\"}}", "", "", "not valid UTF-8 at byte 30"},
		{"bad inspector level", `{"id":"c1","inspector":{"safetyAndWellbeing":"severe"}}`, "inspector", "severe", "cannot parse"},
		{"inspector not an object", `{"id":"c1","inspector":"high"}`, "inspector", "", "want a JSON object"},
		{"fact not a boolean", `{"id":"c1","factors":{"childSafety":"no"}}`, "factors.childSafety", "", "want a boolean"},
		{"fact a number", `{"id":"c1","reviewingRequired":{"desistance":0}}`, "reviewingRequired.desistance", "", "want a boolean"},
		{"unknown looked-after fact", `{"id":"c1","lookedAfter":{"lookedAfter":true}}`, "lookedAfter", "", `unknown field "lookedAfter"`},
		{"unknown concern", `{"id":"c1","concerns":["knives"]}`, "concerns", "knives", "unknown name"},
		{"repeated concern", `{"id":"c1","concerns":["weapons","WEAPONS"]}`, "concerns", "WEAPONS", "given twice"},
		{"concerns not a list", `{"id":"c1","concerns":"weapons"}`, "concerns", "", "want a list"},
		{"unknown deficit", `{"id":"c1","deficits":["laziness"]}`, "deficits", "laziness", "unknown name"},
		{"bad rationale level", `{"id":"c1","roshRationale":{"level":"huge"}}`, "roshRationale", "huge", "cannot parse"},
		{"bad consideration", `{"id":"c1","roshRationale":{"level":"low","considerations":[{"type":"luck","use":"lower"}]}}`, "roshRationale", "luck", ""},
		{"unknown notes field", `{"id":"c1","notes":{"case":"x","colour":"grey"}}`, "notes", "", `unknown field "colour"`},
		{"notes not an object", `{"id":"c1","notes":"x"}`, "notes", "", "want a JSON object"},
		{"case note a number", `{"id":"c1","notes":{"case":3}}`, "notes.case", "3", "want a string"},
		{"case note twice", `{"id":"c1","notes":{"case":"x","case":"y"}}`, "notes.case", "", "given twice"},
		{"note on no question", `{"id":"c1","notes":{"questions":{"A1.2":"x"}}}`, "notes.questions[A1.2]", "", "no such question"},
		{"note on a key question", `{"id":"c1","notes":{"questions":{"A1":"x"}}}`, "notes.questions[A1]", "", "no such question"},
		{"note twice in two spellings", `{"id":"c1","notes":{"questions":{"A1.1":"x","A 1.1":"y"}}}`, "notes.questions[A1.1]", "", "given twice"},
		{"note a list", `{"id":"c1","notes":{"questions":{"A1.1":["x"]}}}`, "notes.questions[A1.1]", `["x"]`, "want a string"},
		{"question notes a list", `{"id":"c1","notes":{"questions":["x"]}}`, "notes.questions", "", "want a JSON object"},
		{"deep nesting", `{"id":"c1","answers":` + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + `}`, "", "", "exceeded max depth"},
	}
	require.GreaterOrEqual(t, len(tests), 30)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(strings.NewReader(tt.in))
			require.Error(t, err)
			var de *DecodeError
			require.True(t, errors.As(err, &de), "%T: %v", err, err)
			assert.Equal(t, tt.field, de.Field, err.Error())
			if tt.value != "" {
				assert.Equal(t, tt.value, de.Value)
				assert.Contains(t, err.Error(), "bad value")
			}
			assert.Contains(t, err.Error(), tt.msg)
			if de.Field != "" && de.Field != "id" {
				assert.Equal(t, "c1", de.Case, "names the case")
				assert.Contains(t, err.Error(), `case "c1"`)
			}
			var u Case
			assert.Error(t, json.Unmarshal([]byte(tt.in), &u), "json.Unmarshal rejects it too")
		})
	}
}

func TestDecodeErrorsKeepOtherDataOut(t *testing.T) {
	in := `{"id":"c1","answers":{"I1.4":"a private answer","I1.7":"another","A1.1":"perhaps"},"notes":{"case":"private note","questions":{"A1.1":"a private note"}}}`
	_, err := Decode(strings.NewReader(in))
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "private")
	assert.NotContains(t, err.Error(), "another")
	assert.Contains(t, err.Error(), `"perhaps"`)
}

func TestDecodeSizeLimit(t *testing.T) {
	big := `{"id":"c1","answers":{"I1.4":"` + strings.Repeat("a", MaxCaseSize) + `"}}`
	_, err := Decode(strings.NewReader(big))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "over the size limit of 1048576 bytes")
	example := exampleRecord(t)
	_, err = decodeLimit(strings.NewReader(example), 10)
	assert.ErrorIs(t, err, ErrTooLarge)
	_, err = decodeLimit(strings.NewReader(example), int64(len(example)))
	assert.NoError(t, err)
	_, err = Decode(nil)
	assert.Error(t, err)
	_, err = Decode(errReader{})
	assert.ErrorContains(t, err, "reading")
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestAnswersSet(t *testing.T) {
	var a Answers
	assert.Equal(t, 0, a.Len())
	_, ok := a.Get("A1.1")
	assert.False(t, ok)
	require.NoError(t, a.Set("a 1.1", Value{Answer: Yes}))
	require.NoError(t, a.Set("I1.4", Value{Text: "x"}))
	require.NoError(t, a.Set("I1.4", Value{Text: "y"}))
	v, _ := a.Get("I1.4")
	assert.Equal(t, "y", v.Text)
	require.NoError(t, a.Set("I1.4", Value{}))
	_, ok = a.Get("I1.4")
	assert.False(t, ok)
	assert.Equal(t, 1, a.Len())

	for _, tt := range []struct {
		id     framework.ID
		v      Value
		reason string
	}{
		{"A1.2", Value{Answer: Yes}, "no such question"},
		{"junk!", Value{Answer: Yes}, "no such question"},
		{"A1.1", Value{Level: classification.High}, "wrong kind"},
		{"A2.5", Value{Answer: Yes}, "wrong kind"},
		{"I1.4", Value{Answer: Yes}, "wrong kind"},
		{"A1.1", Value{Answer: Answer(9)}, "not an answer"},
		{"A2.5", Value{Level: classification.Level(9)}, "not a level"},
		{"A1.1", Value{Answer: Yes, Text: "x"}, "more than one"},
		{"I1.5", Value{Text: "\xff"}, "not valid UTF-8"},
	} {
		err := a.Set(tt.id, tt.v)
		var ae *AnswerError
		require.ErrorAs(t, err, &ae, "%s %v", tt.id, tt.v)
		assert.Contains(t, err.Error(), tt.reason)
		assert.Equal(t, tt.id, ae.Question)
	}

	b := a.clone()
	require.NoError(t, b.Set("A1.1", Value{Answer: No}))
	v, _ = a.Get("A1.1")
	assert.Equal(t, Yes, v.Answer, "a clone shares nothing")
	assert.False(t, a.Equal(b))
	require.NoError(t, b.Set("A1.1", Value{Answer: Yes}))
	assert.True(t, a.Equal(b))
}

// TestRoundTripProperty: for any case, encode then decode gives the same
// case.
func TestRoundTripProperty(t *testing.T) {
	qs := framework.DomainTwo().Questions()
	optBool := rapid.Custom(func(t *rapid.T) *bool {
		switch rapid.IntRange(0, 2).Draw(t, "fact") {
		case 0:
			return nil
		case 1:
			return new(false)
		}
		return new(true)
	})
	level := rapid.Custom(func(t *rapid.T) classification.Level {
		return classification.Level(rapid.IntRange(0, 4).Draw(t, "level"))
	})
	rapid.Check(t, func(t *rapid.T) {
		c := Case{ID: rapid.StringMatching(`[a-z0-9-]{1,20}`).Draw(t, "id")}
		for _, q := range qs {
			if !rapid.Bool().Draw(t, "answered") {
				continue
			}
			var v Value
			switch q.Answer {
			case framework.YesNo:
				v = Value{Answer: Answer(rapid.IntRange(1, 3).Draw(t, "answer"))}
			case framework.LevelAnswer:
				v = Value{Level: classification.Level(rapid.IntRange(1, 4).Draw(t, "lv"))}
			case framework.TextAnswer:
				v = Value{Text: rapid.StringMatching(`\PC*[a-zA-Z]\PC*`).Draw(t, "text")}
			}
			if err := c.Answers.Set(q.ID, v); err != nil {
				t.Fatal(err)
			}
		}
		c.Inspector = ScaleLevels{level.Draw(t, "sw"), level.Draw(t, "rosh")}
		c.NearBoundary = Boundary{classification.Near(rapid.IntRange(0, 5).Draw(t, "nb1")), classification.Near(rapid.IntRange(0, 5).Draw(t, "nb2"))}
		for _, f := range Facts() {
			f.Set(&c, optBool.Draw(t, f.Path()))
		}
		c.Concerns = append(c.Concerns, rapid.Permutation(classification.Concerns()).Draw(t, "concerns")[:rapid.IntRange(0, 10).Draw(t, "nc")]...)
		c.Deficits = append(c.Deficits, rapid.Permutation(classification.Deficits()).Draw(t, "deficits")[:rapid.IntRange(0, 7).Draw(t, "nd")]...)
		if rapid.Bool().Draw(t, "rationale") {
			c.RoSHRationale = &classification.Rationale{Level: level.Draw(t, "rl"), CurrentFactors: optBool.Draw(t, "cf"), Mitigated: optBool.Draw(t, "m"), Stable: optBool.Draw(t, "s")}
			for i := rapid.IntRange(0, 3).Draw(t, "ncons"); i > 0; i-- {
				c.RoSHRationale.Considerations = append(c.RoSHRationale.Considerations, classification.Consideration{
					Type: classification.ConsiderationType(rapid.IntRange(1, 11).Draw(t, "ct")),
					Use:  classification.Use(rapid.IntRange(1, 2).Draw(t, "use")),
				})
			}
		}
		if rapid.Bool().Draw(t, "case note") {
			c.Notes.Case = rapid.StringMatching(`\PC+`).Draw(t, "case note text")
		}
		for _, q := range qs {
			if rapid.IntRange(0, 9).Draw(t, "noted") == 0 {
				if c.Notes.Questions == nil {
					c.Notes.Questions = map[framework.ID]string{}
				}
				c.Notes.Questions[q.ID] = rapid.String().Filter(func(s string) bool { return s != "" }).Draw(t, "note")
			}
		}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("decoding %s: %v", b, err)
		}
		if diff := cmp.Diff(c, got); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(exampleRecord(f)))
	f.Add([]byte(`{"id":"c","answers":{"A 1 S":"n/a","A2.5":"very high"}}`))
	f.Add([]byte(`{"id":"c","roshRationale":{"level":"low","considerations":[{"type":"strengths","use":"lower"}]}}`))
	f.Add([]byte(`{"id":"c","answers":{"A1.1":"yes","a1.1":"no"}}`))
	f.Add([]byte(`[`))
	f.Add([]byte(`{"id":"c","factors":{"childSafety":true,"childSafety":false}}`))
	f.Add([]byte(`{"id":"c","inspector":{"riskOfSeriousHarm":"low"},"nearBoundary":{"SafetyAndWellbeing":true}}`))
	f.Add([]byte(`{"id":"c","roshRationale":{"considerations":[{"type":"strengths","Use":"lower"}]},"lookedAfter":{"homeService":null}}`))
	f.Add([]byte(`{"id":"x\nStandard 2.1 Assessment: Outstanding (forged line)"}`))
	f.Add([]byte("{\"id\":\"c\u202e1\",\"inspection\":\"insp\u200b\"}"))
	f.Add([]byte(`{"id":" c1","inspection":"insp-01 "}`))
	f.Add([]byte(`{"id":"c1","answers":{"A\n1.1":"yes"}}`))
	f.Add([]byte(`{"id":"c1","notes":{"questions":{"x\u001b[2Jy":"a note"}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Decode(bytes.NewReader(data))
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error %T is not a *DecodeError: %v", err, err)
			}
			if de.Case != "" && CheckID(de.Case) != nil {
				t.Fatalf("an error names the case by a bad ID: %v", err)
			}
			if msg := err.Error(); EscapeText(msg) != msg {
				t.Fatalf("the message %q holds a character that could forge a line or move a terminal's cursor", msg)
			}
			return
		}
		if hasRepeatedKeys(data) {
			t.Fatalf("Decode accepts a record with a key twice, or in two cases, at some depth: %q", data)
		}
		checkDecodedIDs(t, c)
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("a decoded case does not encode: %v", err)
		}
		again, err := Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("an encoded case does not decode: %v\n%s", err, b)
		}
		if !cmp.Equal(c, again) {
			t.Fatalf("round trip differs:\n%s", cmp.Diff(c, again))
		}
	})
}

// TestOldFormsStillDecode: records and results written before the tokens
// were lower case and hyphenated still decode, to the same values.
func TestOldFormsStillDecode(t *testing.T) {
	old := `{"id":"old","answers":{"A1.S":"Yes","A2.5":"very high","A3.4":"Medium","A2.reasonable":"N/A"},
		"inspector":{"safetyAndWellbeing":"Very high","riskOfSeriousHarm":"very_high"},
		"roshRationale":{"level":"Medium","considerations":[{"type":"acute dynamic risk factors","use":"Raise"}]}}`
	c, err := Decode(strings.NewReader(old))
	require.NoError(t, err)
	get := func(id framework.ID) Value { v, _ := c.Answers.Get(id); return v }
	assert.Equal(t, Yes, get("A1.S").Answer)
	assert.Equal(t, classification.VeryHigh, get("A2.5").Level)
	assert.Equal(t, classification.Medium, get("A3.4").Level)
	assert.Equal(t, NotApplicable, get("A2.reasonable").Answer)
	assert.Equal(t, ScaleLevels{classification.VeryHigh, classification.VeryHigh}, c.Inspector)
	require.NotNil(t, c.RoSHRationale)
	assert.Equal(t, classification.Medium, c.RoSHRationale.Level)
	assert.Equal(t, classification.Consideration{Type: classification.AcuteDynamicFactors, Use: classification.Raise}, c.RoSHRationale.Considerations[0])

	// Written back, they are tokens.
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"A2.5":"very-high"`)
	assert.Contains(t, string(b), `"inspector":{"safetyAndWellbeing":"very-high","riskOfSeriousHarm":"very-high"}`)

}
