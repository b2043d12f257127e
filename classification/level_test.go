package classification

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	caragPath    = "../../shared/sources/domain-two-carag.txt"
	bulletinPath = "../../shared/sources/safety-concerns-bulletin-post.txt"
)

// sourceText returns the whitespace-normalised text of a source file, or
// skips the test if the file is not there (it is not part of the module).
func sourceText(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("source not available: %v", err)
	}
	return strings.Join(strings.Fields(string(b)), " ")
}

var definitionTests = []struct {
	scale Scale
	level Level
	want  string
}{
	{SafetyAndWellbeing, Low, "no specific behaviours, events or people likely to cause an adverse outcome"},
	{SafetyAndWellbeing, Medium, "some risk of safety and wellbeing concerns have been identified, but they are unlikely to cause serious safety and wellbeing adverse outcomes unless circumstances change"},
	{SafetyAndWellbeing, High, "high risk that a potential negative safety and wellbeing outcome will occur, and the impact could be serious"},
	{SafetyAndWellbeing, VeryHigh, "the negative safety and wellbeing concern could happen immediately, and the impact will be serious."},
	{RiskOfSeriousHarm, Low, "no specific behaviours, events or people likely to cause an adverse outcome"},
	{RiskOfSeriousHarm, Medium, "some risk of harm concerns have been identified, but is unlikely to cause serious harm unless circumstances change. Can be managed under normal case management"},
	{RiskOfSeriousHarm, High, "high risk that a potential risk of serious harm outcome will occur, and the impact could be serious. Case may need increased case supervision"},
	{RiskOfSeriousHarm, VeryHigh, "the risk of serious harm concern could happen imminently, and the impact would be serious. Case will need increased case supervision."},
}

func TestDefinition(t *testing.T) {
	for _, tt := range definitionTests {
		got, ok := Definition(tt.scale, tt.level)
		require.True(t, ok, "%v %v", tt.scale, tt.level)
		assert.Equal(t, tt.want, got, "%v %v", tt.scale, tt.level)
		assert.Equal(t, tt.level == VeryHigh, strings.HasSuffix(got, "."), "only Very high ends with a full stop: %v %v", tt.scale, tt.level)
	}
	for _, bad := range []struct {
		s Scale
		l Level
	}{{0, Low}, {SafetyAndWellbeing, 0}, {3, Low}, {255, High}, {RiskOfSeriousHarm, 5}, {RiskOfSeriousHarm, 255}, {0, 0}} {
		got, ok := Definition(bad.s, bad.l)
		assert.False(t, ok, "%d %d", bad.s, bad.l)
		assert.Empty(t, got)
	}
}

func TestDefinitionsInSource(t *testing.T) {
	text := sourceText(t, caragPath)
	// The safety and wellbeing definitions come before the RoSH heading
	// (A3.4), the RoSH ones after it; each is printed after "Level – ".
	split := strings.Index(text, "A 3.4 What is the risk of serious harm classification")
	require.Positive(t, split)
	parts := map[Scale]string{SafetyAndWellbeing: text[:split], RiskOfSeriousHarm: text[split:]}
	for _, tt := range definitionTests {
		got, _ := Definition(tt.scale, tt.level)
		assert.Contains(t, parts[tt.scale], "• "+tt.level.Label()+" – "+got+" ", "%v %v", tt.scale, tt.level)
	}
}

func TestConsiderationSourcesInSource(t *testing.T) {
	text := sourceText(t, caragPath)
	for _, ct := range considerationTypes.Values() {
		assert.Contains(t, text, ct.source(), ct.Label())
	}
}
