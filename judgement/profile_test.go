package judgement

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/profile"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
	"pgregory.net/rapid"
)

// profileResults are 20 cases in which each key question has its own share
// judged Yes (below), and a 21st, "u", undecided on A1 and n/a on every
// other key question, so that it is counted on none.
func profileResults() []Result {
	yes := map[framework.ID]int{
		"A1": 5, "A2": 12, "A3": 18, // 25% Inadequate, 60% RI, 90% Outstanding
		"P1": 14, "P2": 9, "P3": 20, // 70% Good, 45% Inadequate, 100% Outstanding
		"D1": 17, "D2": 13, "D3": 10, // 85% Outstanding, 65% Good, 50% RI
		"R1": 16, "R2": 19, "R3": 4, // 80% Outstanding, 95% Outstanding, 20% Inadequate
	}
	var out []Result
	for i := range 20 {
		over := map[framework.ID]record.Answer{}
		for kq, n := range yes {
			if i >= n {
				over[kq] = record.No
			}
		}
		out = append(out, result(fmt.Sprintf("c%02d", i), record.Yes, over))
	}
	return append(out, result("u", record.NotApplicable, map[framework.ID]record.Answer{"A1": 0}))
}

func mustLookup(t *testing.T, token string) profile.Profile {
	p, err := profile.Lookup(token)
	require.NoError(t, err)
	return p
}

// TestRateProfile: under each profile, exactly its key questions are rated,
// and each standard follows the lowest of the profile's key questions in it.
// Were a key question outside the profile rated, a standard's rating,
// Lowest or list of key questions would differ from the table.
func TestRateProfile(t *testing.T) {
	type std struct {
		id      framework.ID
		rating  Rating
		lowest  framework.ID
		partial bool
	}
	whole := []std{{"2.1", Inadequate, "A1", false}, {"2.2", Inadequate, "P2", false}, {"2.3", RequiresImprovement, "D3", false}, {"2.4", Inadequate, "R3", false}}
	tests := []struct {
		name      string
		profile   profile.Profile
		kqs       []framework.ID
		standards []std
		named     bool // Ratings.Profile is set
	}{
		{"zero", profile.Profile{}, standardKeyQuestions(), whole, false},
		{"whole", mustLookup(t, "whole"), standardKeyQuestions(), whole, false},
		{"every key question, own name", profile.Profile{ID: "all", Name: "All", KeyQuestions: standardKeyQuestions()}, standardKeyQuestions(), whole, false},
		{"keeping other people safe", mustLookup(t, "keeping-other-people-safe"), ids("A3", "P3", "D3", "R3"),
			[]std{{"2.1", Outstanding, "A3", true}, {"2.2", Outstanding, "P3", true}, {"2.3", RequiresImprovement, "D3", true}, {"2.4", Inadequate, "R3", true}}, true},
		{"desistance", mustLookup(t, "desistance"), ids("A1", "P1", "D1", "R1"),
			[]std{{"2.1", Inadequate, "A1", true}, {"2.2", Good, "P1", true}, {"2.3", Outstanding, "D1", true}, {"2.4", Outstanding, "R1", true}}, true},
		{"keeping the child safe", mustLookup(t, "keeping-the-child-safe"), ids("A2", "P2", "D2", "R2"),
			[]std{{"2.1", RequiresImprovement, "A2", true}, {"2.2", Inadequate, "P2", true}, {"2.3", Good, "D2", true}, {"2.4", Outstanding, "R2", true}}, true},
		{"assessment", mustLookup(t, "assessment"), ids("A1", "A2", "A3"), []std{{"2.1", Inadequate, "A1", false}}, true},
		{"reviewing", mustLookup(t, "2.4"), ids("R1", "R2", "R3"), []std{{"2.4", Inadequate, "R3", false}}, true},
		{"own, two standards", profile.Profile{ID: "own", Name: "Own", KeyQuestions: ids("P3", "A3", "P1")}, ids("A3", "P1", "P3"),
			[]std{{"2.1", Outstanding, "A3", true}, {"2.2", Good, "P1", true}}, true},
		{"one key question", profile.Profile{ID: "r2", Name: "R2", KeyQuestions: ids("R2")}, ids("R2"), []std{{"2.4", Outstanding, "R2", true}}, true},
	}
	results := profileResults()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := RateProfile(results, DefaultRatingRules(), tt.profile)
			require.NoError(t, err)
			assert.Equal(t, 21, in.Cases)
			var kqs []framework.ID
			for _, k := range in.KeyQuestions {
				kqs = append(kqs, k.KeyQuestion)
				assert.Equal(t, 20, k.Counted, k.KeyQuestion)
				if k.KeyQuestion == "A1" {
					assert.Equal(t, []string{"u"}, k.Undecided)
				} else {
					assert.Empty(t, k.Undecided, k.KeyQuestion)
					assert.Equal(t, 1, k.NotApplicable, k.KeyQuestion)
				}
			}
			assert.Equal(t, tt.kqs, kqs, "the key questions rated")
			var got []std
			for _, s := range in.Standards {
				got = append(got, std{s.Standard, s.Rating, s.Lowest, s.Partial})
				assert.True(t, s.Scored)
			}
			if diff := cmp.Diff(tt.standards, got, cmp.AllowUnexported(std{})); diff != "" {
				t.Errorf("standards (-want +got):\n%s", diff)
			}
			if !tt.named {
				assert.Nil(t, in.Profile)
				want, err := Rate(results, DefaultRatingRules())
				require.NoError(t, err)
				if diff := cmp.Diff(want, in); diff != "" {
					t.Errorf("a whole profile differs from Rate (-Rate +profile):\n%s", diff)
				}
				return
			}
			require.NotNil(t, in.Profile)
			assert.True(t, tt.profile.Equal(*in.Profile))
		})
	}
}

