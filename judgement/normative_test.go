package judgement

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/sampling"
)

// normativeWords are the words that mark a sentence saying what inspectors,
// case managers, the YOT or the inspectorate expect, require, decide or
// judge. Every occurrence must lie in a sentence of normativeSentences.
var normativeWords = regexp.MustCompile(`(?i)\b(` +
	// how inspectors answer, decide and judge
	`will answer|will be answered|we exclude|we inspect|we check|decide|professional judgement|` +
	`judge|judged|judging|judgements? (?:of|on)|make a judgement|our judgements|fine judgement|` +
	`will consider|will assess|look(?:s|ing)? (?:for|at|to)|able to conclude|perfection|less detailed|` +
	`our definition|includes all|specifically about|(?:we|inspectors) recognise|probation recognises|` +
	// what they expect and require
	`should|must|expect(?:s|ed|ing)?|needs? to|always|at least|cannot|do not|does not|only|` +
	`essential|critical|important|may be required|no need|` +
	// what is and is not enough
	`not in itself|not sufficient|would not be sufficient|unlikely to be sufficient|will not|not necessarily|` +
	`may be appropriate|may reduce|may increase|may contribute` +
	`)\b`)

// normativeOccurrences is how many times normativeWords occurs in the
// committed source (as normativeSource gives it).
const normativeOccurrences = 694

// plannedFindings are the findings planned but not yet in FindingKinds that
// Todo rows name, with how many rows name each: the only rows accepted
// neither encoded nor wholly left to the inspector. When one of them is
// added to FindingKinds, its rows must name it in Encoded instead.
var plannedFindings = map[string]int{}

// lineBrokenHyphen is a hyphenated word that the PDF's line breaks split
// ("pro- social" once whitespace is collapsed).
var lineBrokenHyphen = regexp.MustCompile(`([A-Za-z])- ([A-Za-z])`)

// normativeSource is the committed source as source gives it (whitespace
// collapsed), with hyphenated words broken at a line end joined again. The
// text has no other "letter, hyphen, space, letter".
func normativeSource(t *testing.T) string {
	t.Helper()
	return lineBrokenHyphen.ReplaceAllString(source(t), "$1-$2")
}

// encodedFuncs are the functions a row of normativeSentences may name.
var encodedFuncs = map[string]any{
	"sampling.CheckLookedAfter":      sampling.CheckLookedAfter,
	"classification.CheckReasonable": classification.CheckReasonable,
	"classification.CheckRoSH":       classification.CheckRoSH,
	"classification.Definition":      classification.Definition,
	"judgement.Judge":                Judge,
}

// span is where a row's quote stands in the source.
type span struct{ start, end int }

// normativeSpans finds each row's quote in the source: the k-th row with a
// given quote is its k-th occurrence.
func normativeSpans(t *testing.T, text string, rows []normativeSentence) []span {
	t.Helper()
	seen := map[string]int{}
	spans := make([]span, len(rows))
	for i, r := range rows {
		k := seen[r.Quote]
		seen[r.Quote]++
		from := 0
		at := -1
		for range k + 1 {
			j := strings.Index(text[from:], r.Quote)
			if j < 0 {
				at = -1
				break
			}
			at = from + j
			from = at + 1
		}
		if at < 0 {
			t.Errorf("row %d (%s): the quote is not in the source word for word (occurrence %d): %q", i, r.Place, k+1, r.Quote)
			continue
		}
		spans[i] = span{at, at + len(r.Quote)}
	}
	return spans
}

