package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

const forged = "Standard 2.1 Assessment: Outstanding (forged line)"

// hostileCases are cases made in code, not read by Decode, whose IDs and
// inspection names hold everything the ID rule forbids: a line break that
// would forge a line of the report, the terminal's escape, bidi controls,
// zero-width characters, separators and invalid UTF-8. Every summary is
// undecided and one case is excluded, so that the reports list their IDs.
func hostileCases() []record.Case {
	ids := []string{
		"x\n" + forged,
		"x\r\n" + forged,
		"c\x1b[2J\x1b[31mred",
		"c-\u202e41",
		"c\u200b-1",
		"\ufeffc",
		"c\u2028" + forged,
		"bad\xff",
		"bad\xfe",
		"c\x00\x7f\u0085\u009b",
	}
	var out []record.Case
	for i, id := range ids {
		c := record.Case{ID: id, Inspection: []string{"insp\n" + forged, "insp-\u202e2\x1b[1m"}[i%2]}
		if i == 0 {
			_ = c.Answers.Set("I1.1", record.Value{Answer: record.Yes})
			c.LookedAfter.HomeService = new(false)
			c.LookedAfter.ResponsibleForAssessment = new(false)
		}
		out = append(out, c)
	}
	return out
}

// requireNoRawControls fails when out holds a rune the ID rule forbids
// other than the line breaks (and tabs) of the format itself, or a line
// that starts with the forged text.
func requireNoRawControls(t *testing.T, what, out string, allowed ...rune) {
	t.Helper()
	for _, r := range out {
		if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp) && r != '\n' && !strings.ContainsRune(string(allowed), r) {
			t.Fatalf("%s: a raw %U reaches the output", what, r)
		}
	}
	assert.NotContains(t, out, "\ufffd", "%s: a bad byte is shown as \\xff, not changed to U+FFFD", what)
	for line := range strings.Lines(out) {
		require.False(t, strings.HasPrefix(strings.TrimLeft(line, " \"<>/tdrh"), forged), "%s: a forged line: %q", what, line)
	}
}

// TestReportsEscapeWhatRecordsHold: whatever a case ID or an inspection
// name holds, the text, CSV and HTML reports (one inspection, several
// inspections, one case) print it escaped, as record.EscapeText writes it:
// no record can forge a line, move a terminal's cursor or reorder what
// follows.
func TestReportsEscapeWhatRecordsHold(t *testing.T) {
	f := framework.DomainTwo()
	cases := hostileCases()
	build := func(cases []record.Case, only string) *report {
		b := newBuilder("cases\n"+forged+".jsonl", false, only)
		for _, c := range cases {
			_, err := b.add(c, judgement.Judge(f, c))
			require.NoError(t, err)
		}
		rep, err := b.finish()
		require.NoError(t, err)
		return rep
	}
	one := cases[:0:0]
	for _, c := range cases {
		if c.Inspection == cases[0].Inspection {
			one = append(one, c)
		}
	}
	for name, rep := range map[string]*report{"one inspection": build(one, ""), "several inspections": build(cases, "")} {
		var text, csvOut, html bytes.Buffer
		require.NoError(t, rep.writeText(&text))
		require.NoError(t, rep.writeCSV(&csvOut))
		require.NoError(t, rep.writeHTML(&html))
		requireNoRawControls(t, name+", text", text.String())
		requireNoRawControls(t, name+", csv", csvOut.String())
		requireNoRawControls(t, name+", html", html.String(), '\t', '\r')

		_, err := csv.NewReader(&csvOut).ReadAll()
		require.NoError(t, err, "the CSV reads back")
		assert.Contains(t, text.String(), record.EscapeText(cases[0].Inspection)[:10])
		assert.Contains(t, html.String(), `insp\n`+forged[:10])
	}

	var text bytes.Buffer
	require.NoError(t, build(one, "").writeText(&text))
	out := text.String()
	assert.Contains(t, out, "Inspection: insp\\nStandard 2.1 Assessment: Outstanding (forged line)\n")
	assert.Contains(t, out, `  x\nStandard 2.1 Assessment: Outstanding (forged line): `, "the excluded case, on one line")
	assert.Contains(t, out, `c\x1b[2J\x1b[31mred`)
	assert.Contains(t, out, `bad\xfe`)
	assert.NotEqual(t, record.EscapeText("bad\xff"), record.EscapeText("bad\xfe"), "two IDs that differ look different")

	for _, c := range cases {
		var one bytes.Buffer
		require.NoError(t, showCase(&one, "text", c, judgement.Judge(f, c)))
		requireNoRawControls(t, "case "+record.EscapeText(c.ID), one.String())
		assert.True(t, strings.HasPrefix(one.String(), "Case "+record.EscapeText(c.ID)+"\n"), one.String())
	}
}

