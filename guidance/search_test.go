package guidance

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/framework"
)

func ids(hits []Hit) []framework.ID {
	out := make([]framework.ID, len(hits))
	for i, h := range hits {
		out[i] = h.ID
	}
	return out
}

func TestSearchEveryWordMustMatch(t *testing.T) {
	hits := Search("county lines")
	require.Equal(t, []framework.ID{"A1.4"}, ids(hits))
	assert.Contains(t, hits[0].Excerpt, "county lines")
	assert.Equal(t, "Does assessment analyse the key structural barriers facing the child?", hits[0].Title)

	for _, h := range Search("custody restraint") {
		g, _ := For(h.ID)
		text := strings.ToLower(h.Title + " " + g)
		assert.Contains(t, text, "custody", h.ID)
		assert.Contains(t, text, "restraint", h.ID)
	}
	assert.Empty(t, Search("county xyzzy"))
}

func TestSearchPrefixOnLastWordOnly(t *testing.T) {
	// "contin" is a prefix of contingency, continuing, continuum...
	hits := Search("contin")
	require.NotEmpty(t, hits)
	got := ids(hits)
	assert.Contains(t, got, framework.ID("P2.4"))
	assert.Contains(t, got, framework.ID("A2.reasonable"), "continuum")
	// ...but an earlier word must match whole.
	assert.Empty(t, Search("contin planning"))
	assert.NotEmpty(t, Search("contingency plann"))
	// Prefix matching follows typing.
	for _, q := range []string{"s", "sa", "saf", "safe", "safeg", "safegu", "safeguarding"} {
		assert.NotEmpty(t, Search(q), q)
	}
}

func TestSearchRanking(t *testing.T) {
	// The contingency questions come first: the word is in their text.
	hits := Search("contingency")
	require.GreaterOrEqual(t, len(hits), 2)
	top := ids(hits[:2])
	assert.ElementsMatch(t, []framework.ID{"P2.4", "P3.5"}, top)
	for i := 1; i < len(hits); i++ {
		assert.GreaterOrEqual(t, hits[i-1].Score, hits[i].Score, "sorted by score")
	}
	// A whole word outranks a longer word it begins when all else is equal:
	// "victim" as typed ranks victim-heavy guidance first.
	v := Search("victims")
	require.NotEmpty(t, v)
	assert.Contains(t, []framework.ID{"P3.3", "D3.2", "A1.6", "P1.5"}, v[0].ID)
}

func TestSearchCaseAndPossessive(t *testing.T) {
	a := ids(Search("AssetPlus"))
	b := ids(Search("assetplus"))
	require.NotEmpty(t, a)
	assert.Equal(t, a, b)
	assert.Equal(t, ids(Search("child’s lived experience")), ids(Search("child's lived experience")))
	assert.NotEmpty(t, Search("child's lived experience"))
}

func TestSearchNothing(t *testing.T) {
	for _, q := range []string{"", "   ", "…", "!!", "\xff\xfe"} {
		assert.Nil(t, Search(q), "%q", q)
	}
	assert.Nil(t, Search("zzzzzz"))
	// A long query is bounded, not an error.
	assert.NotPanics(t, func() { Search(strings.Repeat("risk ", 10000)) })
}

func TestSearchByID(t *testing.T) {
	hits := Search("A 2.5")
	require.Len(t, hits, 1)
	assert.Equal(t, framework.ID("A2.5"), hits[0].ID)
	assert.True(t, strings.HasPrefix(hits[0].Excerpt, "Every case should have a classification of safety and wellbeing"))
}

func TestExcerpt(t *testing.T) {
	body := strings.Repeat("word ", 100)
	e := excerpt(body, 250)
	assert.True(t, strings.HasPrefix(e, "…word"))
	assert.True(t, strings.HasSuffix(e, "word…"))
	assert.Less(t, len(e), before+after+20)
	assert.Equal(t, "short text", excerpt("short text", 0))
	assert.Equal(t, "", excerpt("", 3))
	assert.Equal(t, "a b c", excerpt("a b c", -1))
}

func TestTokenize(t *testing.T) {
	var got []string
	tokenize("The child’s views; parents' Views, self-efficacy A1.1 O’Neill", func(tok string, off int) { got = append(got, tok) })
	assert.Equal(t, []string{"the", "child", "views", "parents", "views", "self", "efficacy", "a1", "1", "o", "neill"}, got)
}

func BenchmarkSearch(b *testing.B) {
	for _, bm := range []struct{ name, q string }{
		{"1word", "contingency"},
		{"1prefix", "safeg"},
		{"2words", "risk harm"},
		{"3words", "child's lived exper"},
		{"common", "the"},
	} {
		b.Run(bm.name, func(b *testing.B) {
			Search(bm.q) // build the index outside the timing
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if len(Search(bm.q)) == 0 {
					b.Fatal("no hits")
				}
			}
		})
	}
}
