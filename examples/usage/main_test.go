package main

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestREADMEIsThisProgram keeps the README's usage example equal to
// main.go, which the build compiles and Example runs.
func TestREADMEIsThisProgram(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	const start = "```go\n"
	s := string(readme)
	i := strings.Index(s, "## Usage")
	require.GreaterOrEqual(t, i, 0, "the README has a Usage section")
	j := strings.Index(s[i:], start)
	require.GreaterOrEqual(t, j, 0, "the Usage section has a Go block")
	block := s[i+j+len(start):]
	block = block[:strings.Index(block, "\n```")+1]

	program, err := os.ReadFile("main.go")
	require.NoError(t, err)
	assert.Equal(t, string(program), block, "the README's usage example and examples/usage/main.go differ")
}

func Example() {
	main()
	// Output:
	// A3.11 Information question - Is there a clear, written record of the assessment of to keep other people safe?
	// [A clear, written assessment]
	// 3 passages match; the first is under P3.5
	// A1.S No inspector - Inspector
	// A2.S not recorded undecided - Undecided
	// A3.S not recorded undecided - Undecided
	// P1.S not recorded undecided - Undecided
	// P2.S Yes no-factors-rule - No factors rule
	// warning answer-missing A1.diversity
	// warning answer-missing A1.circumstances
	// Inspector judgement - the case manager's classification (Medium) is 1 level lower than the inspector's (High); the case is close to the boundary between Medium and High, which the two levels lie either side of, where it is a fine judgement for the inspector whether the classification is reasonable
	// not-reasonable under 2
	// exclude - CARaG, I 1.1 guidance, third bullet
	// 70 of 120 cases
	// agree 67%, case manager lower 33%
	// 2.1 Assessment - Inadequate
	// 2.2 Planning - Outstanding
}