func ids(s ...string) []framework.ID {
	out := make([]framework.ID, len(s))
	for i, x := range s {
		out[i] = framework.ID(x)
	}
	return out
}

// TestRateProfileIsRateFiltered: on any results and any profile, RateProfile
// gives Rate's counts of the profile's key questions, no others, and each
// standard the lowest of them; a tally under the profile, split and merged,
// gives the same.
func TestRateProfileIsRateFiltered(t *testing.T) {
	all := standardKeyQuestions()
	rapid.Check(t, func(t *rapid.T) {
		rules := DefaultRatingRules()
		results := genResults(t, false)
		picked := rapid.SliceOfNDistinct(rapid.SampledFrom(all), 1, len(all), func(id framework.ID) framework.ID { return id }).Draw(t, "profile")
		p := profile.Profile{ID: "p", Name: "P", KeyQuestions: picked}
		got, err := RateProfile(results, rules, p)
		if err != nil {
			t.Fatal(err)
		}
		whole, err := Rate(results, rules)
		if err != nil {
			t.Fatal(err)
		}
		want := whole
		want.KeyQuestions = nil
		want.Standards = nil
		for _, k := range whole.KeyQuestions {
			if slices.Contains(picked, k.KeyQuestion) {
				want.KeyQuestions = append(want.KeyQuestions, k)
			}
		}
		for _, s := range framework.DomainTwo().Standards() {
			sr := StandardRating{Standard: s.ID, Name: s.Name, Scored: true}
			n := 0
			best := -1.0
			for _, k := range want.KeyQuestions {
				if k.Standard != s.ID {
					continue
				}
				n++
				if k.Counted == 0 {
					continue
				}
				if f := float64(k.Yes) / float64(k.Counted); best < 0 || f < best {
					best, sr.Rating, sr.Lowest = f, k.Rating, k.KeyQuestion
				}
			}
			if n == 0 {
				continue
			}
			sr.Partial = n < len(s.KeyQuestions)
			want.Standards = append(want.Standards, sr)
		}
		if len(picked) < len(all) {
			own := p.Clone()
			want.Profile = &own
		}
		// KeyQuestions of the profile are in catalogue order whatever the
		// order of the profile's list.
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("(-Rate filtered +RateProfile):\n%s", diff)
		}

		merged := &Tally{Profile: p}
		cut := rapid.IntRange(0, len(results)).Draw(t, "cut")
		for _, part := range [][]Result{results[:cut], results[cut:]} {
			tl := &Tally{Profile: p}
			for _, r := range part {
				if err := tl.Add(r); err != nil {
					t.Fatal(err)
				}
			}
			if err := merged.Merge(tl); err != nil {
				t.Fatal(err)
			}
		}
		in, err := merged.Ratings()
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(got, in); diff != "" {
			t.Fatalf("(-RateProfile +merged tallies):\n%s", diff)
		}
	})
}

