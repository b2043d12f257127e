package bench_test

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

// TestPaired is ./run's harness, a paired comparison: it runs only when
// BENCH_PAIRED is set to the number of rounds. In each round, for each
// sample, each contender is timed right after a run of its anchor (Judge
// for the rules, record.Decode for the JSON libraries), in an order that
// is reversed every other round; each contender's ratio is taken against
// the anchor run just before it, so that a busy spell on the shared machine
// falls on both sides of a pair. It prints, for each contender, the median
// and range of its ns per case and of its ratios to the anchor. Each run
// lasts -test.benchtime (./run sets it).
func TestPaired(t *testing.T) {
	rounds, _ := strconv.Atoi(os.Getenv("BENCH_PAIRED"))
	if rounds <= 0 {
		t.Skip("BENCH_PAIRED (the number of rounds) is not set: this is ./run's harness")
	}
	groups := pairedGroups(t)
	for _, g := range groups {
		g.runs = make([][]pairedRun, len(g.contenders))
	}
	for r := range rounds {
		for _, g := range groups {
			order := make([]int, len(g.contenders))
			for i := range order {
				order[i] = i
			}
			if r%2 == 1 {
				slices.Reverse(order)
			}
			for _, i := range order {
				if i == g.anchor {
					continue
				}
				a := run(t, g.benches[g.anchor])
				x := run(t, g.benches[i])
				g.runs[g.anchor] = append(g.runs[g.anchor], pairedRun{a, a})
				g.runs[i] = append(g.runs[i], pairedRun{x, a})
			}
		}
	}
	for _, g := range groups {
		g.print(os.Stdout, rounds)
	}
}

// pairedGroup is an anchor and the contenders timed against it, on one
// sample.
type pairedGroup struct {
	title      string
	contenders []contender
	benches    []func(*testing.B)
	anchor     int
	runs       [][]pairedRun // by contender
	summary    func(g *pairedGroup, w io.Writer)
}

type pairedRun struct{ x, anchor testing.BenchmarkResult }

func run(t *testing.T, f func(*testing.B)) testing.BenchmarkResult {
	r := testing.Benchmark(f)
	if r.N == 0 {
		t.Fatal("a benchmark failed")
	}
	return r
}

func ns(r testing.BenchmarkResult) float64 { return float64(r.T.Nanoseconds()) / float64(r.N) }

func pairedGroups(t *testing.T) []*pairedGroup {
	var groups []*pairedGroup
	for _, s := range samples {
		cases := s.cases(t)
		g := &pairedGroup{title: fmt.Sprintf("rules, %s sample (%d cases; %s)", s.name, len(cases), findingsShare(cases)), contenders: ruleContenders, summary: rulesSummary(s.name)}
		for i, c := range ruleContenders {
			if c.kind == kindJudge {
				g.anchor = i
			}
			g.benches = append(g.benches, c.prepare(t, cases))
		}
		groups = append(groups, g)
	}
	g := &pairedGroup{title: "decode a case record (the complete sample's records, one a run)", contenders: decodeContenders(), summary: decodeSummary}
	for i, c := range g.contenders {
		if c.kind == kindAnchor {
			g.anchor = i
		}
		g.benches = append(g.benches, c.prepare(t, nil))
	}
	return append(groups, g)
}

// decodeSummary prints Decode's time over the fastest JSON library's.
func decodeSummary(g *pairedGroup, w io.Writer) {
	i, ok := g.strongest(kindJSON)
	if !ok {
		return
	}
	_, _, _, r, lo, hi := g.medians(i)
	fmt.Fprintf(w, "record.Decode is %.1fx (%.1f-%.1f) faster than the fastest JSON library (%s) into a plain struct; Decode keeps all its checks and packing\n", r, lo, hi, g.contenders[i].label)
}

// stat is the median, least and greatest of xs.
func stat(xs []float64) (median, lo, hi float64) {
	s := slices.Sorted(slices.Values(xs))
	n := len(s)
	if n%2 == 1 {
		median = s[n/2]
	} else {
		median = (s[n/2-1] + s[n/2]) / 2
	}
	return median, s[0], s[n-1]
}

