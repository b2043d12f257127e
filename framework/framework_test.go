package framework

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/internal/carag"
)

// wantIDs is every question of the source, in source order.
var wantIDs = strings.Fields(`
I1.1 I1.4 I1.5 I1.6 I1.7 I1.8 I1.9 I1.10
A1.1 A1.diversity A1.circumstances A1.agencies A1.3 A1.4 A1.5 A1.6 A1.7 A1.10 A1.S
A2.2 A2.3 A2.4 A2.5 A2.reasonable A2.9 A2.S
A3.1 A3.2 A3.3 A3.4 A3.reasonable A3.11 A3.S
P1.1 P1.diversity P1.circumstances P1.3 P1.4 P1.5 P1.6 P1.8 P1.S
P2.1 P2.2 P2.3 P2.4 P2.S
P3.1 P3.2 P3.3 P3.4 P3.5 P3.S
D1.1 D1.diversity D1.circumstances D1.3 D1.4 D1.5 D1.6 D1.10 D1.S
D2.1 D2.2 D2.S
D3.1 D3.2 D3.3 D3.S
R1.1 R1.2 R1.diversity R1.circumstances R1.3 R1.4 R1.5 R1.6 R1.S
R2.1 R2.2 R2.3 R2.4 R2.S
R3.1 R3.2 R3.4 R3.5 R3.S
O2.1 O2.2 O2.3`)

func TestCounts(t *testing.T) {
	f := DomainTwo()
	qs := f.Questions()
	require.Len(t, qs, 91)
	require.Len(t, f.Questions(), 91)
	require.Len(t, f.KeyQuestions(), 13)
	require.Len(t, f.Standards(), 4)

	var child, underStandards, summaries, interview int
	for _, q := range qs {
		kq, _ := f.KeyQuestion(q.KeyQuestion)
		switch {
		case q.KeyQuestion == "":
			child++
		case kq.Standard == "":
			interview++
		case q.Kind == Summary:
			summaries++
		default:
			underStandards++
		}
	}
	assert.Equal(t, 8, child)
	assert.Equal(t, 68, underStandards)
	assert.Equal(t, 12, summaries)
	assert.Equal(t, 3, interview)
}

func TestSourceOrder(t *testing.T) {
	var got []string
	for _, q := range DomainTwo().Questions() {
		got = append(got, string(q.ID))
	}
	if diff := cmp.Diff(wantIDs, got); diff != "" {
		t.Fatalf("question IDs (-want +got):\n%s", diff)
	}
	var kqs []string
	for _, kq := range DomainTwo().KeyQuestions() {
		kqs = append(kqs, string(kq.ID))
	}
	assert.Equal(t, strings.Fields("A1 A2 A3 P1 P2 P3 D1 D2 D3 R1 R2 R3 O2"), kqs)

	// Question agrees with Questions.
	for i, q := range DomainTwo().Questions() {
		require.Equal(t, wantIDs[i], string(q.ID))
		got, ok := DomainTwo().Question(q.ID)
		require.True(t, ok)
		require.Equal(t, q, got)
	}
}

func TestStandards(t *testing.T) {
	f := DomainTwo()
	want := []Standard{
		{ID: "2.1", Name: "Assessment", KeyQuestions: []ID{"A1", "A2", "A3"}},
		{ID: "2.2", Name: "Planning", KeyQuestions: []ID{"P1", "P2", "P3"}},
		{ID: "2.3", Name: "Implementation and delivery", KeyQuestions: []ID{"D1", "D2", "D3"}},
		{ID: "2.4", Name: "Reviewing", KeyQuestions: []ID{"R1", "R2", "R3"}},
	}
	if diff := cmp.Diff(want, f.Standards()); diff != "" {
		t.Fatalf("standards (-want +got):\n%s", diff)
	}
	assert.Contains(t, f.Version(), "Domain two case assessment rules and guidance (CARaG): court disposals", "the title")
}

