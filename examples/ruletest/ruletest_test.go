package ruletest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
)

var update = flag.Bool("update", false, "rewrite the golden files from the current results")

func TestRules(t *testing.T) {
	files, err := filepath.Glob("testdata/cases/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files, "no cases in testdata/cases")
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(file)
			require.NoError(t, err)
			defer f.Close()
			c, err := judgement.Decode(f)
			require.NoError(t, err, "%s is not a valid case record", file)

			got := Summarise(judgement.Judge(framework.DomainTwo(), c))

			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				b, err := json.MarshalIndent(got, "", "  ")
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(golden, append(b, '\n'), 0o644))
			}
			b, err := os.ReadFile(golden)
			require.NoError(t, err, "no golden file: run go test ./examples/ruletest -update and review it")
			var want Outcome
			dec := json.NewDecoder(bytes.NewReader(b))
			dec.DisallowUnknownFields()
			require.NoError(t, dec.Decode(&want))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: outcome differs from %s (-want +got):\n%s", file, golden, diff)
			}
		})
	}
}

// TestEveryGoldenHasACase catches a golden file left behind when its case
// was renamed or removed.
func TestEveryGoldenHasACase(t *testing.T) {
	goldens, err := filepath.Glob("testdata/golden/*.json")
	require.NoError(t, err)
	for _, g := range goldens {
		_, err := os.Stat(filepath.Join("testdata", "cases", filepath.Base(g)))
		require.NoError(t, err, "golden %s has no case", g)
	}
}
