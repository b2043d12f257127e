package framework

import (
	"fmt"
	"slices"
	"sync"

	"github.com/yjinspect/yjinspect/internal/carag"
)

// Question is one inspection question.
type Question struct {
	// ID is the canonical ID, e.g. "A1.1", "A1.S" or "A1.diversity".
	ID ID
	// Number is the number as the source prints it ("A 1.1", "A 1 S"), or ""
	// when the source prints none.
	Number string
	// Text is the question in the source's words.
	Text string
	// Kind says whether the question is a prompt, an information question
	// or the summary judgement.
	Kind Kind
	// KindInferred is true when Kind was assigned by the catalogue's rule
	// rather than shown by the source's key (see the package doc).
	KindInferred bool
	// Answer is the kind of answer the question takes.
	Answer AnswerKind
	// KeyQuestion is the key question the question belongs to; "" for the
	// questions about the child (I1.*).
	KeyQuestion ID
	// Section is the source's section heading: "Information about the child",
	// "Assessment", "Planning", "Implementation and delivery", "Reviewing" or
	// "Case manager interview".
	Section string
}

// KeyQuestion is a key question: a heading of the source with its questions.
type KeyQuestion struct {
	// ID is the canonical ID, e.g. "A1" or "O2".
	ID ID
	// Number is the number as the source prints it, e.g. "A 1".
	Number string
	// Standard is the standard the key question answers ("2.1" to "2.4"), or
	// "" for the case manager interview (O2).
	Standard ID
	// Area is what the key question is about; zero for O2. (Its phase of
	// work is its standard.)
	Area Area
	// Section is the source's section heading.
	Section string
	// Text is the key question in the source's words.
	Text string
	// Questions are the key question's questions in source order, its
	// summary judgement included.
	Questions []ID
	// Summary is the summary judgement question, or "" (O2 has none).
	Summary ID
}

// Standard is one of the four standards of domain two.
type Standard struct {
	// ID is "2.1", "2.2", "2.3" or "2.4".
	ID ID
	// Name is the standard's name: "Assessment", "Planning",
	// "Implementation and delivery" or "Reviewing".
	Name string
	// KeyQuestions are the standard's key questions in source order.
	KeyQuestions []ID
}

// Framework is a catalogue of standards, key questions and questions. Use
// DomainTwo for the embedded catalogue; a Framework is read-only and safe for
// concurrent use. The methods of a nil *Framework return nothing.
type Framework struct {
	title     string
	publisher string
	digest    string
	questions []Question
	qIndex    map[ID]int
	kqs       []KeyQuestion
	kqIndex   map[ID]int
	standards []Standard
	sIndex    map[ID]int
}

var domainTwo = sync.OnceValue(func() *Framework {
	doc, digest, err := carag.Embedded()
	if err != nil {
		// The embedded data is part of the library and tested; this cannot
		// happen in a released build.
		panic(err)
	}
	f, err := build(doc, digest)
	if err != nil {
		panic(err)
	}
	return f
})

// DomainTwo returns the catalogue of domain two (court disposals), embedded in
// the library. Every call returns the same read-only *Framework.
func DomainTwo() *Framework { return domainTwo() }

// Parse decodes a catalogue in the JSON form of the embedded one (see
// CatalogueJSON) and checks its integrity. It lets a caller load a later
// edition without a new release of the library; Version tells the two apart.
// A catalogue that decodes but fails the checks gives every problem found,
// each a *ValidationError, joined with errors.Join (see ValidationError); a
// kind, answer kind or area the library does not know gives a *ParseError,
// wrapped; JSON that does not decode gives the encoding/json error, wrapped.
func Parse(data []byte) (*Framework, error) {
	doc, err := carag.Parse(data)
	if err != nil {
		return nil, err
	}
	f, err := build(doc, carag.Digest(data))
	if err != nil {
		return nil, err
	}
	if err := f.validate(); err != nil {
		return nil, err
	}
	return f, nil
}

// CatalogueJSON returns a copy of the embedded catalogue data: every standard,
// key question and question with its guidance, in source order. Front ends
// can serve it as it is.
func CatalogueJSON() []byte { return carag.Data() }

