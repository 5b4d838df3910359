package model

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"
)

var updateEngine = flag.Bool("update-engine", false, "record the deadline engine's dates under deadlineEngineVersion")

// The due index trusts a fingerprint that names the engine by
// deadlineEngineVersion. This test computes the deadlines of 3,000 generated
// requests (every jurisdiction and request type, several holiday regions and
// both extension modes, pauses and extensions) and compares their hash with the
// one recorded for the version: an engine that computes other dates under the
// same version would leave stale indexes behind.
func TestDeadlineEngineVersion(t *testing.T) {
	const file = "testdata/deadline_engine.txt" // one line per version, oldest first
	got := "version " + deadlineEngineVersion + " dates " + engineDatesHash(t)
	data, err := os.ReadFile(file)
	if err != nil && !(*updateEngine && os.IsNotExist(err)) {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	for _, l := range lines {
		if l == got {
			return
		}
		if strings.HasPrefix(l, "version "+deadlineEngineVersion+" ") {
			t.Fatalf("the deadline engine computes other dates than version %s did (%s, now %s): if the change is intended,\n"+
				"increase deadlineEngineVersion (model/deadline_fingerprint.go) and run\n"+
				"  go test ./model -run TestDeadlineEngineVersion -update-engine", deadlineEngineVersion, l, got)
		}
	}
	if !*updateEngine {
		t.Fatalf("%s has no line for deadlineEngineVersion %s: run go test ./model -run TestDeadlineEngineVersion -update-engine", file, deadlineEngineVersion)
	}
	if err := os.WriteFile(file, []byte(strings.TrimSpace(string(data)+"\n"+got)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

func engineDatesHash(t *testing.T) string {
	t.Helper()
	rng := rand.New(rand.NewPCG(7, 11))
	h := sha256.New()
	regions := []string{"", "DE-BY", "DE-BE", "GB-ENG", "FR"}
	types := RequestTypeKeys()
	for i := range 3000 {
		rules, err := NewDeadlineRules(regions[i%len(regions)], []string{ExtendFromReceipt, ExtendFromDeadline}[i%2], "")
		if err != nil {
			t.Fatal(err)
		}
		js := Jurisdictions()
		j := js[rng.IntN(len(js))].Code
		received := Date{Year: 2023 + rng.IntN(3), Month: time.Month(1 + rng.IntN(12)), Day: 1 + rng.IntN(28)}
		r, err := NewRequest(types[rng.IntN(len(types))], "S", "", "email", j, ReceivedOnDay(received, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		now := received.Time().Add(time.Duration(1+rng.IntN(20)) * 24 * time.Hour)
		if rng.IntN(3) == 0 {
			_ = r.Pause("identity", DateOf(now), now)
			if rng.IntN(2) == 0 {
				later := now.Add(time.Duration(1+rng.IntN(15)) * 24 * time.Hour)
				_ = r.Resume(DateOf(later), later)
			}
		}
		if rng.IntN(4) == 0 {
			_ = r.Extend("complex", DateOf(now), rules, now)
		}
		d := rules.Deadline(r)
		fmt.Fprintf(h, "%s %s %s %t %t|", d.Due, d.FirstDue, d.MaxExtended, d.Paused, d.Extended)
	}
	return strings.ToLower(hex.EncodeToString(h.Sum(nil))[:16])
}