func TestOverallRefusesPartialStandards(t *testing.T) {
	rules := DefaultRatingRules()
	twelve := func() []StandardRating {
		var out []StandardRating
		for i := range 12 {
			out = append(out, StandardRating{Standard: framework.ID(fmt.Sprintf("%d.%d", i/4+1, i%4+1)), Rating: Good, Scored: true})
		}
		return out
	}
	tests := []struct {
		name    string
		partial []int // indexes made partial
		err     string
	}{
		{"none partial", nil, ""},
		{"one", []int{4}, `judgement: no overall rating: standard "2.1" is rated from only some of its key questions (a partial audit profile); the methodology defines the overall rating only for standards rated in full`},
		{"two", []int{4, 7}, `standards "2.1", "2.4" are rated from only some of their key questions`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := twelve()
			for _, i := range tt.partial {
				s[i].Partial = true
			}
			got, err := Overall(s, rules)
			if tt.err == "" {
				require.NoError(t, err)
				assert.Equal(t, 24, got.Score)
				return
			}
			var pe *PartialError
			require.ErrorAs(t, err, &pe)
			assert.Len(t, pe.Standards, len(tt.partial))
			assert.ErrorContains(t, err, tt.err)
			assert.Equal(t, OverallResult{}, got)
		})
	}

	// Ratings under an area's profile: every standard partial.
	in, err := RateProfile(profileResults(), rules, mustLookup(t, "keeping-other-people-safe"))
	require.NoError(t, err)
	_, err = Overall(append(twelve()[:4], append(in.Standards, twelve()[8:]...)...), rules)
	var pe *PartialError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, ids("2.1", "2.2", "2.3", "2.4"), pe.Standards)
}

func TestTallyProfileErrors(t *testing.T) {
	bad := profile.Profile{ID: "bad", Name: "Bad", KeyQuestions: ids("A1", "O2")}
	for _, tl := range []*Tally{{Profile: bad}, {Profile: profile.Profile{ID: "x"}}} {
		var pe *profile.Error
		require.ErrorAs(t, tl.Add(judgedFull(t, "a", record.Yes)), &pe)
		_, err := tl.Ratings()
		require.ErrorAs(t, err, &pe)
		require.ErrorAs(t, (&Tally{}).Merge(tl), &pe)
		_, err = RateProfile(nil, DefaultRatingRules(), tl.Profile)
		require.ErrorAs(t, err, &pe)
	}

	// Tallies under different profiles do not merge; a whole profile is
	// the zero Profile.
	tl := &Tally{Profile: mustLookup(t, "planning")}
	require.NoError(t, tl.Add(judgedFull(t, "a", record.Yes)))
	before := ratingsOf(t, tl)
	var ie *InputError
	require.ErrorAs(t, tl.Merge(&Tally{}), &ie)
	assert.EqualError(t, tl.Merge(&Tally{Profile: mustLookup(t, "reviewing")}), "judgement: Merge: the tallies have different profiles")
	assert.NoError(t, tl.Merge(&Tally{Profile: mustLookup(t, "planning")}))
	assert.Equal(t, before, ratingsOf(t, tl))
	assert.NoError(t, (&Tally{}).Merge(&Tally{Profile: mustLookup(t, "whole")}))

	// The profile is read when the tally starts: changing it, or the list
	// it was given, later changes nothing.
	p := mustLookup(t, "planning")
	tl = &Tally{Profile: p}
	require.NoError(t, tl.Add(judgedFull(t, "a", record.Yes)))
	p.KeyQuestions[0] = "A1"
	tl.Profile = mustLookup(t, "reviewing")
	in := ratingsOf(t, tl)
	assert.Equal(t, "planning", in.Profile.ID)
	assert.Equal(t, ids("P1", "P2", "P3"), in.Profile.KeyQuestions)
	in.Profile.KeyQuestions[0] = "R1"
	assert.Equal(t, ids("P1", "P2", "P3"), ratingsOf(t, tl).Profile.KeyQuestions, "Ratings' profile is the caller's own")

	// An excluded case under a profile is excluded as before; a key result
	// outside the standards is still an error.
	r := judgedFull(t, "b", record.No)
	r.Exclusion.Outcome = sampling.Exclude
	require.NoError(t, tl.Add(r))
	r = judgedFull(t, "c", record.No)
	r.KeyResults = append(r.KeyResults, KeyResult{})
	assert.Error(t, tl.Add(r))
	in = ratingsOf(t, tl)
	assert.Equal(t, []string{"b"}, in.Excluded)
	assert.Equal(t, 1, in.Cases)
}
