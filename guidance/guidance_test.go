package guidance

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/carag"
)

func TestEveryQuestionAndKeyQuestionHasGuidance(t *testing.T) {
	f := framework.DomainTwo()
	n := 0
	for _, q := range f.Questions() {
		g, ok := For(q.ID)
		require.True(t, ok, q.ID)
		require.NotEmpty(t, g, q.ID)
		n++
	}
	for _, kq := range f.KeyQuestions() {
		g, ok := For(kq.ID)
		require.True(t, ok, kq.ID)
		require.NotEmpty(t, g, kq.ID)
		n++
	}
	assert.Equal(t, 104, n)
	assert.Len(t, guidedIDs(), 104)
	assert.Equal(t, framework.ID("I1.1"), guidedIDs()[0])
	assert.Equal(t, framework.ID("A1"), guidedIDs()[8])
	assert.Equal(t, framework.ID("A1.1"), guidedIDs()[9])
}

// TestAllGuidanceReachable checks, through the public API, that every
// paragraph of the catalogue data is returned by For or Introduction. (The
// data itself is checked word for word against the source in
// internal/carag.)
func TestAllGuidanceReachable(t *testing.T) {
	d, _, err := carag.Embedded()
	require.NoError(t, err)
	for _, q := range d.Questions {
		got, ok := For(framework.ID(q.ID))
		require.True(t, ok)
		assert.Equal(t, strings.Join(q.Guidance, "\n\n"), got, q.ID)
	}
	for _, kq := range d.KeyQuestions {
		got, ok := For(framework.ID(kq.ID))
		require.True(t, ok)
		assert.Equal(t, strings.Join(kq.Guidance, "\n\n"), got, kq.ID)
	}
	intro := Introduction()
	for _, p := range d.Introduction {
		assert.Contains(t, intro, p)
	}
	for _, e := range d.Key.Entries {
		assert.Contains(t, intro, e.Example)
		assert.Contains(t, intro, e.Format)
		for _, r := range e.Represents {
			assert.Contains(t, intro, r)
		}
	}
}

func TestSpotChecks(t *testing.T) {
	tests := []struct {
		id    framework.ID
		paras []string
	}{
		{"I1.6", []string{"We expect to see evidence of the YOT discussing with the child what is their preferred language, and for that to be accurately recorded on case records."}},
		{"A1.agencies", []string{
			"We expect to see a check with children’s social care and any education provider. The YOT should seek additional information from other partner or voluntary organisations that know the child, such as youth workers or support workers. If the child is looked after, the YOT should obtain information from the child’s social worker.",
			"Past assessments, where available, should be taken into account.",
			"For children in custody, assessment should seek relevant information from the institution, including any specialist services such as psychology or intervention teams.",
		}},
		{"P2.S", []string{
			"Inspectors will judge whether the overall quality of planning meets the child’s safety and wellbeing needs and the nature of the sentence. Sufficient planning for a first referral order may be less detailed than planning for a youth rehabilitation order or licence. Inspectors will consider the nature of nature of the offence and the characteristics of the child.",
			"Sufficient planning will enable the right measures to be put in place to keep the child safe. We are not looking for perfection, but for sufficient planning to address the important factors for the nature of the case.",
			"Where there are deficits, inspectors will consider their impact in the context of the case. So, in some circumstances a particular omission may be enough to lead to a judgement of insufficient.",
			"Where there are no factors related to keeping the child safe, inspectors will answer ‘Yes’.",
		}},
		{"D3.2", []string{
			"Where a specific victim has been identified, interventions delivered should contribute to keeping that victim safe. If the victim will be made safer by restorative work, or victim awareness intervention, this should be considered.",
			"We expect to see a response to any reasonable wishes from victims in connection with youth conditional caution requirements. There should be regular liaison with the victim worker if involved. There should be evidence that the YOT has considered the protection of any actual or potential victim, irrespective of whether the victim has engaged in a restorative intervention. If no services were delivered due to the non-engagement of the child, inspectors will make a judgement on the level of effort the YOT has made to deliver appropriate services.",
			"Effective delivery would also include active monitoring (or, where relevant, enforcement) of any licence conditions or other restricted activities through engagement with the YOT police officer.",
			"In custody cases, where there is a victim eligible for statutory victim contact, inspectors will expect a referral to be made to the National Probation Service.",
		}},
		{"R2", []string{
			"Reviewing is an ongoing process. Recognises and responds to any changes in the child’s safety and wellbeing. Written reviews may form part of the reviewing process.",
			"In cases where the child has received a custodial sentence, we expect the YOT to meet all our standards for reviewing during the custodial and post-release phases of the sentence.",
		}},
		{"O2.1", []string{"We expect the YOT partnership to ensure that sufficient services are in place to support desistance. The services may be provided internally by the YOT, by partner agencies, or by other organisations (on a commissioned or non-commissioned basis)."}},
	}
	for _, tt := range tests {
		t.Run(string(tt.id), func(t *testing.T) {
			got, ok := Paragraphs(tt.id)
			require.True(t, ok)
			assert.Equal(t, tt.paras, got)
			s, _ := For(tt.id)
			assert.Equal(t, strings.Join(tt.paras, "\n\n"), s)
		})
	}
}

