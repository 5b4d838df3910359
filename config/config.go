// Package config reads and validates dpodesk's configuration: defaults, the TOML
// file with every problem reported at its position, the environment, and the
// directories derived from it.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"
)

// Config is dpodesk's configuration: defaults, then the TOML file, then the
// environment, then flags, then Validate. Every key is documented, with the same
// default, in config.example.toml; a test keeps the two in agreement.
type Config struct {
	DataDir          string       `toml:"data_dir"`
	DefaultWorkspace string       `toml:"default_workspace"`
	Jurisdiction     string       `toml:"jurisdiction"`
	Holidays         string       `toml:"holidays"`
	ExtensionMode    string       `toml:"extension_mode"`
	PausePolicy      string       `toml:"pause_policy"`
	Language         string       `toml:"language"`
	Theme            string       `toml:"theme"`
	DateFormat       string       `toml:"date_format"`
	Backup           BackupConfig `toml:"backup"`

	path string // the file it was read from, "" when none
}

// BackupConfig controls the automatic backup taken when a workspace is closed.
type BackupConfig struct {
	Every string `toml:"every"` // e.g. "7d"; "" or "off" disables automatic backups
	Keep  int    `toml:"keep"`  // how many automatic backups to keep per workspace
	Dir   string `toml:"dir"`   // default <data_dir>/backups
}

// DefaultConfig returns the configuration used when no file sets a key.
func DefaultConfig() Config {
	return Config{
		DefaultWorkspace: "default",
		Jurisdiction:     "eu",
		Holidays:         "",
		ExtensionMode:    "receipt+3m",
		PausePolicy:      "",
		Language:         "en",
		Theme:            "auto",
		DateFormat:       "YYYY-MM-DD",
		Backup:           BackupConfig{Every: "7d", Keep: 5},
	}
}

// ConfigError is a problem with the configuration file, with its position.
type ConfigError struct {
	Path      string
	Line, Col int
	Msg       string
}

func (e *ConfigError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// defaultConfigPath is $XDG_CONFIG_HOME/dpodesk/config.toml.
func defaultConfigPath() string {
	base := os.Getenv("XDG_CONFIG_HOME")
	if base == "" {
		home, _ := os.UserHomeDir()
		base = filepath.Join(home, ".config")
	}
	return filepath.Join(base, "dpodesk", "config.toml")
}

// Load reads path (or the default location when path is ""). A missing
// default file is not an error: a bare machine runs on the defaults. A file
// named explicitly must exist.
func Load(path string) (Config, error) {
	cfg := DefaultConfig()
	explicit := path != ""
	if !explicit {
		path = defaultConfigPath()
	}
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) && !explicit {
			return cfg, applyEnv(&cfg)
		}
		return cfg, &ConfigError{Path: path, Msg: "cannot read the configuration file: " + plainErr(err)}
	}
	if err := decodeConfig(path, string(data), &cfg); err != nil {
		return cfg, err
	}
	cfg.path = path
	if err := applyEnv(&cfg); err != nil {
		return cfg, err
	}
	return cfg, nil
}

var tomlLineRe = regexp.MustCompile(`^toml: line (\d+) \(last key "([^"]*)"\): (.*)$`)

// decodeConfig decodes the TOML text and turns every problem into a ConfigError
// with the file, line and column and what is expected there.
func decodeConfig(path, text string, cfg *Config) error {
	md, err := toml.Decode(text, cfg)
	var pe toml.ParseError
	switch {
	case errors.As(err, &pe):
		return &ConfigError{Path: path, Line: pe.Position.Line, Col: pe.Position.Col,
			Msg: "syntax error: " + firstLine(strings.TrimPrefix(pe.Message, "toml: "))}
	case err != nil:
		if m := tomlLineRe.FindStringSubmatch(err.Error()); m != nil {
			line, col := keyPosition(text, m[2])
			return &ConfigError{Path: path, Line: line, Col: col,
				Msg: fmt.Sprintf("%s: %s", m[2], typeHint(m[2], m[3]))}
		}
		return &ConfigError{Path: path, Msg: err.Error()}
	}
	if und := md.Undecoded(); len(und) > 0 {
		key := und[0].String()
		line, col := keyPosition(text, key)
		return &ConfigError{Path: path, Line: line, Col: col,
			Msg: fmt.Sprintf("unknown key %q; the keys dpodesk knows are listed in config.example.toml", key)}
	}
	return nil
}

// typeHint rewrites the decoder's type message as what the key expects.
func typeHint(key, msg string) string {
	want := "a quoted string"
	if strings.HasSuffix(key, "keep") {
		want = "a whole number"
	}
	if strings.Contains(msg, "incompatible types") {
		return "expected " + want
	}
	return msg
}

// keyPosition finds where a dotted key ("backup.keep") is set in the TOML text,
// so that errors the decoder reports without a column still point at the key.
func keyPosition(text, dotted string) (int, int) {
	parts := strings.Split(dotted, ".")
	name := parts[len(parts)-1]
	table := strings.Join(parts[:len(parts)-1], ".")
	current := ""
	for i, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(raw)
		if strings.HasPrefix(line, "[") {
			current = strings.Trim(line, "[] ")
			continue
		}
		k, _, ok := strings.Cut(line, "=")
		k = strings.Trim(strings.TrimSpace(k), `"'`)
		if ok && current == table && k == name {
			return i + 1, strings.Index(raw, strings.TrimSpace(raw)) + 1
		}
		if ok && current == "" && k == dotted {
			return i + 1, strings.Index(raw, strings.TrimSpace(raw)) + 1
		}
		if current == dotted && table == "" {
			return i + 1, 1
		}
	}
	return 0, 0
}

// applyEnv lets the environment override where data lives and which workspace
// opens, so scripts and tests need no configuration file.
func applyEnv(cfg *Config) error {
	if v := os.Getenv("DPODESK_DATA_DIR"); v != "" {
		cfg.DataDir = v
	}
	if v := os.Getenv("DPODESK_WORKSPACE"); v != "" {
		cfg.DefaultWorkspace = v
	}
	return nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// plainErr drops Go's "open /path:" prefix, which repeats what the message names.
func plainErr(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
