package report

import (
	"strconv"
	"strings"
)

// plural gives "1 case", "2 cases", "0 cases".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// percentText shows count of of as a percentage a reader can check against
// the bands: one decimal ("79.7%"), or more where one decimal would round
// across an edge (so 7999 of 10000 is "79.99%", never "80.0%" beside Good).
// edges are the bands' lower bounds in hundredths of a percent (8000 for
// 80%); besides them, only none shows as 0 and only all as 100. Where even
// six decimals would cross an edge, the figure is cut toward its true side.
// It gives "-" when of is not positive.
func percentText(count, of int, edges []int) string {
	if of <= 0 {
		return "-"
	}
	c, n := int64(count), int64(of)
	for d := 1; d <= 6; d++ {
		scale := pow10(d)
		shown := (2*c*100*scale + n) / (2 * n) // rounded, halves up
		if onTrueSide(c, n, shown, scale, edges) {
			return decimal(shown, d) + "%"
		}
	}
	// Cut: with two or more decimals, the floor stays on the true side of
	// every edge, which has at most two.
	scale := pow10(6)
	return decimal(c*100*scale/n, 6) + "%"
}

// onTrueSide reports whether shown (the percentage times scale) is on the
// same side of every edge as count/of, and is 0 or 100 only when that is
// exact.
func onTrueSide(count, of, shown, scale int64, edges []int) bool {
	if (shown == 0) != (count == 0) || (shown == 100*scale) != (count == of) {
		return false
	}
	for _, e := range edges {
		trueAbove := count*10000 >= int64(e)*of
		shownAbove := shown*100 >= int64(e)*scale
		if trueAbove != shownAbove {
			return false
		}
	}
	return true
}

func pow10(d int) int64 {
	p := int64(1)
	for range d {
		p *= 10
	}
	return p
}

// decimal writes v/10^d with d decimals.
func decimal(v int64, d int) string {
	neg := v < 0
	if neg {
		v = -v
	}
	s := strconv.FormatInt(v, 10)
	if len(s) <= d {
		s = strings.Repeat("0", d-len(s)+1) + s
	}
	s = s[:len(s)-d] + "." + s[len(s)-d:]
	if neg {
		s = "-" + s
	}
	return s
}

// bar draws a bar of width cells for count of of ("" when of is not
// positive); a cell is full only when its whole share is reached, so that a
// bar is never fuller than its figure.
func bar(count, of, width int) string {
	if of <= 0 {
		return ""
	}
	full := int(int64(count) * int64(width) / int64(of))
	full = max(0, min(width, full))
	return strings.Repeat("█", full) + strings.Repeat("░", width-full)
}