func TestKeyQuestions(t *testing.T) {
	f := DomainTwo()
	tests := []struct {
		id       ID
		standard ID
		area     Area
		text     string
		n        int
	}{
		{"A1", "2.1", Desistance, "Does assessment sufficiently analyse how to support the child’s desistance?", 11},
		{"A2", "2.1", KeepingTheChildSafe, "Does assessment sufficiently analyse how to keep the child safe?", 7},
		{"A3", "2.1", KeepingOtherPeopleSafe, "Does assessment analyse how to keep other people safe?", 7},
		{"P1", "2.2", Desistance, "Does planning focus sufficiently on supporting the child’s desistance?", 9},
		{"P2", "2.2", KeepingTheChildSafe, "Does planning focus sufficiently on keeping the child safe?", 5},
		{"P3", "2.2", KeepingOtherPeopleSafe, "Does planning focus sufficiently on keeping people safe?", 6},
		{"D1", "2.3", Desistance, "Does the implementation and delivery of services effectively support the child’s desistance?", 9},
		{"D2", "2.3", KeepingTheChildSafe, "Does the implementation and delivery of services effectively support the safety of the child?", 3},
		{"D3", "2.3", KeepingOtherPeopleSafe, "Does the implementation and delivery of services effectively support the safety of other people?", 4},
		{"R1", "2.4", Desistance, "Does reviewing focus sufficiently on supporting the child’s desistance?", 9},
		{"R2", "2.4", KeepingTheChildSafe, "Does reviewing focus sufficiently on keeping the child safe?", 5},
		{"R3", "2.4", KeepingOtherPeopleSafe, "Does reviewing focus sufficiently on keeping other people safe?", 5},
		{"O2", "", 0, "Is there access to appropriate services to support desistance, safety and wellbeing and risk of harm?", 3},
	}
	for _, tt := range tests {
		t.Run(string(tt.id), func(t *testing.T) {
			kq, ok := f.KeyQuestion(tt.id)
			require.True(t, ok)
			assert.Equal(t, tt.standard, kq.Standard)
			assert.Equal(t, tt.area, kq.Area)
			assert.Equal(t, tt.text, kq.Text)
			assert.Len(t, kq.Questions, tt.n)
			assert.Equal(t, "", string(kq.Questions[0][:0]))
			if tt.standard != "" {
				assert.Equal(t, tt.id+".S", kq.Summary)
				assert.Equal(t, kq.Summary, kq.Questions[len(kq.Questions)-1], "the summary comes last")
			} else {
				assert.Empty(t, kq.Summary)
			}
			qs := f.QuestionsOf(tt.id)
			require.Len(t, qs, tt.n)
			for i, q := range qs {
				assert.Equal(t, kq.Questions[i], q.ID)
				assert.Equal(t, tt.id, q.KeyQuestion)
				assert.Equal(t, kq.Section, q.Section)
			}
		})
	}
	assert.Nil(t, f.QuestionsOf("Z9"))
}

