package moderation

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/yjinspect/yjinspect/agreement"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

// Counts counts how the pairs of readings compare on one item (a question,
// a summary judgement, a level). Its fields appear, flattened, in the JSON
// of the types that hold it.
type Counts struct {
	// Compared is the number of pairs where at least one reading records
	// the item: Agree+Differ+OnlyFirst+OnlySecond. Pairs where neither does
	// are not counted.
	Compared int `json:"compared"`
	// Agree, Differ, OnlyFirst and OnlySecond count the pairs of each kind.
	Agree      int `json:"agree"`
	Differ     int `json:"differ"`
	OnlyFirst  int `json:"onlyFirst"`
	OnlySecond int `json:"onlySecond"`
	// Disputed is Differ+OnlyFirst+OnlySecond: the pairs that do not
	// agree.
	Disputed int `json:"disputed"`
	// Rate is the agreement rate, Agree/Compared, from 0 to 1; 0 when
	// Compared is 0.
	Rate float64 `json:"rate"`
}

func (c *Counts) add(k DifferenceKind) {
	switch k {
	case Agree:
		c.Agree++
	case Differ:
		c.Differ++
	case OnlyFirst:
		c.OnlyFirst++
	case OnlySecond:
		c.OnlySecond++
	default:
		return
	}
	c.Compared++
	if k != Agree {
		c.Disputed++
	}
}

func (c *Counts) finish() {
	if c.Compared > 0 {
		c.Rate = float64(c.Agree) / float64(c.Compared)
	}
}

// QuestionAgreement is how often the two readings answer one question
// alike.
type QuestionAgreement struct {
	// Question is the question's ID; guidance.For(Question) gives its
	// guidance. KeyQuestion is its key question ("" for the questions about
	// the child).
	Question    framework.ID `json:"question"`
	KeyQuestion framework.ID `json:"keyQuestion,omitempty"`
	Counts
}

// SummaryAgreement is how often the two readings reach the same summary
// judgement on one key question, each reading judged by judgement.Judge
// (so a rule of the source decides where it applies).
type SummaryAgreement struct {
	// KeyQuestion, Summary and Standard identify the key question, e.g.
	// "P2", "P2.S" and "2.2".
	KeyQuestion framework.ID `json:"keyQuestion"`
	Summary     framework.ID `json:"summary"`
	Standard    framework.ID `json:"standard"`
	// Counts compares the judgements (Yes, No or n/a); an undecided
	// summary counts as not recorded.
	Counts
	// YesNo counts the pairs judged Yes or No in both readings, rows by
	// the first reading and columns by the second, Yes first:
	// YesNo[0][0] both Yes, YesNo[0][1] first Yes and second No,
	// YesNo[1][0] first No and second Yes, YesNo[1][1] both No.
	YesNo [2][2]int `json:"yesNo"`
	// Kappa is Cohen's kappa over YesNo, by package agreement, with the
	// first reading as the first rater. It is the library's statistic, not
	// the CARaG's.
	Kappa agreement.Kappa `json:"kappa"`
}

// ScaleAgreement is how often the two readings give the inspector's level
// alike on one scale.
type ScaleAgreement struct {
	// Scale is the scale.
	Scale classification.Scale `json:"scale"`
	// Counts compares the inspector's levels.
	Counts
	// Matrix counts the pairs with a level in both readings:
	// Matrix[a-1][b-1] is the number where the first reading gives level
	// a and the second level b (Low to Very high).
	Matrix [4][4]int `json:"matrix"`
	// SecondHigher and SecondLower count the pairs where the second
	// reading's level is above or below the first's.
	SecondHigher int `json:"secondHigher"`
	SecondLower  int `json:"secondLower"`
	// Kappa is Cohen's unweighted kappa; LinearKappa and QuadraticKappa
	// the weighted kappas over the four levels, Low to Very high, all by
	// package agreement with the first reading as the first rater (the
	// kappas are the same either way round). They are the library's
	// statistics.
	Kappa          agreement.Kappa `json:"kappa"`
	LinearKappa    agreement.Kappa `json:"linearKappa"`
	QuadraticKappa agreement.Kappa `json:"quadraticKappa"`
}

// RatingEffect is one standard's rating from the first readings, from the
// second readings, and moderated.
type RatingEffect struct {
	// Standard and Name identify the standard, e.g. "2.1" and
	// "Assessment".
	Standard framework.ID `json:"standard"`
	Name     string       `json:"name,omitempty"`
	// First is the rating from every first reading; Second from the
	// second readings (of the cases read twice); Moderated from the second
	// reading where there is one and the first otherwise. Zero means not
	// rated (no case counted).
	First     judgement.Rating `json:"first,omitempty"`
	Second    judgement.Rating `json:"second,omitempty"`
	Moderated judgement.Rating `json:"moderated,omitempty"`
	// Changed reports whether Moderated differs from First.
	Changed bool `json:"changed"`
}

