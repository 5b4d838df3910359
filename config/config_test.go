package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// config.example.toml documents every key with the code's default: decoding it
// onto a zero Config must give exactly DefaultConfig, and it must set every key.
func TestExampleConfigMatchesDefaults(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "config.example.toml"))
	if err != nil {
		t.Fatal(err)
	}
	var got Config
	if err := decodeConfig("config.example.toml", string(data), &got); err != nil {
		t.Fatal(err)
	}
	if want := DefaultConfig(); !reflect.DeepEqual(got, want) {
		t.Errorf("config.example.toml gives\n%+v\nthe code's defaults are\n%+v", got, want)
	}
	for _, key := range tomlKeys(reflect.TypeOf(Config{}), "") {
		if line, _ := keyPosition(string(data), key); line == 0 {
			t.Errorf("config.example.toml does not document %q", key)
		}
	}
	if err := got.Validate(); err != nil {
		t.Errorf("the defaults do not validate: %v", err)
	}
}

func tomlKeys(t reflect.Type, prefix string) []string {
	var keys []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("toml")
		if tag == "" {
			continue
		}
		if f.Type.Kind() == reflect.Struct {
			keys = append(keys, tomlKeys(f.Type, prefix+tag+".")...)
			continue
		}
		keys = append(keys, prefix+tag)
	}
	return keys
}

func TestKeyPosition(t *testing.T) {
	text := "a = 1\n  theme = \"x\"\n[backup]\nkeep = 2\n"
	tests := []struct {
		key       string
		line, col int
	}{{"a", 1, 1}, {"theme", 2, 3}, {"backup.keep", 4, 1}, {"keep", 0, 0}, {"missing", 0, 0}}
	for _, tt := range tests {
		if l, c := keyPosition(text, tt.key); l != tt.line || c != tt.col {
			t.Errorf("keyPosition(%q) = %d:%d, want %d:%d", tt.key, l, c, tt.line, tt.col)
		}
	}
}

func TestConfigValues(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Config)
		want   string // "" for valid
	}{
		{"defaults", func(*Config) {}, ""},
		{"uk with English holidays", func(c *Config) { c.Jurisdiction, c.Holidays = "uk", "GB-ENG" }, ""},
		{"unknown jurisdiction", func(c *Config) { c.Jurisdiction = "mars" }, "jurisdiction"},
		{"unknown region", func(c *Config) { c.Holidays = "DE-XX" }, "holidays"},
		{"extension mode", func(c *Config) { c.ExtensionMode = "1y" }, "extension_mode"},
		{"pause policy", func(c *Config) { c.PausePolicy = "always" }, "pause_policy"},
		{"language", func(c *Config) { c.Language = "fr" }, "language"},
		{"date format", func(c *Config) { c.DateFormat = "D/M/Y" }, "date_format"},
		{"German date format", func(c *Config) { c.DateFormat = "DD.MM.YYYY" }, ""},
		{"workspace name", func(c *Config) { c.DefaultWorkspace = "../up" }, "default_workspace"},
		{"backup period", func(c *Config) { c.Backup.Every = "weekly" }, "backup.every"},
		{"backup off", func(c *Config) { c.Backup.Every = "off" }, ""},
		{"backup keep", func(c *Config) { c.Backup.Keep = 0 }, "backup.keep"},
	}
	for _, tt := range tests {
		c := DefaultConfig()
		tt.change(&c)
		err := c.Validate()
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: error %v, want one naming %q", tt.name, err, tt.want)
		}
	}
}

func TestEnvironmentOverrides(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("DPODESK_DATA_DIR", "/srv/dpo")
	t.Setenv("DPODESK_WORKSPACE", "client-a")
	c, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	if c.DataDirPath() != "/srv/dpo" || c.DefaultWorkspace != "client-a" {
		t.Errorf("environment not applied: data %q workspace %q", c.DataDirPath(), c.DefaultWorkspace)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "absent.toml")); err == nil {
		t.Error("a configuration file named with --config that does not exist was accepted")
	}
}