func TestQuestionTexts(t *testing.T) {
	f := DomainTwo()
	tests := []struct {
		id      ID
		number  string
		kind    Kind
		answer  AnswerKind
		section string
		text    string
	}{
		{"I1.1", "I 1.1", Information, YesNo, "Information about the child", "Has the child been a Looked after Child at any time during the sentence being inspected?"},
		{"I1.4", "I 1.4", Information, TextAnswer, "Information about the child", "Gender"},
		{"I1.7", "I 1.7", Information, TextAnswer, "Information about the child", "Religion/faith"},
		{"I1.10", "I 1.10", Information, TextAnswer, "Information about the child", "What is the impact of the child’s disability?"},
		{"A1.1", "A 1.1", Prompt, YesNo, "Assessment", "Is there sufficient analysis of offending behaviour, including the child’s attitudes towards and motivation for their offending?"},
		{"A2.5", "A 2.5", Information, LevelAnswer, "Assessment", "What is the classification of safety and wellbeing of the child, according to the case manager?"},
		{"A3.4", "A 3.4", Information, LevelAnswer, "Assessment", "What is the risk of serious harm classification of the child, according to the case manager?"},
		{"A3.11", "A 3.11", Information, YesNo, "Assessment", "Is there a clear, written record of the assessment of to keep other people safe?"},
		{"A3.S", "A 3 S", Summary, YesNo, "Assessment", "Does assessment analyse how to keep other people safe?"},
		{"P2.2", "P 2.2", Prompt, YesNo, "Planning", "Does planning involve other agencies where appropriate, and is there sufficient alignment with other plans (e.g. child protection or care plans) concerning the child?"},
		{"P1.8", "P 1.8", Information, YesNo, "Planning", "Is planning proportionate to the court outcome, with interventions capable of being delivered within an appropriate timescale?"},
		{"D1.5", "D 1.5", Prompt, YesNo, "Implementation and delivery", "Does service delivery promote opportunities for community integration including access to services post-supervision?"},
		{"D2.2", "D 2.2", Prompt, YesNo, "Implementation and delivery", "Is the involvement of other organisations in keeping the child safe sufficiently well-coordinated?"},
		{"R3.5", "R 3.5", Information, YesNo, "Reviewing", "Was a written review of risk of harm completed?"},
		{"R1.S", "R 1 S", Summary, YesNo, "Reviewing", "Does reviewing focus sufficiently on supporting the child’s desistance?"},
		{"O2.3", "O 2.3", Information, YesNo, "Case manager interview", "Does the case manager have access to the services needed in this case to support the safety of other people?"},
	}
	for _, tt := range tests {
		t.Run(string(tt.id), func(t *testing.T) {
			q, ok := f.Question(tt.id)
			require.True(t, ok)
			assert.Equal(t, tt.number, q.Number)
			assert.Equal(t, tt.kind, q.Kind)
			assert.Equal(t, tt.answer, q.Answer)
			assert.Equal(t, tt.section, q.Section)
			assert.Equal(t, tt.text, q.Text)
			n, err := ParseID(q.Number)
			require.NoError(t, err)
			assert.Equal(t, tt.id, n, "the printed number parses to the ID")
		})
	}
}