func TestListsStayLists(t *testing.T) {
	a25, _ := Paragraphs("A2.5")
	require.Len(t, a25, 3)
	assert.Equal(t, "There are four classifications:", a25[1])
	assert.Equal(t, strings.Join([]string{
		"• Low – no specific behaviours, events or people likely to cause an adverse outcome",
		"• Medium – some risk of safety and wellbeing concerns have been identified, but they are unlikely to cause serious safety and wellbeing adverse outcomes unless circumstances change",
		"• High – high risk that a potential negative safety and wellbeing outcome will occur, and the impact could be serious",
		"• Very high – the negative safety and wellbeing concern could happen immediately, and the impact will be serious.",
	}, "\n"), a25[2])

	a31, _ := For("A3.1")
	assert.Contains(t, a31, "• dynamic risk factors (which may be acute or stable):\n  − acute dynamic risk factors are those that have the potential to change quickly, such as substance misuse\n  − stable dynamic risk factors are those that may change over a longer period, such as problem-solving capability or response to trauma\n• strengths of the child")
	assert.Contains(t, a31, "• notes of any internal risk management meeting\n• interview with the case manager.")

	a34, _ := For("A3.4")
	assert.Contains(t, a34, "• Very high – the risk of serious harm concern could happen imminently, and the impact would be serious. Case will need increased case supervision.")
}

func TestPDFArtefactsCleaned(t *testing.T) {
	// Page 16 fell inside A3.2, page 25 inside P2.3, page 33 inside D1.4.
	for _, id := range []framework.ID{"A3.2", "P2.3", "D1.4"} {
		g, _ := For(id)
		for _, line := range strings.Split(g, "\n") {
			assert.NotRegexp(t, `^\s*\d+\s*$`, line, id)
		}
	}
	p23, _ := For("P2.3")
	assert.Contains(t, p23, "In some cases, very few or no safety and wellbeing interventions may be required.\n\nFor children in custody, planning should consider any controls provided by the custodial setting")
	// A sentence split across a blank line is one sentence again.
	d32, _ := For("D3.2")
	assert.Contains(t, d32, "inspectors will expect a referral to be made")
	// Line-end hyphens of compounds are kept, with no space.
	a34, _ := For("A3.4")
	assert.Contains(t, a34, "problem-solving ability")
	d14, _ := For("D1.4")
	assert.Contains(t, d14, "pro-social modelling")
	assert.Contains(t, d14, "included in pre-release planning")
}

func TestForAcceptsPrintedIDs(t *testing.T) {
	want, ok := For("A1.S")
	require.True(t, ok)
	for _, id := range []framework.ID{"A 1 S", "a1.s", " A1 S "} {
		got, ok := For(id)
		require.True(t, ok, id)
		assert.Equal(t, want, got)
	}
	for _, id := range []framework.ID{"", "A1.2", "Z9", "2.1", "junk!", "A9.S"} {
		_, ok := For(id)
		assert.False(t, ok, id)
		_, ok = Paragraphs(id)
		assert.False(t, ok, id)
	}
}

func TestIntroduction(t *testing.T) {
	intro := Introduction()
	assert.True(t, strings.HasPrefix(intro, "Domain two standards, questions and prompts are supported by the domain two case assessment rules and guidance (CARaGs)."))
	assert.Contains(t, intro, "\n\nKey:\n\n")
	assert.Contains(t, intro, "Example Question format: Is there a clear, written record of the assessment of the child’s desistance? (Light grey background)\nRepresents: An information question, asked to provide additional background information about the case, but less strongly linked to summary judgement questions.")
}

func TestImmutable(t *testing.T) {
	p, _ := Paragraphs("A1.1")
	p[0] = "changed"
	ids := guidedIDs()
	ids[0] = "changed"
	hits := Search("contingency")
	hits[0].Excerpt = "changed"
	again, _ := Paragraphs("A1.1")
	assert.NotEqual(t, "changed", again[0])
	assert.Equal(t, framework.ID("I1.1"), guidedIDs()[0])
	assert.NotEqual(t, "changed", Search("contingency")[0].Excerpt)
}

func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				_, _ = For("A2.5")
				p, _ := Paragraphs("P3.4")
				p[0] = fmt.Sprint(g)
				_ = Search("risk of ser")
				_ = Introduction()
			}
		}(g)
	}
	wg.Wait()
	p, _ := Paragraphs("P3.4")
	assert.True(t, strings.HasPrefix(p[0], "Planning should promote"))
}
