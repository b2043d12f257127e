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

// normativeWords are the words that mark a sentence saying how inspectors
// answer or decide.
var normativeWords = regexp.MustCompile(`(?i)\b(will answer|will be answered|we exclude|we inspect|will not|must|not in itself|not sufficient|unlikely to be sufficient|does not necessarily|may be appropriate|may reduce|may increase|may contribute|only)\b`)

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
	text := source(t)
	rows := normativeSentences[:]
	spans := normativeSpans(t, text, rows)

	for i := 1; i < len(spans); i++ {
		if spans[i].start != 0 && spans[i].start <= spans[i-1].start {
			t.Errorf("row %d (%s) stands before row %d (%s) in the source: keep the table in source order", i, rows[i].Place, i-1, rows[i-1].Place)
		}
	}

	occurrences := normativeWords.FindAllStringIndex(text, -1)
	assert.Len(t, occurrences, 30, "the committed source has 30 occurrences of the words that mark a rule; if its copy changed, review the table")
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
	for i, r := range rows {
		assert.True(t, strings.HasPrefix(r.Place, "CARaG, "), "row %d: place %q", i, r.Place)
		if (len(r.Encoded) > 0) == (r.Inspector != "") {
			t.Errorf("row %d (%s): set exactly one of Encoded and Inspector", i, r.Place)
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