func TestUnnumberedQuestions(t *testing.T) {
	want := map[ID]string{
		"A1.diversity":     "Does assessment sufficiently analyse diversity issues?",
		"A1.circumstances": "Does assessment consider personal circumstances, including the wider familial and social context of the child?",
		"A1.agencies":      "Does assessment utilise information held by other agencies?",
		"A2.reasonable":    "Is the case manager’s classification of the level of safety and wellbeing reasonable?",
		"A3.reasonable":    "Is the case manager’s classification of the level of risk of serious harm reasonable?",
		"P1.diversity":     "Does planning sufficiently address diversity issues?",
		"P1.circumstances": "Does planning take sufficient account of the child’s personal circumstances, including the wider familial and social context of the child?",
		"D1.diversity":     "Does service delivery account for the diversity issues of the child?",
		"D1.circumstances": "Does service delivery reflect the wider familial and social context of the child, involving parents or carers or significant others?",
		"R1.diversity":     "Does reviewing include analysis of and respond to diversity factors?",
		"R1.circumstances": "Does reviewing consider the personal circumstances including the wider familial and social context of the child?",
	}
	got := map[ID]string{}
	for _, q := range DomainTwo().Questions() {
		if q.Number == "" {
			got[q.ID] = q.Text
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("unnumbered questions (-want +got):\n%s", diff)
	}
}

func TestKinds(t *testing.T) {
	information := map[ID]bool{"A2.5": true, "A3.4": true, "A2.reasonable": true, "A3.reasonable": true,
		"A1.10": true, "A2.9": true, "A3.11": true, "R1.6": true, "R2.4": true, "R3.5": true, "P1.8": true, "D1.10": true}
	counts := map[Kind]int{}
	for _, q := range DomainTwo().Questions() {
		counts[q.Kind]++
		var want Kind
		switch {
		case q.ID.isSummary():
			want = Summary
		case q.ID[0] == 'I' || q.ID[0] == 'O' || information[q.ID]:
			want = Information
		default:
			want = Prompt
		}
		assert.Equal(t, want, q.Kind, q.ID)
		stated := q.ID == "A1.1" || q.ID == "A1.10" || q.ID == "A1.S"
		assert.Equal(t, !stated, q.KindInferred, q.ID)
		wantAnswer := YesNo
		switch q.ID {
		case "A2.5", "A3.4":
			wantAnswer = LevelAnswer
		case "I1.4", "I1.5", "I1.6", "I1.7", "I1.8", "I1.10":
			wantAnswer = TextAnswer
		}
		assert.Equal(t, wantAnswer, q.Answer, q.ID)
	}
	assert.Equal(t, map[Kind]int{Prompt: 56, Information: 23, Summary: 12}, counts)
}

// TestKey: the source's key, as CatalogueJSON publishes it: each format
// with its kind, and its example question is a question of that kind which
// the catalogue marks as shown by the key (KindInferred false).
func TestKey(t *testing.T) {
	var doc struct {
		Key struct {
			Entries []struct {
				Kind            Kind
				Format, Example string
				Represents      []string
			}
		}
	}
	require.NoError(t, json.Unmarshal(CatalogueJSON(), &doc))
	key := doc.Key.Entries
	require.Len(t, key, 3)
	var kinds []Kind
	for _, e := range key {
		require.NotZero(t, e.Kind, e.Format)
		kinds = append(kinds, e.Kind)
	}
	assert.Equal(t, []Kind{Prompt, Information, Summary}, kinds)
	assert.Equal(t, "Dark grey background", key[0].Format)
	assert.Equal(t, []string{"A question directly linked to a prompt in the inspection standards.",
		"The answers to these questions directly influence the summary judgement at key question level."}, key[0].Represents)
	assert.Equal(t, "Is there a clear, written record of the assessment of the child’s desistance?", key[1].Example)
	assert.Equal(t, "Bold text on a dark grey background", key[2].Format)
	// The key's examples are A1.1 (its text says "motivations" where the
	// question says "motivation"), A1.10 and A1.S.
	for i, id := range []ID{"A1.1", "A1.10", "A1.S"} {
		q, ok := DomainTwo().Question(id)
		require.True(t, ok)
		assert.Equal(t, key[i].Kind, q.Kind, id)
		assert.False(t, q.KindInferred, id)
		assert.Equal(t, strings.Fields(q.Text)[:6], strings.Fields(key[i].Example)[:6], id)
	}
}

func TestLookupMisses(t *testing.T) {
	f := DomainTwo()
	for _, id := range []ID{"", "A1.2", "A1.99", "A1", "2.1", "Z1.1", "a1.1", "A1.s"} {
		_, ok := f.Question(id)
		assert.False(t, ok, "Question(%q)", id)
	}
	for _, id := range []ID{"", "A4", "I1", "O1", "2.1", "a1"} {
		_, ok := f.KeyQuestion(id)
		assert.False(t, ok, "KeyQuestion(%q)", id)
	}
	_, ok := f.Question("A1.2")
	assert.False(t, ok)
}

func TestVersion(t *testing.T) {
	f := DomainTwo()
	v := f.Version()
	assert.Contains(t, v, "Domain two")
	assert.Contains(t, v, "court disposals")
	assert.Contains(t, v, "sha256:"+f.digest)
	assert.Regexp(t, "sha256:[0-9a-f]{64}$", v)
	assert.Equal(t, v, DomainTwo().Version())

	// Another catalogue has another version.
	data := CatalogueJSON()
	changed := strings.Replace(string(data), "assessment of to keep", "assessment to keep", 1)
	g, err := Parse([]byte(changed))
	require.NoError(t, err)
	assert.NotEqual(t, v, g.Version())
	same, err := Parse(data)
	require.NoError(t, err)
	assert.Equal(t, v, same.Version())
	if diff := cmp.Diff(f.Questions(), same.Questions()); diff != "" {
		t.Fatalf("Parse(CatalogueJSON()) differs (-embedded +parsed):\n%s", diff)
	}
}

func TestImmutable(t *testing.T) {
	f := DomainTwo()
	qs := f.Questions()
	qs[0].Text = "changed"
	kqs := f.KeyQuestions()
	kqs[0].Questions[0] = "changed"
	kqs[0].Text = "changed"
	kq, _ := f.KeyQuestion("A1")
	kq.Questions[1] = "changed"
	ss := f.Standards()
	ss[0].KeyQuestions[0] = "changed"
	ss[0].KeyQuestions = append(ss[0].KeyQuestions[:1], "changed")
	of := f.QuestionsOf("A1")
	of[0].Text = "changed"
	data := CatalogueJSON()
	data[0] = 'x'

	g := DomainTwo()
	assert.NotEqual(t, "changed", g.Questions()[0].Text)
	a1, _ := g.KeyQuestion("A1")
	assert.Equal(t, ID("A1.1"), a1.Questions[0])
	assert.Equal(t, ID("A1.diversity"), a1.Questions[1])
	assert.NotEqual(t, "changed", g.KeyQuestions()[0].Text)
	assert.Equal(t, []ID{"A1", "A2", "A3"}, g.Standards()[0].KeyQuestions)
	assert.NotEqual(t, "changed", g.QuestionsOf("A1")[0].Text)
	assert.Equal(t, byte('{'), CatalogueJSON()[0])
}

func TestNilFramework(t *testing.T) {
	var f *Framework
	assert.Nil(t, f.Questions())
	assert.Nil(t, f.KeyQuestions())
	assert.Nil(t, f.Standards())
	assert.Nil(t, f.QuestionsOf("A1"))
	assert.Empty(t, f.Version())
	_, ok := f.Question("A1.1")
	assert.False(t, ok)
	_, ok = f.KeyQuestion("A1")
	assert.False(t, ok)
	assert.Error(t, f.validate())
	assert.Error(t, (&Framework{}).validate())
}

func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				f := DomainTwo()
				qs := f.Questions()
				qs[i%len(qs)].Text = "mine"
				kq, _ := f.KeyQuestion("P2")
				kq.Questions[0] = "mine"
				_, _ = f.Question("A1.1")
				_ = f.validate()
				_, _ = ParseID("a 1 s")
				_ = f.Version()
			}
		}()
	}
	wg.Wait()
	q, _ := DomainTwo().Question("I1.1")
	assert.NotEqual(t, "mine", q.Text)
}

