package judgement

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/record"
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
			kr, err := newKeyResult(id, record.Answer(rapid.IntRange(0, 4).Draw(t, "answer")), Inspector, 0)
			if err != nil {
				t.Fatal(err)
			}
			r.KeyResults = append(r.KeyResults, kr)
		}
		if allowBad && rapid.IntRange(0, 30).Draw(t, "bad") == 0 {
			bad := KeyResult{}
			if rapid.Bool().Draw(t, "o2") {
				bad, _ = newKeyResult("O2", record.Yes, Inspector, record.Yes)
			}
			r.KeyResults = append(r.KeyResults, bad)
		}
		out[i] = r
	}
	return out
}

// tallied adds the results to a new tally, stopping at the first error.
func tallied(rules RatingRules, maxIDs int, results []Result) (*Tally, error) {
	tl := &Tally{Rules: rules, MaxIDs: maxIDs}
	for _, r := range results {
		if err := tl.Add(r); err != nil {
			return tl, err
		}
	}
	return tl, nil
}

// ratingsOf reads a tally's ratings, failing the test on an error.
func ratingsOf(t require.TestingT, tl *Tally) Ratings {
	in, err := tl.Ratings()
	require.NoError(t, err)
	return in
}

// rateModel is Rate written plainly, from a list of every result: the
// reference Rate (a Tally) is held to.
func rateModel(results []Result, rules RatingRules) (Ratings, error) {
	var in Ratings
	index := map[framework.ID]int{}
	for _, id := range standardKeyQuestions() {
		kq, _ := framework.DomainTwo().KeyQuestion(id)
		index[id] = len(in.KeyQuestions)
		in.KeyQuestions = append(in.KeyQuestions, KeyQuestionTally{KeyQuestion: id, Standard: kq.Standard})
	}
	for _, r := range results {
		if r.Exclusion.Outcome == sampling.Exclude {
			in.Excluded = append(in.Excluded, r.Case)
			in.ExcludedCount++
			continue
		}
		for _, k := range r.KeyResults {
			if _, ok := index[k.KeyQuestion()]; !ok {
				return Ratings{}, fmt.Errorf("case %q: key question %q", r.Case, k.KeyQuestion())
			}
		}
		if r.Exclusion.Outcome == sampling.Undetermined {
			in.ExclusionUndetermined = append(in.ExclusionUndetermined, r.Case)
			in.ExclusionUndeterminedCount++
		}
		in.Cases++
		for _, k := range r.KeyResults {
			t := &in.KeyQuestions[index[k.KeyQuestion()]]
			switch k.Answer {
			case record.Yes:
				t.Yes++
				t.Counted++
			case record.No:
				t.Counted++
			case record.NotApplicable:
				t.NotApplicable++
			default:
				t.Undecided = append(t.Undecided, r.Case)
				t.UndecidedCount++
			}
		}
	}
	for i := range in.KeyQuestions {
		t := &in.KeyQuestions[i]
		t.Rating = rules.rate(t.Yes, t.Counted)
	}
	for _, s := range framework.DomainTwo().Standards() {
		sr := StandardRating{Standard: s.ID, Name: s.Name, Scored: true}
		best := -1.0
		for _, id := range s.KeyQuestions {
			t := in.KeyQuestions[index[id]]
			if t.Counted == 0 {
				continue
			}
			if p := float64(t.Yes) / float64(t.Counted); best < 0 || p < best {
				best, sr.Rating, sr.Lowest = p, t.Rating, t.KeyQuestion
			}
		}
		in.Standards = append(in.Standards, sr)
	}
	return in, nil
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
		model, modelErr := rateModel(results, rules)
		if diff := cmp.Diff(model, want); diff != "" || (modelErr == nil) != (wantErr == nil) {
			t.Fatalf("model: %v, Rate: %v; (-model +Rate):\n%s", modelErr, wantErr, diff)
		}

		cuts := rapid.SliceOfN(rapid.IntRange(0, len(results)), 0, 4).Draw(t, "cuts")
		merged := &Tally{Rules: rules}
		var gotErr error
		start := 0
		for _, end := range append(cuts, len(results)) {
			if end < start {
				end = start
			}
			part, err := tallied(rules, 0, results[start:end])
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
		if diff := cmp.Diff(want, ratingsOf(t, merged)); diff != "" {
			t.Fatalf("(-Rate +merged tallies):\n%s", diff)
		}

		one := &Tally{Rules: rules}
		for i, r := range results {
			if err := one.Add(r); err != nil {
				t.Fatal(err)
			}
			prefix, _ := Rate(results[:i+1], rules)
			if diff := cmp.Diff(prefix, ratingsOf(t, one)); diff != "" {
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
		a, _ := tallied(DefaultRatingRules(), max, results[:cut])
		b, _ := tallied(RatingRules{}, max, results[cut:]) // the defaults
		if err := a.Merge(b); err != nil {
			t.Fatal(err)
		}
		got := ratingsOf(t, a)
		first := func(ids []string) []string { return ids[:min(len(ids), max)] }
		assert.Equal(t, first(want.Excluded), got.Excluded)
		assert.Equal(t, first(want.ExclusionUndetermined), got.ExclusionUndetermined)
		assert.Equal(t, len(want.Excluded), got.ExcludedCount)
		assert.Equal(t, len(want.ExclusionUndetermined), got.ExclusionUndeterminedCount)
		assert.Equal(t, want.Cases, got.Cases)
		for i, kt := range want.KeyQuestions {
			assert.Equal(t, first(kt.Undecided), got.KeyQuestions[i].Undecided)
			assert.Equal(t, len(kt.Undecided), got.KeyQuestions[i].UndecidedCount)
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
	assert.Equal(t, want, ratingsOf(t, &zero))
	var nilTally *Tally
	assert.Equal(t, want, ratingsOf(t, nilTally))
	assert.Error(t, nilTally.Add(Result{}))
	assert.Error(t, nilTally.Merge(&zero))

	// The zero Tally rates by the default rules and keeps every ID.
	results := []Result{judgedFull(t, "a", record.Yes), judgedFull(t, "b", record.No), judgedFull(t, "c", 0)}
	for _, r := range results {
		require.NoError(t, zero.Add(r))
	}
	want, err = Rate(results, DefaultRatingRules())
	require.NoError(t, err)
	got := ratingsOf(t, &zero)
	assert.Equal(t, want, got)
	a1, _ := tallyOf(got, "A1")
	assert.Equal(t, 1, a1.UndecidedCount)
	assert.Equal(t, []string{"c"}, a1.Undecided)
	assert.Equal(t, 3, got.Cases)
}

// judgedFull is a result with every key question answered a.
func judgedFull(t testing.TB, id string, a record.Answer) Result {
	r := Result{Case: id}
	for _, kq := range standardKeyQuestions() {
		kr, err := newKeyResult(kq, a, Inspector, a)
		require.NoError(t, err)
		r.KeyResults = append(r.KeyResults, kr)
	}
	return r
}

func TestTallyErrors(t *testing.T) {
	bad := DefaultRatingRules()
	bad.KeyQuestionBands = nil
	for _, tl := range []*Tally{{Rules: bad}, {MaxIDs: -1}} {
		_, err := tl.Ratings()
		require.Error(t, err)
		assert.Error(t, tl.Add(judgedFull(t, "a", record.Yes)))
		assert.Error(t, tl.Merge(&Tally{}))
		assert.Error(t, (&Tally{}).Merge(tl))
	}
	_, err := (&Tally{Rules: bad}).Ratings()
	assert.ErrorContains(t, err, "no key-question bands")
	_, err = (&Tally{MaxIDs: -1}).Ratings()
	assert.ErrorContains(t, err, "MaxIDs -1 is negative")

	// A bad result leaves the tally as it was.
	tl := &Tally{Rules: DefaultRatingRules()}
	require.NoError(t, tl.Add(judgedFull(t, "a", record.Yes)))
	before := ratingsOf(t, tl)
	r := judgedFull(t, "b", record.No)
	r.Exclusion.Outcome = sampling.Undetermined
	r.KeyResults = append(r.KeyResults, KeyResult{})
	assert.EqualError(t, tl.Add(r), `judgement: case "b": a key result names no key question of the standards ("")`)
	assert.Equal(t, before, ratingsOf(t, tl))

	// Different rules or options do not merge.
	rounding := DefaultRatingRules()
	rounding.RoundToWholePercent = true
	assert.Error(t, tl.Merge(&Tally{Rules: rounding}))
	assert.Error(t, tl.Merge(&Tally{MaxIDs: 3}))
	var zero Tally
	assert.NoError(t, tl.Merge(&zero), "the zero Tally has the default rules")
	assert.NoError(t, tl.Merge(nil))
	assert.Equal(t, before, ratingsOf(t, tl))
	assert.Equal(t, Tally{}, zero, "Merge does not change its argument")
}

func TestTallyMergeItself(t *testing.T) {
	var tl Tally
	require.NoError(t, tl.Add(judgedFull(t, "a", record.Yes)))
	r := judgedFull(t, "b", record.No)
	r.Exclusion.Outcome = sampling.Exclude
	require.NoError(t, tl.Add(r))
	require.NoError(t, tl.Merge(&tl))
	in := ratingsOf(t, &tl)
	assert.Equal(t, 2, in.Cases)
	assert.Equal(t, []string{"b", "b"}, in.Excluded)
	assert.Equal(t, 2, in.ExcludedCount)
	a1, _ := tallyOf(in, "A1")
	assert.Equal(t, 2, a1.Yes)
}

// TestTallySettingsAreCopied: changing the rules or MaxIDs of a tally that
// has counted, or the rules it was given, changes nothing.
func TestTallySettingsAreCopied(t *testing.T) {
	rules := DefaultRatingRules()
	tl := &Tally{Rules: rules}
	require.NoError(t, tl.Add(judgedFull(t, "a", record.Yes)))
	rules.KeyQuestionBands[3].From = 10000 // shared with tl.Rules
	rules.KeyQuestionBands[3].Rating = Good
	tl.MaxIDs = 1
	require.NoError(t, tl.Add(judgedFull(t, "b", 0)))
	require.NoError(t, tl.Add(judgedFull(t, "c", 0)))
	in := ratingsOf(t, tl)
	s, _ := standardOf(in, "2.1")
	assert.Equal(t, Outstanding, s.Rating)
	a1, _ := tallyOf(in, "A1")
	assert.Equal(t, []string{"b", "c"}, a1.Undecided)
}