// Moderation is what Moderate makes of the first and second readings of an
// inspection's cases.
type Moderation struct {
	// Pairs is the number of cases read twice.
	Pairs int `json:"pairs"`
	// FirstOnly lists the cases with a first reading and no second (the
	// usual case where only a share is read again); SecondOnly the cases
	// with a second reading and no first, which are left out of everything
	// else. Both in the order given.
	FirstOnly  []string `json:"firstOnly,omitempty"`
	SecondOnly []string `json:"secondOnly,omitempty"`
	// Questions is the agreement on each question over the pairs, in
	// catalogue order.
	Questions []QuestionAgreement `json:"questions"`
	// Disputed lists the questions some pair disputes, most often disputed
	// first, ties in catalogue order.
	Disputed []QuestionAgreement `json:"disputed,omitempty"`
	// Summaries is the agreement on each key question's summary judgement,
	// in source order.
	Summaries []SummaryAgreement `json:"summaries"`
	// Scales is the agreement on the inspector's level on each scale,
	// safety and wellbeing first.
	Scales []ScaleAgreement `json:"scales"`
	// Ratings is the effect on each standard's rating, in source order.
	Ratings []RatingEffect `json:"ratings"`
	// First, Second and Moderated are what judgement.Rate makes of every
	// first reading, of the second readings of the pairs, and of the
	// moderated readings (the second where there is one, else the first):
	// the key-question tallies behind Ratings.
	First     judgement.Ratings `json:"first"`
	Second    judgement.Ratings `json:"second"`
	Moderated judgement.Ratings `json:"moderated"`
	// Cases holds the comparison of every pair that differs (see
	// Comparison.Agrees), in the order of the first readings.
	Cases []Comparison `json:"cases,omitempty"`
}

// Moderate compares the first and second readings of an inspection's cases,
// matched by case ID, against a catalogue (normally framework.DomainTwo();
// nil means that one). It gives the agreement on each question, each key
// question's summary judgement (with Cohen's kappa for Yes/No) and each
// scale's inspector's level (with weighted kappas, by package agreement);
// the questions most often disputed; each standard's rating from the first
// readings, the second, and moderated (the second reading where there is
// one, else the first), by judgement.Rate with the rules given; the cases
// with no partner, listed apart; and the comparison of every pair that
// differs (see Compare).
//
// The rating rules are not in the CARaG: pass judgement.DefaultRatingRules()
// for the inspectorate's published methodology, or rules of your own.
//
// Every pair counts in the agreement statistics, excluded cases too (whether
// a case is excluded may itself be disputed); judgement.Rate leaves excluded
// cases out of the ratings. It is an error for a case ID to be given twice in
// one set of readings, for a case to have no ID or an ID that breaks the ID
// rule (record.CheckID: IDs that differ only in white space at the end, say,
// are never taken for one case or for two), for an inspector's level to be
// out of range, and for the rules to be invalid. Moderate is pure and safe
// for concurrent use; it does not change or keep the cases.
func Moderate(f *framework.Framework, first, second []record.Case, rules judgement.RatingRules) (Moderation, error) {
	if _, err := judgement.Rate(nil, rules); err != nil { // checks the rules
		return Moderation{}, err
	}
	r := newReader(f)
	r.va, r.vb = make([]record.Value, len(r.ids)), make([]record.Value, len(r.ids))
	f = r.f
	if _, err := indexCases("first", first); err != nil {
		return Moderation{}, err
	}
	secondAt, err := indexCases("second", second)
	if err != nil {
		return Moderation{}, err
	}

	var m Moderation
	for _, q := range f.Questions() {
		m.Questions = append(m.Questions, QuestionAgreement{Question: q.ID, KeyQuestion: q.KeyQuestion})
	}
	for _, kq := range f.KeyQuestions() {
		if kq.Standard != "" {
			m.Summaries = append(m.Summaries, SummaryAgreement{KeyQuestion: kq.ID, Summary: kq.Summary, Standard: kq.Standard})
		}
	}
	for _, spec := range scaleSpecs {
		m.Scales = append(m.Scales, ScaleAgreement{Scale: spec.scale})
	}
	// The tables of agreement: each summary's Yes or No, and each scale's
	// inspector's level, the first reading first.
	var levels [2]*agreement.Table[classification.Level]
	for i := range levels {
		levels[i] = agreement.New(classification.Levels()...)
	}
	summaries := make([]*agreement.Table[record.Answer], len(m.Summaries))
	for k := range summaries {
		summaries[k] = agreement.New(record.Yes, record.No)
	}

	firstResults := make([]judgement.Result, len(first))
	var secondResults, moderated []judgement.Result
	paired := make([]bool, len(second))
	for i := range first {
		a := &first[i]
		ra := judgement.Judge(f, *a)
		firstResults[i] = ra
		j, ok := secondAt[a.ID]
		if !ok {
			m.FirstOnly = append(m.FirstOnly, a.ID)
			moderated = append(moderated, ra)
			continue
		}
		paired[j] = true
		b := &second[j]
		rb := judgement.Judge(f, *b)
		secondResults = append(secondResults, rb)
		moderated = append(moderated, rb)
		m.Pairs++

		r.load(a, b)
		c := r.compare(a, b, ra, rb)
		for q := range m.Questions {
			va, vb := r.va[q], r.vb[q]
			m.Questions[q].add(kindOf(va != record.Value{}, vb != record.Value{}, va == vb))
		}
		for k := range m.Summaries {
			s := &m.Summaries[k]
			ka, _ := keyResult(ra, s.KeyQuestion)
			kb, _ := keyResult(rb, s.KeyQuestion)
			s.add(kindOf(ka.Answer != 0, kb.Answer != 0, ka.Answer == kb.Answer))
			summaries[k].Add(ka.Answer, kb.Answer) // skipped unless both are Yes or No
		}
		for s, sc := range c.Scales {
			m.Scales[s].add(kindOf(sc.Inspector.First != 0, sc.Inspector.Second != 0, sc.Inspector.First == sc.Inspector.Second))
			levels[s].Add(sc.Inspector.First, sc.Inspector.Second)
		}
		if !c.Agrees() {
			m.Cases = append(m.Cases, c)
		}
	}
	for j, ok := range paired {
		if !ok {
			m.SecondOnly = append(m.SecondOnly, second[j].ID)
		}
	}

	for i := range m.Questions {
		m.Questions[i].finish()
		if m.Questions[i].Disputed > 0 {
			m.Disputed = append(m.Disputed, m.Questions[i])
		}
	}
	slices.SortStableFunc(m.Disputed, func(a, b QuestionAgreement) int { return cmp.Compare(b.Disputed, a.Disputed) })
	for k := range m.Summaries {
		s, t := &m.Summaries[k], summaries[k]
		s.finish()
		for i, a := range []record.Answer{record.Yes, record.No} {
			for j, b := range []record.Answer{record.Yes, record.No} {
				s.YesNo[i][j] = t.Count(a, b)
			}
		}
		s.Kappa = t.Kappa()
		if !s.Kappa.Defined {
			s.Kappa.Note = "chance agreement is 1: every pair has the same judgement in both readings"
			if t.Pairs() == 0 {
				s.Kappa.Note = "no pair is judged Yes or No in both readings"
			}
		}
	}
	for i := range m.Scales {
		m.Scales[i].finishScale(levels[i])
	}

	if m.First, err = judgement.Rate(firstResults, rules); err != nil {
		return Moderation{}, err
	}
	if m.Second, err = judgement.Rate(secondResults, rules); err != nil {
		return Moderation{}, err
	}
	if m.Moderated, err = judgement.Rate(moderated, rules); err != nil {
		return Moderation{}, err
	}
	// Rate lists the same standards, in source order, whatever it rates.
	for i, s := range m.First.Standards {
		e := RatingEffect{Standard: s.Standard, Name: s.Name, First: s.Rating,
			Second: m.Second.Standards[i].Rating, Moderated: m.Moderated.Standards[i].Rating}
		e.Changed = e.Moderated != e.First
		m.Ratings = append(m.Ratings, e)
	}
	return m, nil
}