func TestEnumsText(t *testing.T) {
	for _, k := range []Kind{Prompt, Information, Summary} {
		b, err := k.MarshalText()
		require.NoError(t, err)
		got, err := ParseKind(string(b))
		require.NoError(t, err)
		assert.Equal(t, k, got)
	}
	for _, a := range []Area{Desistance, KeepingTheChildSafe, KeepingOtherPeopleSafe} {
		b, err := a.MarshalText()
		require.NoError(t, err)
		got, err := ParseArea(string(b))
		require.NoError(t, err)
		assert.Equal(t, a, got)
	}
	for _, a := range []AnswerKind{YesNo, LevelAnswer, TextAnswer} {
		b, err := a.MarshalText()
		require.NoError(t, err)
		got, err := ParseAnswerKind(string(b))
		require.NoError(t, err)
		assert.Equal(t, a, got)
	}
	assert.Equal(t, "keeping-the-child-safe", KeepingTheChildSafe.String())
	assert.Equal(t, "Keeping the child safe", KeepingTheChildSafe.Label())
	assert.Equal(t, "Kind(9)", Kind(9).String())
	_, err := Kind(9).MarshalText()
	assert.Error(t, err)
	_, err = ParseKind("grey")
	var pe *ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "grey", pe.Input)
	assert.Contains(t, err.Error(), `"grey"`)
	var k Kind = Summary
	require.NoError(t, k.UnmarshalText(nil))
	assert.Equal(t, Kind(0), k)
}

// brokenCopy builds a Framework from the embedded data after edit has
// changed it, without validating it.
func brokenCopy(t *testing.T, edit func(d *carag.Document)) *Framework {
	t.Helper()
	d, err := carag.Parse(carag.Data())
	require.NoError(t, err)
	edit(d)
	f, err := build(d, "test")
	require.NoError(t, err)
	return f
}

func findQ(d *carag.Document, id string) *carag.Question {
	for i := range d.Questions {
		if d.Questions[i].ID == id {
			return &d.Questions[i]
		}
	}
	panic("no question " + id)
}