// medians gives a contender's median ns per case, and the median and range
// of its ratios to the anchor (x / anchor).
func (g *pairedGroup) medians(i int) (nsMed, nsLo, nsHi, ratio, ratioLo, ratioHi float64) {
	var xs, rs []float64
	for _, p := range g.runs[i] {
		xs = append(xs, ns(p.x))
		rs = append(rs, ns(p.x)/ns(p.anchor))
	}
	nsMed, nsLo, nsHi = stat(xs)
	ratio, ratioLo, ratioHi = stat(rs)
	return
}

func (g *pairedGroup) print(w io.Writer, rounds int) {
	fmt.Fprintf(w, "%s\n", g.title)
	fmt.Fprintf(w, "%-30s %9s %15s %7s %7s %18s\n", "contender", "median ns", "range ns", "allocs", "B", "x anchor (range)")
	for i, c := range g.contenders {
		m, lo, hi, r, rlo, rhi := g.medians(i)
		last := g.runs[i][len(g.runs[i])-1].x
		fmt.Fprintf(w, "%-30s %9.0f %7.0f-%-7.0f %7d %7d %6.2fx (%.2f-%.2f)\n", c.label, m, lo, hi, last.AllocsPerOp(), last.AllocedBytesPerOp(), r, rlo, rhi)
	}
	fmt.Fprintf(w, "(%d rounds; each contender paired with the %s run just before it)\n", rounds, g.contenders[g.anchor].label)
	if g.summary != nil {
		g.summary(g, w)
	}
	fmt.Fprintln(w)
}

// strongest is the contender of a kind with the least median ratio to the
// anchor (paired, so less swayed by the machine's load than its ns).
func (g *pairedGroup) strongest(kind string) (int, bool) {
	best, bestRatio := -1, 0.0
	for i, c := range g.contenders {
		if c.kind != kind {
			continue
		}
		if _, _, _, r, _, _ := g.medians(i); best < 0 || r < bestRatio {
			best, bestRatio = i, r
		}
	}
	return best, best >= 0
}

func (g *pairedGroup) index(key string) int {
	return slices.IndexFunc(g.contenders, func(c contender) bool { return c.key == key })
}

// rulesSummary prints Judge's ratio against the strongest expr and CEL
// forms, and its time over the lower bound's.
func rulesSummary(sample string) func(*pairedGroup, io.Writer) {
	return func(g *pairedGroup, w io.Writer) {
		for _, kind := range []string{kindExpr, kindCEL} {
			name := map[string]string{kindExpr: "expr", kindCEL: "CEL"}[kind]
			i, ok := g.strongest(kind)
			if !ok {
				continue
			}
			_, _, _, r, lo, hi := g.medians(i)
			fmt.Fprintf(w, "%s sample: Judge is %.1fx (%.1f-%.1f) faster than the strongest %s form (%s)\n", sample, r, lo, hi, name, g.contenders[i].label)
		}
		for _, key := range []string{"Minimum", "MinimumSlice"} {
			if i := g.index(key); i >= 0 {
				_, _, _, r, lo, hi := g.medians(i)
				fmt.Fprintf(w, "%s sample: Judge takes %.1fx (%.1f-%.1f) the time of the %s\n", sample, 1/r, 1/hi, 1/lo, g.contenders[i].label)
			}
		}
	}
}

// findingsShare describes how many of the cases have findings.
func findingsShare(cases []record.Case) string {
	n, total := 0, 0
	for _, c := range cases {
		if f := judgeFindings(c); f > 0 {
			n++
			total += f
		}
	}
	return fmt.Sprintf("%.0f%% with findings, %.1f findings each", 100*float64(n)/float64(len(cases)), float64(total)/float64(max(n, 1)))
}

func judgeFindings(c record.Case) int { return len(judgement.Judge(nil, c).Findings) }
