// Package cmdinfo holds what the example commands print about themselves:
// the -version text.
package cmdinfo

import (
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/yjinspect/yjinspect/framework"
)

// Version returns what a command prints for -version: its name, the
// module's version ("(devel)" when the build does not know it, as under go
// run or go build in a clone), the VCS revision when the build recorded
// one, the Go version, and the catalogue it encodes with its SHA-256 digest.
func Version(program string) string {
	bi, ok := debug.ReadBuildInfo()
	return version(program, bi, ok)
}

func version(program string, bi *debug.BuildInfo, ok bool) string {
	module, v := "github.com/yjinspect/yjinspect", ""
	var rev, modified string
	if ok && bi != nil {
		if bi.Main.Path != "" {
			module = bi.Main.Path
		}
		v = bi.Main.Version
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					modified = ", modified"
				}
			}
		}
	}
	if v == "" {
		v = "(devel)"
	}
	var b strings.Builder
	b.WriteString(program + " " + module + " " + v)
	if rev != "" {
		b.WriteString(" (revision " + rev + modified + ")")
	}
	b.WriteString(", " + runtime.Version() + "\n")
	b.WriteString("catalogue: " + framework.DomainTwo().Version() + "\n")
	return b.String()
}
