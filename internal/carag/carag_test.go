package carag

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var pageNumber = regexp.MustCompile(`^\s*\d+\s*$`)

// normalise joins the PDF text the way the catalogue was cleaned: page
// numbers on lines of their own dropped, lines joined with one space (none
// after a line-end hyphen), runs of white space collapsed.
func normalise(text string) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		if pageNumber.MatchString(line) {
			continue
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		cur := b.String()
		if b.Len() > 0 && !(strings.HasSuffix(cur, "-") && !strings.HasSuffix(cur, " -")) {
			b.WriteByte(' ')
		}
		b.WriteString(line)
	}
	return collapse(b.String())
}

var space = regexp.MustCompile(`\s+`)

func collapse(s string) string { return strings.TrimSpace(space.ReplaceAllString(s, " ")) }

type piece struct {
	where string // for messages
	text  string
}

// pieces lists every text of the document in source order.
func pieces(d *Document) []piece {
	var ps []piece
	add := func(where, text string) { ps = append(ps, piece{where, collapse(text)}) }
	for i, p := range d.Introduction {
		add("introduction "+string(rune('1'+i)), p)
	}
	add("key heading", d.Key.Heading)
	for _, c := range d.Key.Columns {
		add("key column", c)
	}
	for _, e := range d.Key.Entries {
		add("key example", e.Example)
		add("key format", e.Format)
		for _, r := range e.Represents {
			add("key represents", r)
		}
	}
	qi := 0
	emitQuestions := func(kq string) {
		for qi < len(d.Questions) && d.Questions[qi].KeyQuestion == kq {
			q := d.Questions[qi]
			add(q.ID+" text", q.Text)
			for j, g := range q.Guidance {
				add(q.ID+" guidance "+string(rune('1'+j)), g)
			}
			qi++
		}
	}
	emitQuestions("")
	for _, kq := range d.KeyQuestions {
		add(kq.ID+" text", kq.Text)
		for j, g := range kq.Guidance {
			add(kq.ID+" guidance "+string(rune('1'+j)), g)
		}
		emitQuestions(kq.ID)
	}
	return ps
}

// TestWordForWord walks the normalised source and finds every text of the
// catalogue in order. Whatever lies between two texts must be a heading, a
// label or a printed number: so no word of the source is missing from the
// catalogue, none is added, and none is changed.
func TestWordForWord(t *testing.T) {
	raw, err := os.ReadFile("testdata/domain-two-carag.txt")
	require.NoError(t, err)
	src := normalise(string(raw))
	d, err := Parse(data)
	require.NoError(t, err)

	labels := []string{"Inspection question CARaG", "Case information"}
	for _, kq := range d.KeyQuestions {
		labels = append(labels, kq.Number, kq.Section)
	}
	for _, q := range d.Questions {
		labels = append(labels, q.Number, q.Section)
	}
	// Longest first, so that "I 1.10" is not taken for "I 1.1" and a "0".
	slices.SortFunc(labels, func(a, b string) int { return len(b) - len(a) })
	// onlyLabels reports whether gap is a run of headings, labels and printed
	// numbers.
	onlyLabels := func(gap string) bool {
		for gap != "" {
			found := false
			for _, l := range labels {
				if l != "" && strings.HasPrefix(gap, l) {
					gap = strings.TrimSpace(gap[len(l):])
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}

	pos := 0
	for _, p := range pieces(d) {
		require.NotEmpty(t, p.text, p.where)
		i := strings.Index(src[pos:], p.text)
		require.GreaterOrEqual(t, i, 0, "%s not found in the source after byte %d: %q", p.where, pos, p.text)
		gap := strings.TrimSpace(src[pos : pos+i])
		require.True(t, onlyLabels(gap), "before %s the source has text the catalogue lacks: %q", p.where, gap)
		pos += i + len(p.text)
	}
	require.Empty(t, strings.TrimSpace(src[pos:]), "the source goes on after the catalogue ends")
}

// TestCleaned checks the PDF artefacts are gone from the data: no page
// numbers, no doubled spaces, no stray line breaks inside paragraphs.
func TestCleaned(t *testing.T) {
	d, err := Parse(data)
	require.NoError(t, err)
	check := func(where, s string) {
		require.Equal(t, strings.TrimSpace(s), s, "%s: surrounding space", where)
		require.NotContains(t, s, "  •", where)
		for _, line := range strings.Split(s, "\n") {
			body := strings.TrimPrefix(line, "  ")
			require.NotContains(t, body, "  ", "%s: doubled space in %q", where, line)
			require.False(t, pageNumber.MatchString(line), "%s: page number", where)
		}
		if strings.Contains(s, "\n") {
			for _, line := range strings.Split(s, "\n") {
				require.Regexp(t, `^(• |  − )`, line, "%s: a line break only separates list items", where)
			}
		}
	}
	for _, q := range d.Questions {
		check(q.ID, q.Text)
		require.NotContains(t, q.Text, "\n", q.ID)
		for _, g := range q.Guidance {
			check(q.ID, g)
		}
	}
	for _, kq := range d.KeyQuestions {
		check(kq.ID, kq.Text)
		for _, g := range kq.Guidance {
			check(kq.ID, g)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for name, in := range map[string]string{
		"syntax":        `{"title": `,
		"unknown field": `{"title": "x", "colour": "grey"}`,
		"trailing":      `{"title": "x"} {}`,
		"wrong type":    `{"questions": "all"}`,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Parse([]byte(in))
			require.Error(t, err)
		})
	}
}

func TestEmbedded(t *testing.T) {
	d, digest, err := Embedded()
	require.NoError(t, err)
	require.Len(t, d.Questions, 91)
	require.Len(t, digest, 64)
	require.Equal(t, Digest(data), digest)
	c := Data()
	c[0] = 'x'
	require.NotEqual(t, c[0], Data()[0], "Data returns a copy")
}
