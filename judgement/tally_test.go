package judgement

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/sampling"
	"pgregory.net/rapid"
)

// standardKeyQuestions are the key questions Rate counts, in source order.
func standardKeyQuestions() []framework.ID {
	var out []framework.ID
	for _, kq := range framework.DomainTwo().KeyQuestions() {
		if kq.Standard != "" {
			out = append(out, kq.ID)
		}
	}
	return out
}

// genResults draws judged cases as Rate sees them: any exclusion outcome,
// usually the twelve key results in order, sometimes fewer, shuffled or
// repeated, now and then one naming a key question outside the standards,
// and answers that include undecided and out-of-range values.
func genResults(t *rapid.T, allowBad bool) []Result {
	kqs := standardKeyQuestions()
	n := rapid.IntRange(0, 40).Draw(t, "n")
	out := make([]Result, n)
	for i := range out {
		r := Result{Case: fmt.Sprintf("case-%03d", i)}
		r.Exclusion.Outcome = sampling.Outcome(rapid.IntRange(0, 3).Draw(t, "outcome"))
		ids := kqs
		switch rapid.IntRange(0, 9).Draw(t, "shape") {
		case 0:
			ids = rapid.SliceOf(rapid.SampledFrom(kqs)).Draw(t, "ids")
		case 1:
			ids = rapid.Permutation(kqs).Draw(t, "perm")
		}
		for _, id := range ids {
			kr, err := NewKeyResult(id, Answer(rapid.IntRange(0, 4).Draw(t, "answer")), Inspector, 0)
			if err != nil {
				t.Fatal(err)
			}
			r.KeyResults = append(r.KeyResults, kr)
		}
		if allowBad && rapid.IntRange(0, 30).Draw(t, "bad") == 0 {
			bad := KeyResult{}
			if rapid.Bool().Draw(t, "o2") {
				bad, _ = NewKeyResult("O2", Yes, Inspector, Yes)
			}
			r.KeyResults = append(r.KeyResults, bad)
		}
		out[i] = r
	}
	return out
}

// tallyOf adds the results to a new tally, stopping at the first error.
func tallyOf(t *rapid.T, rules RatingRules, opts TallyOptions, results []Result) (*Tally, error) {
	tl, err := NewTally(rules, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if err := tl.Add(r); err != nil {
			return tl, err
		}
	}
	return tl, nil
}

// TestTallyIsRate: split the results at random into contiguous parts, tally
// each apart and merge them in order: the merged tally gives exactly what
// Rate gives on all of them, errors included; and so does one tally read
// after every Add.
func TestTallyIsRate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rules := DefaultRatingRules()
		rules.RoundToWholePercent = rapid.Bool().Draw(t, "round")
		results := genResults(t, true)
		want, wantErr := Rate(results, rules)

		cuts := rapid.SliceOfN(rapid.IntRange(0, len(results)), 0, 4).Draw(t, "cuts")
		merged, err := NewTally(rules, TallyOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var gotErr error
		start := 0
		for _, end := range append(cuts, len(results)) {
			if end < start {
				end = start
			}
			part, err := tallyOf(t, rules, TallyOptions{}, results[start:end])
			if err != nil {
				gotErr = err
				break
			}
			if err := merged.Merge(part); err != nil {
				t.Fatal(err)
			}
			start = end
		}
		if wantErr != nil {
			if gotErr == nil || gotErr.Error() != wantErr.Error() {
				t.Fatalf("Rate: %v; tallies: %v", wantErr, gotErr)
			}
			return
		}
		if gotErr != nil {
			t.Fatalf("tallies: %v; Rate: no error", gotErr)
		}
		if diff := cmp.Diff(want, merged.Inspection()); diff != "" {
			t.Fatalf("(-Rate +merged tallies):\n%s", diff)
		}

		one, _ := NewTally(rules, TallyOptions{})
		for i, r := range results {
			if err := one.Add(r); err != nil {
				t.Fatal(err)
			}
			prefix, _ := Rate(results[:i+1], rules)
			if diff := cmp.Diff(prefix, one.Inspection()); diff != "" {
				t.Fatalf("after %d results (-Rate +tally):\n%s", i+1, diff)
			}
		}
	})
}

// TestTallyMaxIDs: with a cap, the counts are complete and each list is
// the first MaxIDs of Rate's, however the work was split.
func TestTallyMaxIDs(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		results := genResults(t, false)
		max := rapid.IntRange(1, 5).Draw(t, "max")
		want, err := Rate(results, DefaultRatingRules())
		if err != nil {
			t.Fatal(err)
		}
		cut := rapid.IntRange(0, len(results)).Draw(t, "cut")
		a, _ := tallyOf(t, DefaultRatingRules(), TallyOptions{MaxIDs: max}, results[:cut])
		b, _ := tallyOf(t, DefaultRatingRules(), TallyOptions{MaxIDs: max}, results[cut:])
		if err := a.Merge(b); err != nil {
			t.Fatal(err)
		}
		got := a.Inspection()
		first := func(ids []string) []string { return ids[:min(len(ids), max)] }
		assert.Equal(t, first(want.Excluded), got.Excluded)
		assert.Equal(t, first(want.ExclusionUndetermined), got.ExclusionUndetermined)
		assert.Equal(t, len(want.Excluded), a.Excluded())
		assert.Equal(t, len(want.ExclusionUndetermined), a.ExclusionUndetermined())
		assert.Equal(t, want.Cases, a.Cases())
		for i, kt := range want.KeyQuestions {
			assert.Equal(t, first(kt.Undecided), got.KeyQuestions[i].Undecided)
			assert.Equal(t, len(kt.Undecided), a.Undecided(kt.KeyQuestion))
			kt.Undecided, got.KeyQuestions[i].Undecided = nil, nil
			assert.Equal(t, kt, got.KeyQuestions[i])
		}
		assert.Equal(t, want.Standards, got.Standards)
	})
}

