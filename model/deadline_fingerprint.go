package model

import (
	"crypto/sha256"
	"encoding/hex"
	"runtime/debug"
	"sync"
)

// deadlineEngineVersion changes whenever the deadline code changes what it
// computes; indexes of due dates built by an older engine are then rebuilt.
// TestDeadlineEngineVersion fails when the dates change and this does not.
const deadlineEngineVersion = "1"

// engineStamp names everything besides a workspace's settings that a due date
// depends on: the engine, the data files it reads and the holiday library's
// version. It does not name the build, so a new build of the same engine does
// not make every workspace rebuild its index.
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
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
})

// Fingerprint names the rules: two rules with the same fingerprint compute the
// same deadline for every request. A stored index of due dates records it.
func (r DeadlineRules) Fingerprint() string {
	return r.Region + "|" + r.ExtensionMode + "|" + r.PausePolicy + "|" + engineStamp()
}
