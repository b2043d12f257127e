package cmdinfo

import (
	"crypto/sha256"
	"encoding/hex"
	"runtime"
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/yjinspect/yjinspect/framework"
)

func TestVersion(t *testing.T) {
	sum := sha256.Sum256(framework.CatalogueJSON()) // the data the catalogue is built from
	digest := "catalogue sha256:" + hex.EncodeToString(sum[:]) + "\n"
	tests := []struct {
		name string
		bi   *debug.BuildInfo
		ok   bool
		want string
	}{
		{"no build information", nil, false, "tool github.com/yjinspect/yjinspect (devel), " + runtime.Version() + "\n"},
		{"devel", &debug.BuildInfo{Main: debug.Module{Path: "github.com/yjinspect/yjinspect", Version: "(devel)"}}, true,
			"tool github.com/yjinspect/yjinspect (devel), "},
		{"tagged", &debug.BuildInfo{Main: debug.Module{Path: "github.com/yjinspect/yjinspect", Version: "v0.3.0"}}, true,
			"tool github.com/yjinspect/yjinspect v0.3.0, "},
		{"revision", &debug.BuildInfo{Main: debug.Module{Path: "github.com/yjinspect/yjinspect"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc123"}, {Key: "vcs.modified", Value: "true"}}}, true,
			"tool github.com/yjinspect/yjinspect (devel) (revision abc123, modified), "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := version("tool", tt.bi, tt.ok)
			assert.Contains(t, got, tt.want)
			assert.Contains(t, got, "\ncatalogue: HM Inspectorate of Probation")
			assert.Contains(t, got, digest)
		})
	}
	assert.Contains(t, Version("inspect"), "inspect github.com/yjinspect/yjinspect")
}
