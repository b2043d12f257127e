package moderation_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/yjinspect/yjinspect/agreement"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/moderation"
	"github.com/yjinspect/yjinspect/record"
)

// drawFact draws an optional fact: not recorded, false or true.
func drawFact(t *rapid.T, label string) *bool {
	switch rapid.IntRange(0, 2).Draw(t, label) {
	case 1:
		return fact(false)
	case 2:
		return fact(true)
	}
	return nil
}

// drawCase draws a case record with the given ID: any answers, levels and
// facts, each recorded or not.
func drawCase(t *rapid.T, id string) record.Case {
	c := record.Case{ID: id}
	level := func(label string) classification.Level {
		return classification.Level(rapid.IntRange(0, 4).Draw(t, label))
	}
	for _, q := range framework.DomainTwo().Questions() {
		var v record.Value
		switch q.Answer {
		case framework.YesNo:
			v.Answer = record.Answer(rapid.IntRange(0, 3).Draw(t, string(q.ID)))
		case framework.LevelAnswer:
			v.Level = level(string(q.ID))
		case framework.TextAnswer:
			v.Text = rapid.SampledFrom([]string{"", "a", "b"}).Draw(t, string(q.ID))
		}
		if err := c.Answers.Set(q.ID, v); err != nil {
			t.Fatalf("set %s: %v", q.ID, err)
		}
	}
	c.Inspector = record.ScaleLevels{SafetyAndWellbeing: level("inspector.sw"), RiskOfSeriousHarm: level("inspector.rosh")}
	c.NearBoundary = record.Boundary{SafetyAndWellbeing: classification.Near(rapid.IntRange(0, 5).Draw(t, "near.sw")), RiskOfSeriousHarm: classification.Near(rapid.IntRange(0, 5).Draw(t, "near.rosh"))}
	c.Factors = record.Factors{ChildSafety: drawFact(t, "factors.cs"), RiskOfHarm: drawFact(t, "factors.roh")}
	c.ReviewingRequired = record.Reviewing{Desistance: drawFact(t, "rev.d"), ChildSafety: drawFact(t, "rev.cs"), RiskOfHarm: drawFact(t, "rev.roh")}
	c.LookedAfter = record.HomeHost{HomeService: drawFact(t, "la.home"), LivedOutsideArea: drawFact(t, "la.out"), ResponsibleForAssessment: drawFact(t, "la.resp")}
	return c
}

func swapKind(k moderation.DifferenceKind) moderation.DifferenceKind {
	switch k {
	case moderation.OnlyFirst:
		return moderation.OnlySecond
	case moderation.OnlySecond:
		return moderation.OnlyFirst
	}
	return k
}

// swap is a comparison seen from the other side.
func swap(c moderation.Comparison) moderation.Comparison {
	out := moderation.Comparison{Case: c.Case}
	for _, d := range c.Answers {
		out.Answers = append(out.Answers, moderation.AnswerDifference{Question: d.Question, Kind: swapKind(d.Kind), First: d.Second, Second: d.First})
	}
	for _, d := range c.Summaries {
		d.Kind, d.First, d.Second = swapKind(d.Kind), d.Second, d.First
		out.Summaries = append(out.Summaries, d)
	}
	for _, s := range c.Scales {
		s.CaseManager = moderation.LevelPair{First: s.CaseManager.Second, Second: s.CaseManager.First, Kind: swapKind(s.CaseManager.Kind)}
		s.Inspector = moderation.LevelPair{First: s.Inspector.Second, Second: s.Inspector.First, Kind: swapKind(s.Inspector.Kind)}
		s.Reasonable = moderation.AnswerPair{First: s.Reasonable.Second, Second: s.Reasonable.First, Kind: swapKind(s.Reasonable.Kind)}
		out.Scales = append(out.Scales, s)
	}
	for _, d := range c.Facts {
		d.Kind, d.First, d.Second = swapKind(d.Kind), d.Second, d.First
		out.Facts = append(out.Facts, d)
	}
	return out
}

// A case compared with itself has no differences, and every item recorded
// in it compares as Agree.
func TestCompareSelfProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := drawCase(t, "p")
		got, err := moderation.Compare(nil, c, c.Clone())
		if err != nil {
			t.Fatal(err)
		}
		if !got.Agrees() || len(got.Answers)+len(got.Summaries)+len(got.Facts) > 0 {
			t.Fatalf("differences in a case compared with itself: %+v", got)
		}
		for _, s := range got.Scales {
			for _, k := range []moderation.DifferenceKind{s.CaseManager.Kind, s.Inspector.Kind, s.Reasonable.Kind} {
				if k != 0 && k != moderation.Agree {
					t.Fatalf("scale %v compares as %v", s.Scale, k)
				}
			}
		}
	})
}

