package classification

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConcernsOrderAndNames(t *testing.T) {
	want := []struct {
		c    Concern
		text string
		str  string
	}{
		{Weapons, "weapons", "carrying knives or other weapons"},
		{DrugPossession, "drug-possession", "illegal drug possession"},
		{SubstanceMisuse, "substance-misuse", "drug and alcohol misuse"},
		{AdversityAndTrauma, "adversity-trauma", "adversity and trauma"},
		{CareExperience, "care-experience", "care experience"},
		{CriminalExploitation, "criminal-exploitation", "criminal exploitation, including county lines"},
		{MentalHealth, "mental-health", "mental health issues"},
		{DomesticAbuse, "domestic-abuse", "domestic abuse"},
		{FamilyIssues, "family-issues", "family issues"},
		{NegativePeers, "negative-peers", "negative peer influences"},
	}
	got := Concerns()
	require.Len(t, got, len(want))
	for i, w := range want {
		assert.Equal(t, w.c, got[i])
		assert.Equal(t, w.text, w.c.String())
		assert.Equal(t, w.str, w.c.Label())
		b, err := w.c.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, w.text, string(b))
		for _, in := range []string{w.text, w.str, strings.ToUpper(w.str)} {
			p, err := ParseConcern(in)
			require.NoError(t, err, in)
			assert.Equal(t, w.c, p, in)
		}
	}
	got[0] = 0
	assert.Equal(t, Weapons, Concerns()[0], "fresh slice")
}

func TestDeficitsOrderAndNames(t *testing.T) {
	want := []struct {
		d    Deficit
		text string
	}{
		{RoSHUnderstanding, "rosh-understanding"},
		{IncompleteRisk, "incomplete-risk"},
		{PartnerInformation, "partner-information"},
		{OverOptimism, "over-optimism"},
		{AcceptingAccount, "accepting-account"},
		{OutOfDate, "out-of-date"},
		{FutureRisk, "future-risk"},
	}
	got := Deficits()
	require.Len(t, got, len(want))
	for i, w := range want {
		assert.Equal(t, w.d, got[i])
		b, err := w.d.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, w.text, string(b))
		p, err := ParseDeficit(w.d.Label())
		require.NoError(t, err)
		assert.Equal(t, w.d, p)
	}
	// The post's typographic apostrophe, and an ASCII one accepted.
	assert.Equal(t, "accepting the child\u2019s account without seeking further information or enacting professional curiosity", AcceptingAccount.Label())
	p, err := ParseDeficit("Accepting the child's account without seeking further information or enacting professional curiosity")
	require.NoError(t, err)
	assert.Equal(t, AcceptingAccount, p)
	got[0] = 0
	assert.Equal(t, RoSHUnderstanding, Deficits()[0], "fresh slice")
}

func TestConcernsAndDeficitsInSource(t *testing.T) {
	text := sourceText(t, bulletinPath)
	for i, c := range Concerns() {
		// Numbered list "1. carrying knives ..."; the last item ends the
		// list with a full stop.
		assert.Contains(t, text, " "+strconv.Itoa(i+1)+". "+c.Label(), c.Label())
	}
	for _, d := range Deficits() {
		assert.Contains(t, text, "• "+d.Label(), d.Label())
	}
}
