package guidance

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/framework"
)

// update rewrites the golden hits of testdata/search (go generate
// ./guidance passes it).
var update = flag.Bool("update", false, "rewrite testdata/search/hits.jsonl from the current Search")

// The golden searches: testdata/search/queries.txt holds the queries, one a
// line (made once from the words of the index, their prefixes, pairs and
// triples of words, and a few by hand), and testdata/search/hits.jsonl
// every hit of each, one a line, in rank order, scores to the bit.
const (
	goldenQueriesFile = "testdata/search/queries.txt"
	goldenHitsFile    = "testdata/search/hits.jsonl"
)

// goldenHit is one line of the golden hits.
type goldenHit struct {
	Query   string       `json:"query"`
	Rank    int          `json:"rank"`
	ID      framework.ID `json:"id"`
	Score   float64      `json:"score"`
	Title   string       `json:"title"`
	Excerpt string       `json:"excerpt"`
}

// TestSearchGolden runs every golden query and compares its hits, rank by
// rank, with those of the golden file, so that work on Search's speed
// cannot change what it finds or how it ranks it. If the results change on
// purpose, rewrite them with go generate ./guidance and review the diff.
func TestSearchGolden(t *testing.T) {
	b, err := os.ReadFile(goldenQueriesFile)
	require.NoError(t, err)
	queries := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	require.Greater(t, len(queries), 300)

	if *update {
		var out bytes.Buffer
		for _, q := range queries {
			for i, h := range Search(q) {
				line, err := json.Marshal(goldenHit{q, i + 1, h.ID, h.Score, h.Title, h.Excerpt})
				require.NoError(t, err)
				out.Write(line)
				out.WriteByte('\n')
			}
		}
		require.NoError(t, os.WriteFile(goldenHitsFile, out.Bytes(), 0o644))
	}

	f, err := os.Open(goldenHitsFile)
	require.NoError(t, err, "no golden hits: run go generate ./guidance and review them")
	defer f.Close()
	want := map[string][]Hit{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var g goldenHit
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		require.NoError(t, dec.Decode(&g), "%s line %d", goldenHitsFile, n)
		require.Equal(t, len(want[g.Query])+1, g.Rank, "%s line %d: ranks in order", goldenHitsFile, n)
		want[g.Query] = append(want[g.Query], Hit{ID: g.ID, Title: g.Title, Excerpt: g.Excerpt, Score: g.Score})
	}
	require.NoError(t, sc.Err())

	hits := 0
	for _, q := range queries {
		got := Search(q)
		hits += len(got)
		if d := cmp.Diff(want[q], got, cmpopts.EquateEmpty()); d != "" {
			t.Errorf("Search(%q) differs from %s (-want +got):\n%s", q, goldenHitsFile, d)
		}
		delete(want, q)
	}
	require.Empty(t, want, "%s has hits for queries %s does not hold", goldenHitsFile, goldenQueriesFile)
	require.Greater(t, hits, 1000, "the queries find something")
}