// Comparison is symmetric up to swapping the sides.
func TestCompareSymmetricProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b := drawCase(t, "p"), drawCase(t, "p")
		ab, err := moderation.Compare(nil, a, b)
		if err != nil {
			t.Fatal(err)
		}
		ba, err := moderation.Compare(nil, b, a)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(swap(ab), ba); d != "" {
			t.Fatalf("Compare(b, a) is not Compare(a, b) swapped (-swapped +got):\n%s", d)
		}
		if ab.Agrees() != ba.Agrees() {
			t.Fatal("Agrees differs by side")
		}
	})
}

func swapCounts(c moderation.Counts) moderation.Counts {
	c.OnlyFirst, c.OnlySecond = c.OnlySecond, c.OnlyFirst
	return c
}

// Moderating the readings the other way round swaps the sides of every
// count and gives the same kappas; each summary's kappa is Cohen's kappa
// of its Yes/No table.
func TestModerateSymmetricProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var first, second []record.Case
		for i := range rapid.IntRange(0, 6).Draw(t, "cases") {
			id := fmt.Sprintf("c%d", i)
			in := rapid.IntRange(0, 2).Draw(t, "in")
			if in != 2 {
				first = append(first, drawCase(t, id))
			}
			if in != 1 {
				second = append(second, drawCase(t, id))
			}
		}
		rules := judgement.DefaultRatingRules()
		ab, err := moderation.Moderate(nil, first, second, rules)
		if err != nil {
			t.Fatal(err)
		}
		ba, err := moderation.Moderate(nil, second, first, rules)
		if err != nil {
			t.Fatal(err)
		}
		if ab.Pairs != ba.Pairs || !cmp.Equal(ab.FirstOnly, ba.SecondOnly) || !cmp.Equal(ab.SecondOnly, ba.FirstOnly) {
			t.Fatalf("unpaired cases: %v %v / %v %v", ab.FirstOnly, ab.SecondOnly, ba.FirstOnly, ba.SecondOnly)
		}
		for i := range ab.Questions {
			if swapCounts(ab.Questions[i].Counts) != ba.Questions[i].Counts {
				t.Fatalf("%s: %+v against %+v", ab.Questions[i].Question, ab.Questions[i].Counts, ba.Questions[i].Counts)
			}
		}
		closeKappa := func(what string, x, y agreement.Kappa) {
			if x.Defined != y.Defined || x.Value-y.Value > 1e-9 || y.Value-x.Value > 1e-9 {
				t.Fatalf("%s: kappa %+v against %+v", what, x, y)
			}
		}
		for i, s := range ab.Summaries {
			o := ba.Summaries[i]
			if swapCounts(s.Counts) != o.Counts || s.YesNo[0][1] != o.YesNo[1][0] || s.YesNo[1][0] != o.YesNo[0][1] {
				t.Fatalf("%s: %+v against %+v", s.KeyQuestion, s, o)
			}
			closeKappa(string(s.KeyQuestion), s.Kappa, o.Kappa)
			// Cohen's kappa of the 2x2 table, worked out here.
			n := float64(s.YesNo[0][0] + s.YesNo[0][1] + s.YesNo[1][0] + s.YesNo[1][1])
			if n > 0 && s.Kappa.Defined {
				po := float64(s.YesNo[0][0]+s.YesNo[1][1]) / n
				pe := (float64(s.YesNo[0][0]+s.YesNo[0][1])*float64(s.YesNo[0][0]+s.YesNo[1][0]) +
					float64(s.YesNo[1][0]+s.YesNo[1][1])*float64(s.YesNo[0][1]+s.YesNo[1][1])) / (n * n)
				if k := (po - pe) / (1 - pe); k-s.Kappa.Value > 1e-9 || s.Kappa.Value-k > 1e-9 {
					t.Fatalf("%s: kappa %v, want %v from %v", s.KeyQuestion, s.Kappa.Value, k, s.YesNo)
				}
			}
		}
		for i, s := range ab.Scales {
			o := ba.Scales[i]
			if swapCounts(s.Counts) != o.Counts || s.SecondHigher != o.SecondLower || s.SecondLower != o.SecondHigher {
				t.Fatalf("%v: %+v against %+v", s.Scale, s, o)
			}
			closeKappa("kappa", s.Kappa, o.Kappa)
			closeKappa("linear", s.LinearKappa, o.LinearKappa)
			closeKappa("quadratic", s.QuadraticKappa, o.QuadraticKappa)
		}
	})
}