func TestTallyZeroValue(t *testing.T) {
	var zero Tally
	want, err := Rate(nil, DefaultRatingRules())
	require.NoError(t, err)
	assert.Equal(t, want, zero.Inspection())
	var nilTally *Tally
	assert.Equal(t, want, nilTally.Inspection())
	assert.Equal(t, 0, nilTally.Cases()+nilTally.Excluded()+nilTally.ExclusionUndetermined()+nilTally.Undecided("A1"))
	assert.Error(t, nilTally.Add(Result{}))
	assert.Error(t, nilTally.Merge(&zero))

	// The zero Tally rates by the default rules and keeps every ID.
	results := []Result{judgedFull(t, "a", Yes), judgedFull(t, "b", No), judgedFull(t, "c", 0)}
	for _, r := range results {
		require.NoError(t, zero.Add(r))
	}
	want, err = Rate(results, DefaultRatingRules())
	require.NoError(t, err)
	assert.Equal(t, want, zero.Inspection())
	assert.Equal(t, 1, zero.Undecided("A1"))
	assert.Equal(t, 0, zero.Undecided("O2"), "not a key question of the standards")
	assert.Equal(t, 0, zero.Undecided("nope"))
}

// judgedFull is a result with every key question answered a.
func judgedFull(t testing.TB, id string, a Answer) Result {
	r := Result{Case: id}
	for _, kq := range standardKeyQuestions() {
		kr, err := NewKeyResult(kq, a, Inspector, a)
		require.NoError(t, err)
		r.KeyResults = append(r.KeyResults, kr)
	}
	return r
}

func TestTallyErrors(t *testing.T) {
	bad := DefaultRatingRules()
	bad.KeyQuestionBands = nil
	_, err := NewTally(bad, TallyOptions{})
	assert.ErrorContains(t, err, "no key-question bands")
	_, err = NewTally(DefaultRatingRules(), TallyOptions{MaxIDs: -1})
	assert.ErrorContains(t, err, "MaxIDs -1 is negative")

	// A bad result leaves the tally as it was.
	tl, err := NewTally(DefaultRatingRules(), TallyOptions{})
	require.NoError(t, err)
	require.NoError(t, tl.Add(judgedFull(t, "a", Yes)))
	before := tl.Inspection()
	r := judgedFull(t, "b", No)
	r.Exclusion.Outcome = sampling.Undetermined
	r.KeyResults = append(r.KeyResults, KeyResult{})
	assert.EqualError(t, tl.Add(r), `judgement: case "b": a key result names no key question of the standards ("")`)
	assert.Equal(t, before, tl.Inspection())

	// Different rules or options do not merge.
	rounding := DefaultRatingRules()
	rounding.RoundToWholePercent = true
	other, _ := NewTally(rounding, TallyOptions{})
	assert.Error(t, tl.Merge(other))
	capped, _ := NewTally(DefaultRatingRules(), TallyOptions{MaxIDs: 3})
	assert.Error(t, tl.Merge(capped))
	var zero Tally
	assert.NoError(t, tl.Merge(&zero), "the zero Tally has the default rules")
	assert.NoError(t, tl.Merge(nil))
	assert.Equal(t, before, tl.Inspection())
}

func TestTallyMergeItself(t *testing.T) {
	var tl Tally
	require.NoError(t, tl.Add(judgedFull(t, "a", Yes)))
	r := judgedFull(t, "b", No)
	r.Exclusion.Outcome = sampling.Exclude
	require.NoError(t, tl.Add(r))
	require.NoError(t, tl.Merge(&tl))
	in := tl.Inspection()
	assert.Equal(t, 2, in.Cases)
	assert.Equal(t, []string{"b", "b"}, in.Excluded)
	a1, _ := in.KeyQuestion("A1")
	assert.Equal(t, 2, a1.Yes)
}

// TestTallyRulesAreCopied: changing the rules given to NewTally afterwards
// changes nothing.
func TestTallyRulesAreCopied(t *testing.T) {
	rules := DefaultRatingRules()
	tl, err := NewTally(rules, TallyOptions{})
	require.NoError(t, err)
	require.NoError(t, tl.Add(judgedFull(t, "a", Yes)))
	rules.KeyQuestionBands[3].From = 10000
	rules.KeyQuestionBands[3].Rating = Good
	s, _ := tl.Inspection().Standard("2.1")
	assert.Equal(t, Outstanding, s.Rating)
}