func TestValidate(t *testing.T) {
	require.NoError(t, DomainTwo().validate())

	tests := []struct {
		name string
		edit func(d *carag.Document)
		want string
	}{
		{"duplicate question", func(d *carag.Document) {
			d.Questions[1].ID = d.Questions[0].ID
			d.Questions[1].Number = d.Questions[0].Number
		}, `"I1.1": id: used by a question and a question`},
		{"two summaries", func(d *carag.Document) { findQ(d, "A1.10").Kind = "summary" }, `"A1": summary: has 2 summary judgements, want exactly 1`},
		{"no summary", func(d *carag.Document) { findQ(d, "P2.S").Kind = "prompt" }, `"P2": summary: has 0 summary judgements`},
		{"kind not set", func(d *carag.Document) { findQ(d, "D1.3").Kind = "" }, `"D1.3": kind: not set`},
		{"answer not set", func(d *carag.Document) { findQ(d, "D1.3").Answer = "" }, `"D1.3": answer: not set`},
		{"orphan question", func(d *carag.Document) { findQ(d, "R1.1").KeyQuestion = "" }, `"R1.1": key question: empty`},
		{"unknown key question", func(d *carag.Document) { findQ(d, "R1.1").KeyQuestion = "R9" }, `"R1.1": key question: "R9" is not in the catalogue`},
		{"wrong key question", func(d *carag.Document) { findQ(d, "R1.1").KeyQuestion = "R2" }, `"R1.1": key question: "R2", but the ID belongs to "R1"`},
		{"non-canonical ID", func(d *carag.Document) { findQ(d, "A1.1").ID = "a1.1" }, `"a1.1": id: not canonical (want "A1.1")`},
		{"malformed ID", func(d *carag.Document) { findQ(d, "A1.1").ID = "A1..1" }, `"A1..1": id: framework: cannot parse "A1..1" as ID`},
		{"number mismatch", func(d *carag.Document) { findQ(d, "A1.3").Number = "A 1.4" }, `"A1.3": number: "A 1.4" does not match the ID`},
		{"invented number missing", func(d *carag.Document) { findQ(d, "A1.3").Number = "" }, `"A1.3": number: empty, but the ID is numbered`},
		{"empty text", func(d *carag.Document) { findQ(d, "A1.3").Text = "" }, `"A1.3": text: empty`},
		{"standard missing", func(d *carag.Document) { d.KeyQuestions[0].Standard = "2.9" }, `"A1": standard: "2.9" is not in the catalogue`},
		{"area missing", func(d *carag.Document) { d.KeyQuestions[4].Area = "" }, `"P2": area: not set`},
		{"standard without name", func(d *carag.Document) { d.Standards[1].Name = "" }, `"2.2": name: empty`},
		{"interview with summary", func(d *carag.Document) { findQ(d, "O2.3").Kind = "summary" }, `"O2": summary: a key question outside the standards has 1`},
		{"no questions", func(d *carag.Document) { d.Questions = nil }, `questions: none`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := brokenCopy(t, tt.edit).validate()
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			var ve *ValidationError
			assert.ErrorAs(t, err, &ve)
		})
	}
}

func TestParseRejectsBrokenCatalogue(t *testing.T) {
	// replaceAfter replaces the first old after the marker.
	replaceAfter := func(marker, old, new string) []byte {
		s := string(CatalogueJSON())
		i := strings.Index(s, marker)
		require.GreaterOrEqual(t, i, 0)
		return []byte(s[:i] + strings.Replace(s[i:], old, new, 1))
	}
	_, err := Parse(replaceAfter(`"id": "A1.S"`, `"kind": "summary"`, `"kind": "prompt"`))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"A1": summary: has 0 summary judgements`)

	_, err = Parse(replaceAfter(`"id": "A1.S"`, `"kind": "summary"`, `"kind": "grey"`))
	assert.ErrorContains(t, err, `question A1.S: kind: framework: cannot parse "grey" as Kind`)

	_, err = Parse([]byte(`{`))
	assert.Error(t, err)
}
