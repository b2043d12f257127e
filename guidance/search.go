package guidance

// The golden hits of testdata/search are rewritten from Search with:
//
//go:generate go test -run ^TestSearchGolden$ -update

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yjinspect/yjinspect/framework"
)

// Hit is one result of Search.
type Hit struct {
	// ID is the question or key question the guidance belongs to.
	ID framework.ID
	// Title is the question or key-question text.
	Title string
	// Excerpt is a stretch of the guidance around the first match (or the
	// start of the guidance when only the title matched), cut at word
	// boundaries, with "…" where it was cut.
	Excerpt string
	// Score is the relevance; higher is better. Scores compare hits of one
	// search only.
	Score float64
}

// Search finds the questions and key questions whose text or guidance
// contains every word of the query, ignoring case, and returns them ranked by
// relevance (ties in source order). The last word matches as a prefix, so
// that the results follow someone typing: "contin" already finds
// "contingency". Words are runs of letters and digits; a possessive "’s" is
// dropped, so "child's" finds "child’s". A query with no words gives no hits.
//
// Relevance weighs each query word by its rarity across the catalogue and by
// how often it occurs, counting a match in the question text three times as
// much as one in the guidance; a prefix that is a whole word counts more than
// a longer word it begins.
//
// Search is fast enough to call on every keystroke (see BenchmarkSearch) and
// safe for concurrent use.
func Search(query string) []Hit {
	t := load()
	if id, err := framework.ParseID(query); err == nil {
		if i, ok := t.byID[id]; ok {
			d := &t.docs[i]
			return []Hit{{ID: d.id, Title: d.title, Excerpt: excerpt(d.flat, 0), Score: 1}}
		}
	}
	return t.index.search(query, t.docs)
}

// posting records one term's occurrences in one document.
type posting struct {
	doc       int32
	titleTF   uint16
	bodyTF    uint16
	bodyFirst int32 // byte offset of the first occurrence in the body, or -1
}

type searchIndex struct {
	terms    []string    // sorted
	postings [][]posting // postings[i] for terms[i], by document
	idf      []float64   // idf[i] for terms[i]
}

func buildIndex(docs []doc) searchIndex {
	type key struct {
		term string
		doc  int
	}
	acc := map[key]*posting{}
	var order []key
	for i, d := range docs {
		visit := func(s string, title bool) {
			tokenize(s, func(tok string, off int) {
				k := key{tok, i}
				p, ok := acc[k]
				if !ok {
					p = &posting{doc: int32(i), bodyFirst: -1}
					acc[k] = p
					order = append(order, k)
				}
				if title {
					p.titleTF++
				} else {
					p.bodyTF++
					if p.bodyFirst < 0 {
						p.bodyFirst = int32(off)
					}
				}
			})
		}
		visit(d.title, true)
		visit(d.flat, false)
	}
	byTerm := map[string][]posting{}
	for _, k := range order {
		byTerm[k.term] = append(byTerm[k.term], *acc[k])
	}
	var ix searchIndex
	for term := range byTerm {
		ix.terms = append(ix.terms, term)
	}
	sort.Strings(ix.terms)
	n := float64(len(docs))
	for _, term := range ix.terms {
		ps := byTerm[term]
		ix.postings = append(ix.postings, ps)
		ix.idf = append(ix.idf, math.Log(1+n/float64(len(ps))))
	}
	return ix
}

// tokenize calls emit for every word of s, lower-cased, with its byte offset.
func tokenize(s string, emit func(tok string, off int)) {
	var buf []byte
	start := -1
	flush := func() {
		if start >= 0 {
			emit(string(buf), start)
		}
		buf, start = buf[:0], -1
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		case (r == '\'' || r == '’') && start >= 0:
			// A possessive "’s" ends the word and is dropped; any other
			// apostrophe just ends the word.
			if j := i + size; j < len(s) && (s[j] == 's' || s[j] == 'S') {
				if k := j + 1; k == len(s) || !isWordRune(s[k:]) {
					flush()
					i = k
					continue
				}
			}
			flush()
		default:
			flush()
		}
		i += size
	}
	flush()
}

func isWordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// maxQueryWords bounds the work one query can ask for.
const maxQueryWords = 16

