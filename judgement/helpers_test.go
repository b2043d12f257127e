package judgement

import (
	"flag"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/record"
)

// update rewrites what the tests compare with (go generate ./judgement
// passes it): the tables of summary rules and of findings of doc.go and the
// README, from SummaryRules and FindingKinds (TestDocTablesUpToDate), and
// the golden results of testdata/judge (TestJudgeGolden).
var update = flag.Bool("update", false, "rewrite the doc tables and the golden results from the current code")

// set answers questions of a case in a test.
func set(t testing.TB, c *record.Case, pairs ...any) {
	t.Helper()
	for i := 0; i < len(pairs); i += 2 {
		id := framework.ID(pairs[i].(string))
		var v record.Value
		switch x := pairs[i+1].(type) {
		case record.Answer:
			v = record.Value{Answer: x}
		case classification.Level:
			v = record.Value{Level: x}
		case string:
			v = record.Value{Text: x}
		case nil:
		}
		require.NoError(t, c.Answers.Set(id, v), id)
	}
}

func codes(r Result) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Code)
	}
	return out
}

func findingsFor(r Result, code string) []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Code == code {
			out = append(out, f)
		}
	}
	return out
}

// hasErrors reports whether any finding is an error.
func hasErrors(r Result) bool {
	return slices.ContainsFunc(r.Findings, func(f Finding) bool { return f.Severity == Error })
}

// tallyOf returns a key question's tally.
func tallyOf(in Ratings, id framework.ID) (KeyQuestionTally, bool) {
	i := slices.IndexFunc(in.KeyQuestions, func(t KeyQuestionTally) bool { return t.KeyQuestion == id })
	if i < 0 {
		return KeyQuestionTally{}, false
	}
	return in.KeyQuestions[i], true
}

// standardOf returns a standard's rating.
func standardOf(in Ratings, id framework.ID) (StandardRating, bool) {
	i := slices.IndexFunc(in.Standards, func(s StandardRating) bool { return s.Standard == id })
	if i < 0 {
		return StandardRating{}, false
	}
	return in.Standards[i], true
}

// checkKinds checks every finding of a result against its row of the
// findings table: the code is listed, with the same severity.
func checkKinds(t interface {
	Helper()
	Errorf(string, ...any)
}, r Result) {
	t.Helper()
	for _, f := range r.Findings {
		k, ok := kindOf(f.Code)
		if !ok {
			t.Errorf("finding %s is not in the findings table", f.Code)
			continue
		}
		if k.Severity != f.Severity {
			t.Errorf("finding %s has severity %s, the table says %s", f.Code, f.Severity, k.Severity)
		}
	}
}

// keyResult returns the summary judgement of a key question.
func keyResult(r Result, id framework.ID) (KeyResult, bool) {
	for _, k := range r.KeyResults {
		if k.KeyQuestion() == id {
			return k, true
		}
	}
	return KeyResult{}, false
}
