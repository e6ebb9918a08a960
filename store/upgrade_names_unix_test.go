//go:build unix

package store

import (
	"os"
	"syscall"
	"testing"
)

// The copy kept before an upgrade never follows a link or opens a pipe
// that sits at its name, nor replaces a copy already there: it takes the
// next free name.
func TestUpgradeBackupTakesAFreeName(t *testing.T) {
	for _, tc := range []struct {
		name  string
		place func(t *testing.T, at, victim string)
	}{
		{"link to another file", func(t *testing.T, at, victim string) {
			if err := os.Symlink(victim, at); err != nil {
				t.Fatal(err)
			}
		}},
		{"dangling link", func(t *testing.T, at, victim string) {
			if err := os.Symlink(victim+".missing", at); err != nil {
				t.Fatal(err)
			}
		}},
		{"pipe", func(t *testing.T, at, _ string) {
			if err := syscall.Mkfifo(at, 0o600); err != nil {
				t.Fatal(err)
			}
		}},
		{"an older copy", func(t *testing.T, at, _ string) {
			if err := os.WriteFile(at, []byte("older copy"), 0o600); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := copyJournal(t, "schema2-b41a3a1")
			victim := path + ".victim"
			if err := os.WriteFile(victim, []byte("keep me"), 0o600); err != nil {
				t.Fatal(err)
			}
			at := path + ".schema2.bak"
			tc.place(t, at, victim)
			before, _ := os.Lstat(at)
			if _, err := Open(path); err != nil {
				t.Fatal(err)
			}
			if b, _ := os.ReadFile(victim); string(b) != "keep me" {
				t.Errorf("the file behind the link was overwritten (%d bytes now)", len(b))
			}
			if after, err := os.Lstat(at); err != nil || after.Mode() != before.Mode() || after.Size() != before.Size() {
				t.Errorf("what sat at %s was changed or removed: %v", at, err)
			}
			if got := fileSchema(t, at+"-2"); got != 2 {
				t.Errorf("the kept copy has schema %d, want 2", got)
			}
			if got := fileSchema(t, path); got != SchemaVersion {
				t.Errorf("the journal has schema %d after the upgrade", got)
			}
		})
	}
}