// TestEveryNormativeSentenceAccountedFor walks the committed copy of the
// source and checks that every occurrence of a word that marks a rule lies
// in a sentence quoted in normativeSentences; that every quote is the
// source's, word for word, in source order; that each row is either encoded
// or left to the inspector, not both; and that what each row names exists:
// finding codes in FindingKinds (quoting the sentence), summary rules in
// SummaryRules (quoting it), functions in encodedFuncs.
func TestEveryNormativeSentenceAccountedFor(t *testing.T) {
	text := normativeSource(t)
	rows := normativeSentences[:]
	spans := normativeSpans(t, text, rows)

	for i := 1; i < len(spans); i++ {
		if spans[i].start != 0 && spans[i].start <= spans[i-1].start {
			t.Errorf("row %d (%s) stands before row %d (%s) in the source: keep the table in source order", i, rows[i].Place, i-1, rows[i-1].Place)
		}
	}

	occurrences := normativeWords.FindAllStringIndex(text, -1)
	assert.Len(t, occurrences, normativeOccurrences, "the committed source has %d occurrences of the words that mark a rule; if its copy changed, review the table", normativeOccurrences)
	for _, o := range occurrences {
		inside := slices.ContainsFunc(spans, func(s span) bool { return s.start <= o[0] && o[1] <= s.end })
		if !inside {
			from, to := max(0, o[0]-120), min(len(text), o[1]+80)
			t.Errorf("%q at byte %d is in no sentence of normativeSentences: …%s…", text[o[0]:o[1]], o[0], text[from:to])
		}
	}

	kinds := map[string]FindingKind{}
	for _, k := range FindingKinds() {
		kinds[k.Code] = k
	}
	rules := map[string]SummaryRule{}
	for _, r := range SummaryRules() {
		rules[string(r.Summary)] = r
	}
	todos := map[string]int{}
	for i, r := range rows {
		assert.True(t, strings.HasPrefix(r.Place, "CARaG, "), "row %d: place %q", i, r.Place)
		switch {
		case r.Todo != "":
			code, what, _ := strings.Cut(r.Todo, ": ")
			todos[code]++
			if _, planned := plannedFindings[code]; !planned || what == "" {
				t.Errorf("row %d (%s): Todo %q is not `code: what it would check` with a code of plannedFindings", i, r.Place, r.Todo)
			}
			if _, exists := kinds[code]; exists {
				t.Errorf("row %d (%s): the finding %s now exists: name it in Encoded (its Source quoting the sentence) and drop the Todo", i, r.Place, code)
			}
			if len(r.Encoded) > 0 {
				t.Errorf("row %d (%s): a Todo row names nothing in Encoded", i, r.Place)
			}
			t.Logf("not yet encoded, row %d (%s): %q → %s", i, r.Place, r.Quote, r.Todo)
		case (len(r.Encoded) > 0) == (r.Inspector != ""):
			t.Errorf("row %d (%s): set exactly one of Encoded and Inspector", i, r.Place)
		}
		if r.Note != "" && len(r.Encoded) == 0 {
			t.Errorf("row %d (%s): a Note says what the code named in Encoded does; this row names none", i, r.Place)
		}
		for _, e := range r.Encoded {
			switch {
			case strings.HasPrefix(e, "finding "):
				k, ok := kinds[(strings.TrimPrefix(e, "finding "))]
				if assert.True(t, ok, "row %d (%s): %q is not in FindingKinds", i, r.Place, e) {
					assert.Contains(t, strings.Join(k.Source, "\n"), "“"+r.Quote+"”", "row %d: the finding %s does not quote the sentence", i, k.Code)
				}
			case strings.HasPrefix(e, "summary rule "):
				rule, ok := rules[strings.TrimPrefix(e, "summary rule ")]
				if assert.True(t, ok, "row %d (%s): %q is not in SummaryRules", i, r.Place, e) {
					assert.Contains(t, rule.Source, r.Quote, "row %d: the rule %s does not quote the sentence", i, rule.Summary)
					place, _, _ := strings.Cut(rule.Source, ":")
					assert.Contains(t, r.Place, place, "row %d: the rule %s is from another place", i, rule.Summary)
				}
			case strings.HasPrefix(e, "func "):
				_, ok := encodedFuncs[strings.TrimPrefix(e, "func ")]
				assert.True(t, ok, "row %d (%s): %q is not a function of encodedFuncs", i, r.Place, e)
			default:
				t.Errorf("row %d (%s): %q names no finding, summary rule or func", i, r.Place, e)
			}
		}
	}
	assert.Equal(t, plannedFindings, todos, "the rows not yet encoded (Todo) are the listed, counted exceptions of plannedFindings")
}

// TestEverySummaryRuleIsANormativeSentence: each summary rule's sentence is
// a row of the table that names the rule.
func TestEverySummaryRuleIsANormativeSentence(t *testing.T) {
	for _, rule := range SummaryRules() {
		found := slices.ContainsFunc(normativeSentences[:], func(r normativeSentence) bool {
			return strings.Contains(rule.Source, r.Quote) && slices.Contains(r.Encoded, "summary rule "+string(rule.Summary))
		})
		assert.True(t, found, "summary rule %s is not in normativeSentences", rule.Summary)
	}
}
