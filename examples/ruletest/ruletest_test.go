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
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
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
			c, err := record.Decode(f)
			require.NoError(t, err, "%s is not a valid case record", file)

			got := Summarise(judgement.Judge(framework.DomainTwo(), c))

			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				b, err := json.MarshalIndent(got, "", "  ")
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(golden, append(b, '\n'), 0o644))
			}
			b, err := os.ReadFile(golden)
			require.NoError(t, err, "no golden file: run go generate ./examples/ruletest and review it")
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

// noCaseRecordCarries are the finding codes no case record can carry, with
// the reason; their tests are elsewhere.
var noCaseRecordCarries = map[string]string{
	"rosh-invalid-level": "Decode rejects an out-of-range level, so only a Go caller can make one; classification's tests cover it",
}

// TestEveryFindingHasAGoldenCase: every code of judgement.FindingKinds is
// shown by at least one golden case, with the table's severity.
func TestEveryFindingHasAGoldenCase(t *testing.T) {
	goldens, err := filepath.Glob("testdata/golden/*.json")
	require.NoError(t, err)
	shown := map[string]string{} // code: its severity in the goldens
	for _, g := range goldens {
		b, err := os.ReadFile(g)
		require.NoError(t, err)
		var o Outcome
		require.NoError(t, json.Unmarshal(b, &o), g)
		for _, f := range o.Findings {
			code, rest, _ := strings.Cut(f, " ")
			_, sev, _ := strings.Cut(rest, " (")
			shown[code] = strings.TrimSuffix(sev, ")")
		}
	}
	for _, k := range judgement.FindingKinds() {
		if why, ok := noCaseRecordCarries[k.Code]; ok {
			assert.NotContains(t, shown, string(k.Code), "%s is shown after all: %s", k.Code, why)
			continue
		}
		sev, ok := shown[string(k.Code)]
		if assert.True(t, ok, "no golden case shows %s: add one (see README.md)", k.Code) {
			assert.Equal(t, k.Severity.String(), sev, k.Code)
		}
	}
}
