package tui

import (
	"os"
	"testing"
	"time"
)

// TestMain pins the zone so rendered times are the same on every machine.
func TestMain(m *testing.M) {
	time.Local = time.UTC
	os.Exit(m.Run())
}
