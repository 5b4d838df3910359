package store

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// LogFile is the name of Badger's log inside Options.LogDir.
const LogFile = "badger.log"

// fileLogger receives Badger's messages. Badger logs to stderr by default, which
// would draw over the TUI; warnings and errors go to a file instead, and the chatty
// info and debug messages are dropped.
type fileLogger struct {
	mu sync.Mutex
	f  *os.File
}

func openLogger(dir string) (*fileLogger, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create log directory: %w", err)
	}
	f, err := os.OpenFile(filepath.Join(dir, LogFile), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open badger log: %w", err)
	}
	return &fileLogger{f: f}, nil
}

func (l *fileLogger) write(level, format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return
	}
	msg := strings.TrimRight(fmt.Sprintf(format, args...), "\n")
	fmt.Fprintf(l.f, "%s %s %s\n", time.Now().Format(time.RFC3339), level, msg)
}

func (l *fileLogger) Errorf(format string, args ...any)   { l.write("ERROR", format, args...) }
func (l *fileLogger) Warningf(format string, args ...any) { l.write("WARN", format, args...) }
func (l *fileLogger) Infof(string, ...any)                {}
func (l *fileLogger) Debugf(string, ...any)               {}

// Close closes the file; later messages are dropped.
func (l *fileLogger) Close() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f != nil {
		l.f.Close()
		l.f = nil
	}
}
