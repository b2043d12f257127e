package guidance

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateSearchDigest = flag.Bool("update-search-digest", false, "rewrite testdata/search.digest from the current Search")

const searchDigestFile = "testdata/search.digest"

// digestQueries are every word of the index, as a word and as each of its
// prefixes, and pairs and triples of words, so that the digest covers
// every term's hits, every prefix range and every way of narrowing one.
func digestQueries() []string {
	terms := load().index.terms
	seen := map[string]bool{}
	var out []string
	add := func(q string) {
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	for _, t := range terms {
		for n := 1; n <= len(t); n++ {
			add(t[:n])
		}
	}
	for i, t := range terms {
		add(terms[(i*7)%len(terms)] + " " + t)
		add(terms[(i*13)%len(terms)] + " " + terms[(i*31)%len(terms)] + " " + t[:1+len(t)/2])
	}
	for _, q := range []string{"the", "the child", "of the", "and", "to", "a", "child", "risk", "risk harm", "child's lived exper", "A 2.5", "a2.5", "a1", "contingency plann", "the and of to"} {
		add(q)
	}
	return out
}

// searchDigest is the SHA-256 of every hit of every digest query: its ID,
// title, excerpt and the exact bits of its score, in order.
func searchDigest() (string, int) {
	h := sha256.New()
	queries := digestQueries()
	for _, q := range queries {
		fmt.Fprintf(h, "%q\n", q)
		for _, hit := range Search(q) {
			fmt.Fprintf(h, "%s\t%q\t%q\t%x\n", hit.ID, hit.Title, hit.Excerpt, math.Float64bits(hit.Score))
		}
	}
	return hex.EncodeToString(h.Sum(nil)), len(queries)
}

// TestSearchDigest pins every result of Search, scores to the bit, over
// every word of the guidance and its prefixes and combinations of words,
// so that work on Search's speed cannot change what it finds or how it
// ranks it. If the results change on purpose, rewrite the digest with
//
//	go test ./guidance -run TestSearchDigest -update-search-digest
func TestSearchDigest(t *testing.T) {
	got, n := searchDigest()
	require.Greater(t, n, 5000, "the queries cover the index")
	if *updateSearchDigest {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(searchDigestFile, []byte(got+"\n"), 0o644))
		return
	}
	want, err := os.ReadFile(searchDigestFile)
	require.NoError(t, err)
	assert.Equal(t, strings.TrimSpace(string(want)), got,
		"Search's results differ from those pinned in %s; if that is on purpose, run with -update-search-digest", searchDigestFile)
}
