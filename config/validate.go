package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dpodesk/dpodesk/model"
)

// Validate checks every value after file, environment and flags are applied, and
// says which key is wrong and which values it takes.
func (c *Config) Validate() error {
	checks := []struct {
		key, value string
		allowed    []string
	}{
		{"extension_mode", c.ExtensionMode, []string{"receipt+3m", "deadline+2m"}},
		{"pause_policy", c.PausePolicy, []string{"", "none", "pause", "restart"}},
		{"language", c.Language, []string{"en", "de"}},
		{"theme", c.Theme, []string{"auto", "dark", "light"}},
	}
	for _, ch := range checks {
		if !contains(ch.allowed, ch.value) {
			return c.keyError(ch.key, fmt.Sprintf("%q is not one of %s", ch.value, quoteList(ch.allowed)))
		}
	}
	if _, ok := model.JurisdictionByCode(c.Jurisdiction); !ok {
		var codes []string
		for _, j := range model.Jurisdictions() {
			codes = append(codes, j.Code)
		}
		return c.keyError("jurisdiction", fmt.Sprintf("%q is not one of %s", c.Jurisdiction, quoteList(codes)))
	}
	if _, err := model.NewCalendar(c.Holidays); err != nil {
		return c.keyError("holidays", fmt.Sprintf("%q is not a holiday region (e.g. DE-BE, GB-ENG, FR; `dpodesk holidays` lists them all)", c.Holidays))
	}
	if _, err := GoDateLayout(c.DateFormat); err != nil {
		return c.keyError("date_format", err.Error())
	}
	if err := ValidWorkspaceName(c.DefaultWorkspace); err != nil {
		return c.keyError("default_workspace", err.Error())
	}
	if _, err := ParseEvery(c.Backup.Every); err != nil {
		return c.keyError("backup.every", err.Error())
	}
	if c.Backup.Keep < 1 {
		return c.keyError("backup.keep", "must be 1 or more")
	}
	return nil
}

// keyError points at the key in the file when it came from one.
func (c *Config) keyError(key, msg string) error {
	e := &ConfigError{Path: c.path, Msg: key + ": " + msg}
	if c.path == "" {
		e.Path = "configuration"
		return e
	}
	if data, err := os.ReadFile(c.path); err == nil {
		e.Line, e.Col = keyPosition(string(data), key)
	}
	return e
}

// goDateLayout turns the user's date_format (YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY,
// MM/DD/YYYY) into a Go layout.
func GoDateLayout(f string) (string, error) {
	r := strings.NewReplacer("YYYY", "2006", "MM", "01", "DD", "02")
	layout := r.Replace(f)
	switch f {
	case "YYYY-MM-DD", "DD.MM.YYYY", "DD/MM/YYYY", "MM/DD/YYYY", "YYYY/MM/DD":
		return layout, nil
	}
	return "", fmt.Errorf("%q is not a date format; use YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or MM/DD/YYYY", f)
}

// parseEvery reads a backup period such as "7d" or "24h"; "" and "off" disable it.
func ParseEvery(s string) (int, error) {
	if s == "" || s == "off" {
		return 0, nil
	}
	if n, err := strconv.Atoi(strings.TrimSuffix(s, "d")); err == nil && strings.HasSuffix(s, "d") && n > 0 {
		return n, nil
	}
	return 0, fmt.Errorf("%q is not a period; write a number of days such as \"7d\", or \"off\"", s)
}

// validWorkspaceName keeps names usable as directory names on every system.
func ValidWorkspaceName(name string) error {
	if name == "" || len(name) > 64 || strings.HasPrefix(name, ".") {
		return fmt.Errorf("%q is not a workspace name: use 1–64 letters, digits, '-', '_' or '.'", name)
	}
	for _, r := range name {
		ok := r == '-' || r == '_' || r == '.' || (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
		if !ok {
			return fmt.Errorf("%q is not a workspace name: use 1–64 letters, digits, '-', '_' or '.'", name)
		}
	}
	return nil
}

// dataDir is where workspaces live: data_dir, else $XDG_DATA_HOME/dpodesk.
func (c *Config) DataDirPath() string {
	if c.DataDir != "" {
		return expandHome(c.DataDir)
	}
	base := os.Getenv("XDG_DATA_HOME")
	if base == "" {
		home, _ := os.UserHomeDir()
		base = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(base, "dpodesk")
}

func (c *Config) WorkspacesDir() string { return filepath.Join(c.DataDirPath(), "workspaces") }
func (c *Config) LogsDir() string       { return filepath.Join(c.DataDirPath(), "logs") }

func (c *Config) BackupDir() string {
	if c.Backup.Dir != "" {
		return expandHome(c.Backup.Dir)
	}
	return filepath.Join(c.DataDirPath(), "backups")
}

func expandHome(p string) string {
	if strings.HasPrefix(p, "~/") {
		home, _ := os.UserHomeDir()
		return filepath.Join(home, p[2:])
	}
	return p
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func quoteList(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = strconv.Quote(x)
	}
	return strings.Join(q, ", ")
}