// TestModerationReportsEscapeWhatRecordsHold: the moderation reports print
// inspection names and answers escaped too; readings with bad IDs are
// refused.
func TestModerationReportsEscapeWhatRecordsHold(t *testing.T) {
	first, second := readingsPair(t)
	first, second = first[:6], second[:6]
	for i := range first {
		first[i].Inspection = "insp\n" + forged + "\u202e"
		second[i].Inspection = first[i].Inspection
	}
	require.NoError(t, first[0].Answers.Set("I1.4", record.Value{Text: "one\n" + forged + "\x1b[2J"}))
	require.NoError(t, second[0].Answers.Set("I1.4", record.Value{Text: "two\u2028" + forged}))
	rep, _, err := buildModeration("first\x1b.jsonl", "second.jsonl", first, second, false, "")
	require.NoError(t, err)
	var text, csvOut, html bytes.Buffer
	require.NoError(t, rep.writeText(&text))
	require.NoError(t, rep.writeCSV(&csvOut))
	require.NoError(t, rep.writeHTML(&html))
	requireNoRawControls(t, "moderation text", text.String())
	requireNoRawControls(t, "moderation csv", csvOut.String())
	requireNoRawControls(t, "moderation html", html.String(), '\t', '\r')
	assert.Contains(t, text.String(), `Inspection: insp\nStandard 2.1 Assessment: Outstanding (forged line)\u202e`)

	c, found, err := compareCase(first[0].ID, first, second)
	require.NoError(t, err)
	require.True(t, found)
	var one bytes.Buffer
	require.NoError(t, c.writeText(&one, first[0].ID))
	requireNoRawControls(t, "moderation case", one.String())
	assert.Contains(t, one.String(), `first "one\nStandard 2.1 Assessment: Outstanding (forged line)\x1b[2J"; second "two\u2028Standard`)

	bad := append([]record.Case(nil), first...)
	bad[1].ID = "x\n" + forged
	_, _, err = buildModeration("first", "second", bad, second, false, "")
	assert.ErrorIs(t, err, record.ErrBadID)
}