func (ix *searchIndex) search(query string, docs []doc) []Hit {
	var words []string
	tokenize(query, func(tok string, _ int) {
		if len(words) < maxQueryWords {
			words = append(words, tok)
		}
	})
	if len(words) == 0 || len(docs) == 0 {
		return nil
	}
	n := len(docs)
	var (
		scoreBuf [256]float64
		countBuf [256]uint8
		offBuf   [256]int32
	)
	score, count, off := scoreBuf[:0], countBuf[:0], offBuf[:0]
	if n > len(scoreBuf) {
		score, count, off = make([]float64, 0, n), make([]uint8, 0, n), make([]int32, 0, n)
	}
	score, count, off = score[:n], count[:n], off[:n]
	for i := range off {
		off[i] = -1
	}

	for k, w := range words {
		lo, hi := ix.termRange(w, k == len(words)-1)
		if lo == hi {
			return nil
		}
		for ti := lo; ti < hi; ti++ {
			weight := ix.idf[ti]
			if ix.terms[ti] != w {
				weight *= 0.8 // a longer word the prefix begins
			}
			for _, p := range ix.postings[ti] {
				c := count[p.doc]
				if c != uint8(k) && c != uint8(k+1) {
					continue // missed an earlier word
				}
				count[p.doc] = uint8(k + 1)
				tf := 3*float64(p.titleTF) + float64(p.bodyTF)
				score[p.doc] += weight * tf / (tf + 1.2)
				if p.bodyFirst >= 0 && (off[p.doc] < 0 || p.bodyFirst < off[p.doc]) {
					off[p.doc] = p.bodyFirst
				}
			}
		}
	}

	want := uint8(len(words))
	hits := 0
	for _, c := range count {
		if c == want {
			hits++
		}
	}
	if hits == 0 {
		return nil
	}
	type ranked struct {
		doc   int
		score float64
	}
	var rankBuf [256]ranked
	rank := rankBuf[:0]
	if hits > len(rankBuf) {
		rank = make([]ranked, 0, hits)
	}
	for i, c := range count {
		if c == want {
			rank = append(rank, ranked{i, score[i]})
		}
	}
	// Ties keep source order.
	slices.SortFunc(rank, func(a, b ranked) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return a.doc - b.doc
	})
	// The excerpts share one string, of exactly their size, rather than
	// take an allocation each.
	type span struct {
		s          string
		head, tail bool
	}
	var spanBuf [128]span
	spans := spanBuf[:0]
	if len(rank) > len(spanBuf) {
		spans = make([]span, 0, len(rank))
	}
	size := 0
	for _, r := range rank {
		s, head, tail := excerptSpan(docs[r.doc].flat, int(off[r.doc]))
		spans = append(spans, span{s, head, tail})
		size += len(s) + len(ellipsis)*(b2i(head)+b2i(tail))
	}
	var b strings.Builder
	b.Grow(size)
	for _, sp := range spans {
		if sp.head {
			b.WriteString(ellipsis)
		}
		b.WriteString(sp.s)
		if sp.tail {
			b.WriteString(ellipsis)
		}
	}
	all, at := b.String(), 0
	out := make([]Hit, len(rank))
	for i, r := range rank {
		d, sp := &docs[r.doc], spans[i]
		n := len(sp.s) + len(ellipsis)*(b2i(sp.head)+b2i(sp.tail))
		out[i] = Hit{ID: d.id, Title: d.title, Score: r.score, Excerpt: all[at : at+n]}
		at += n
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// termRange returns the range of terms equal to w, or beginning with w when
// prefix is set.
func (ix *searchIndex) termRange(w string, prefix bool) (int, int) {
	lo := sort.SearchStrings(ix.terms, w)
	if !prefix {
		if lo < len(ix.terms) && ix.terms[lo] == w {
			return lo, lo + 1
		}
		return lo, lo
	}
	hi := lo
	for hi < len(ix.terms) && strings.HasPrefix(ix.terms[hi], w) {
		hi++
	}
	return lo, hi
}

// Excerpt sizes, in bytes.
const (
	before = 60
	after  = 140
)

// ellipsis marks where an excerpt is cut.
const ellipsis = "…"

// excerpt cuts flat, guidance on one line, around off (or from the start
// when off < 0) at word boundaries, and marks cuts with "…".
func excerpt(flat string, off int) string {
	s, head, tail := excerptSpan(flat, off)
	switch {
	case head && tail:
		return ellipsis + s + ellipsis
	case head:
		return ellipsis + s
	case tail:
		return s + ellipsis
	}
	return s
}

// excerptSpan is excerpt's text, and whether it is cut at its head and at
// its tail.
func excerptSpan(flat string, off int) (s string, head, tail bool) {
	if off < 0 {
		off = 0
	}
	start := off - before
	if start <= 0 {
		start = 0
	} else {
		// Back to the start of a word.
		for start > 0 && !isSpace(flat[start-1]) {
			start--
		}
	}
	end := off + after
	if end >= len(flat) {
		end = len(flat)
	} else {
		for end < len(flat) && !isSpace(flat[end]) {
			end++
		}
	}
	return strings.TrimSpace(flat[start:end]), start > 0, end < len(flat)
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' }
