package model

import (
	"crypto/sha256"
	"encoding/hex"
	"runtime/debug"
	"sync"
)

// deadlineEngineVersion changes whenever the deadline code changes what it
// computes; indexes of due dates built by an older engine are then rebuilt.
const deadlineEngineVersion = "1"

// engineStamp names everything besides a workspace's settings that a due date
// depends on: the engine, the data files it reads, the holiday library's
// version and, in a build from a repository, its revision.
var engineStamp = sync.OnceValue(func() string {
	h := sha256.New()
	for _, s := range []string{deadlineEngineVersion, jurisdictionsTOML, holidayCorrectionsTOML, requestTypesTOML} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if m.Path == "github.com/rickar/cal/v2" {
				h.Write([]byte(m.Version))
			}
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
				h.Write([]byte(s.Value))
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
})

// Fingerprint names the rules: two rules with the same fingerprint compute the
// same deadline for every request. A stored index of due dates records it.
func (r DeadlineRules) Fingerprint() string {
	return r.Region + "|" + r.ExtensionMode + "|" + r.PausePolicy + "|" + engineStamp()
}