// build turns a decoded document into a Framework without checking its
// integrity. It fails only on values that cannot be represented (an unknown
// kind name, say).
func build(doc *carag.Document, digest string) (*Framework, error) {
	f := &Framework{
		title:     doc.Title,
		publisher: doc.Publisher,
		digest:    digest,
		qIndex:    make(map[ID]int, len(doc.Questions)),
		kqIndex:   make(map[ID]int, len(doc.KeyQuestions)),
		sIndex:    make(map[ID]int, len(doc.Standards)),
	}
	// The source's key to question formats is published as text by
	// guidance.Introduction and as data by CatalogueJSON; here its kinds
	// are checked.
	for _, e := range doc.Key.Entries {
		var k Kind
		if err := k.UnmarshalText([]byte(e.Kind)); err != nil {
			return nil, fmt.Errorf("framework: key entry %q: %w", e.Format, err)
		}
	}
	for _, s := range doc.Standards {
		id := ID(s.ID)
		if _, dup := f.sIndex[id]; !dup {
			f.sIndex[id] = len(f.standards)
		}
		f.standards = append(f.standards, Standard{ID: id, Name: s.Name})
	}
	for _, k := range doc.KeyQuestions {
		kq := KeyQuestion{ID: ID(k.ID), Number: k.Number, Standard: ID(k.Standard), Section: k.Section, Text: k.Text}
		if err := kq.Area.UnmarshalText([]byte(k.Area)); err != nil {
			return nil, fmt.Errorf("framework: key question %s: area: %w", k.ID, err)
		}
		if _, dup := f.kqIndex[kq.ID]; !dup {
			f.kqIndex[kq.ID] = len(f.kqs)
		}
		f.kqs = append(f.kqs, kq)
		if i, ok := f.sIndex[kq.Standard]; ok {
			f.standards[i].KeyQuestions = append(f.standards[i].KeyQuestions, kq.ID)
		}
	}
	for _, q := range doc.Questions {
		qq := Question{ID: ID(q.ID), Number: q.Number, Text: q.Text, KindInferred: q.KindInferred, KeyQuestion: ID(q.KeyQuestion), Section: q.Section}
		if err := qq.Kind.UnmarshalText([]byte(q.Kind)); err != nil {
			return nil, fmt.Errorf("framework: question %s: kind: %w", q.ID, err)
		}
		if err := qq.Answer.UnmarshalText([]byte(q.Answer)); err != nil {
			return nil, fmt.Errorf("framework: question %s: answer: %w", q.ID, err)
		}
		if _, dup := f.qIndex[qq.ID]; !dup {
			f.qIndex[qq.ID] = len(f.questions)
		}
		f.questions = append(f.questions, qq)
		if i, ok := f.kqIndex[qq.KeyQuestion]; ok {
			f.kqs[i].Questions = append(f.kqs[i].Questions, qq.ID)
			if qq.Kind == Summary && f.kqs[i].Summary == "" {
				f.kqs[i].Summary = qq.ID
			}
		}
	}
	return f, nil
}

// Version identifies what the catalogue encodes. The source does not print an
// edition number, so none is invented: the version names the document
// (domain two, court disposals) and carries the SHA-256 digest of the
// catalogue data, so that two catalogues can be told apart and a caller can
// pin one, e.g.
//
//	HM Inspectorate of Probation, Domain two case assessment rules and guidance (CARaG): court disposals; catalogue sha256:3f1c…
func (f *Framework) Version() string {
	if f == nil {
		return ""
	}
	return f.publisher + ", " + f.title + "; catalogue sha256:" + f.digest
}

// Questions returns every question in source order: the questions about the
// child, the questions of each key question (its summary judgement last), and
// the case manager interview. The slice is the caller's own.
func (f *Framework) Questions() []Question {
	if f == nil {
		return nil
	}
	return slices.Clone(f.questions)
}

// Question looks a question up by its canonical ID (see ParseID).
func (f *Framework) Question(id ID) (Question, bool) {
	if f == nil {
		return Question{}, false
	}
	i, ok := f.qIndex[id]
	if !ok {
		return Question{}, false
	}
	return f.questions[i], true
}

// KeyQuestions returns the 13 key questions in source order: A1-A3, P1-P3,
// D1-D3, R1-R3 and O2. The slices are the caller's own.
func (f *Framework) KeyQuestions() []KeyQuestion {
	if f == nil {
		return nil
	}
	out := make([]KeyQuestion, len(f.kqs))
	for i, kq := range f.kqs {
		out[i] = kq.clone()
	}
	return out
}

// KeyQuestion looks a key question up by its canonical ID.
func (f *Framework) KeyQuestion(id ID) (KeyQuestion, bool) {
	if f == nil {
		return KeyQuestion{}, false
	}
	i, ok := f.kqIndex[id]
	if !ok {
		return KeyQuestion{}, false
	}
	return f.kqs[i].clone(), true
}

// QuestionsOf returns the questions of a key question in source order, or nil
// when there is no such key question.
func (f *Framework) QuestionsOf(id ID) []Question {
	if f == nil {
		return nil
	}
	i, ok := f.kqIndex[id]
	if !ok {
		return nil
	}
	out := make([]Question, 0, len(f.kqs[i].Questions))
	for _, qid := range f.kqs[i].Questions {
		out = append(out, f.questions[f.qIndex[qid]])
	}
	return out
}

// Standards returns the four standards, 2.1 to 2.4. The slices are the
// caller's own.
func (f *Framework) Standards() []Standard {
	if f == nil {
		return nil
	}
	out := make([]Standard, len(f.standards))
	for i, s := range f.standards {
		out[i] = s.clone()
	}
	return out
}

func (kq KeyQuestion) clone() KeyQuestion {
	kq.Questions = slices.Clone(kq.Questions)
	return kq
}

func (s Standard) clone() Standard {
	s.KeyQuestions = slices.Clone(s.KeyQuestions)
	return s
}