// indexCases checks one set of readings and maps each case ID to its
// position.
func indexCases(reading string, cases []record.Case) (map[string]int, error) {
	at := make(map[string]int, len(cases))
	for i, c := range cases {
		if err := checkCase(reading, c); err != nil {
			return nil, err
		}
		if j, dup := at[c.ID]; dup {
			reason := fmt.Sprintf("is given twice (records %d and %d)", j+1, i+1)
			return nil, &InputError{Reading: reading, Case: c.ID, Reason: reason, msg: "moderation: " + reading + " readings: case " + enum.Quote(c.ID) + " " + reason}
		}
		at[c.ID] = i
	}
	return at, nil
}

// finishScale works out a scale's figures from its counts and its table
// of the pairs with a level in both readings.
func (out *ScaleAgreement) finishScale(t *agreement.Table[classification.Level]) {
	out.finish()
	for i, a := range classification.Levels() {
		for j, b := range classification.Levels() {
			out.Matrix[i][j] = t.Count(a, b)
		}
	}
	out.SecondHigher, out.SecondLower = t.FirstLower(), t.FirstHigher()
	out.Kappa, out.LinearKappa, out.QuadraticKappa = t.Kappa(), t.LinearKappa(), t.QuadraticKappa()
	for _, k := range []*agreement.Kappa{&out.Kappa, &out.LinearKappa, &out.QuadraticKappa} {
		if !k.Defined {
			k.Note = "chance agreement is 1: every pair has the same level in both readings"
			if t.Pairs() == 0 {
				k.Note = "no pair has the inspector's level in both readings"
			}
		}
	}
}

// keyResult returns the summary judgement of a key question in a result.
func keyResult(r judgement.Result, id framework.ID) (judgement.KeyResult, bool) {
	for _, k := range r.KeyResults {
		if k.KeyQuestion() == id {
			return k, true
		}
	}
	return judgement.KeyResult{}, false
}