// TestInspectRefusesBadIDs: a file whose record has a bad ID or inspection
// name is refused, exit 2, with a message that names the line and field
// and shows the value escaped; nothing is printed on standard output.
func TestInspectRefusesBadIDs(t *testing.T) {
	tests := []struct {
		name, records, want string
	}{
		{"a line break, escaped", `{"id":"x\n` + forged + `"}`, `record: line 1: case (no id): id: bad value "x\n` + forged + `": holds a control character (U+000A)`},
		{"a raw line break", "{\"id\":\"x\n" + forged + "\"}", `record: line 1: case (no id): truncated JSON`},
		{"ESC", `{"id":"c\u001b[2J"}`, `id: bad value "c\x1b[2J": holds a control character (U+001B)`},
		{"a bidi control", "{\"id\":\"c-\u202e41\"}", `id: bad value "c-\u202e41": holds a format character (U+202E)`},
		{"a zero-width space", "{\"id\":\"a\"}\n{\"id\":\"c\u200b\"}", `record: line 2: case (no id): id: bad value "c\u200b": holds a format character (U+200B)`},
		{"a line separator", `{"id":"c\u2028"}`, `holds a line or paragraph separator (U+2028)`},
		{"invalid UTF-8", "{\"id\":\"a\"}\n{\"id\":\"bad\xff\"}", `record: line 2: case (no id): not valid UTF-8 at byte 10`},
		{"a space before", `{"id":" c1"}`, `id: bad value " c1": begins with white space (U+0020)`},
		{"a space after", `{"id":"c1 "}`, `id: bad value "c1 ": ends with white space (U+0020)`},
		{"257 bytes", `{"id":"` + strings.Repeat("c", 257) + `"}`, `is longer than 256 bytes`},
		{"a bad inspection name", `{"id":"c1","inspection":"insp\n` + forged + `"}`, `record: line 1: case "c1": inspection: bad value "insp\n` + forged + `": holds a control character (U+000A)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, "cases.jsonl", tt.records+"\n")
			for _, format := range []string{"text", "csv", "html", "json"} {
				code, out, errs := runInspect(t, "", "-cases", path, "-format", format)
				assert.Equal(t, 2, code)
				assert.Empty(t, out)
				assert.True(t, strings.HasPrefix(errs, "inspect: "+path+": record: line "), errs)
				assert.Contains(t, errs, tt.want)
				requireNoRawControls(t, "stderr", errs)
			}
			// As second readings too.
			first := writeFile(t, "first.jsonl", `{"id":"c1"}`+"\n")
			code, out, errs := runInspect(t, "", "-cases", first, "-moderate", path)
			assert.Equal(t, 2, code)
			assert.Empty(t, out)
			assert.Contains(t, errs, tt.want)
		})
	}

	for _, flag := range []string{"-case", "-inspection"} {
		code, out, errs := runInspect(t, "", flag, "c1 ")
		assert.Equal(t, 2, code)
		assert.Empty(t, out)
		assert.Contains(t, errs, `inspect: `+flag+` "c1 ": no record can have this ID: it ends with white space (U+0020)`)
		code, _, errs = runInspect(t, "", flag, "x\n"+forged)
		assert.Equal(t, 2, code)
		requireNoRawControls(t, "stderr", errs)
	}
}

// FuzzReportsEscape: whatever a case made in code holds as its ID and
// inspection name, no report form writes a raw control, format or
// separator character.
func FuzzReportsEscape(f *testing.F) {
	f.Add("x\n"+forged, "insp\u202e", "a\x1b")
	f.Add("bad\xff", "", "\u2028")
	f.Fuzz(func(t *testing.T, id, inspection, other string) {
		fw := framework.DomainTwo()
		cases := []record.Case{{ID: id, Inspection: inspection}, {ID: other, Inspection: other}}
		b := newBuilder(other, false, "")
		for _, c := range cases {
			if _, err := b.add(c, judgement.Judge(fw, c)); err != nil {
				t.Fatal(err)
			}
		}
		rep, err := b.finish()
		require.NoError(t, err)
		var text, csvOut, html, one bytes.Buffer
		require.NoError(t, rep.writeText(&text))
		require.NoError(t, rep.writeCSV(&csvOut))
		require.NoError(t, rep.writeHTML(&html))
		require.NoError(t, showCase(&one, "text", cases[0], judgement.Judge(fw, cases[0])))
		for _, out := range []string{text.String(), csvOut.String(), html.String(), one.String()} {
			for _, r := range out {
				if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp) && r != '\n' && r != '\t' && r != '\r' {
					t.Fatalf("a raw %U reaches the output", r)
				}
			}
		}
		for _, out := range []string{text.String(), one.String()} {
			require.NotContains(t, out, "\r")
		}
	})
}
