package safety

import (
	"encoding/binary"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// damagedFiles makes, beside a sound database, each kind of file that is
// not one coach can use. The truncations cut a real database at several
// points: inside the meta pages, at a page boundary, inside a page.
func damagedFiles(t *testing.T, u *user) map[string][]byte {
	t.Helper()
	for i := range 30 {
		u.must("add", strings.Repeat("A long title to fill pages ", 3)+string(rune('a'+i%26)), "--repeat", "daily")
	}
	for i := 1; i <= 30; i += 2 {
		u.must("done", strconv.Itoa(i))
	}
	sound, err := os.ReadFile(u.db)
	if err != nil {
		t.Fatal(err)
	}
	// The file may end in room for growth; what must be there is the
	// pages up to the high-water mark that the meta page counts.
	used := int(boltSize(t, u.db))
	if used > len(sound) || used < 6*4096 {
		t.Fatalf("the database holds %d bytes of pages in a file of %d", used, len(sound))
	}
	random := make([]byte, 64<<10)
	rng := rand.New(rand.NewPCG(7, 7))
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	files := map[string][]byte{
		"empty":                {},
		"random bytes":         random,
		"a text file":          []byte("coach\nthis is not a database\n"),
		"truncated to 100 B":   sound[:100],
		"truncated to 5000 B":  sound[:5000],
		"truncated to 2 pages": sound[:8192],
		"truncated mid-page":   sound[:used/2+1000],
		"last page cut off":    sound[:used-4096],
		"one byte short":       sound[:used-1],
	}

	// another program's bbolt file, and one with coach's buckets but
	// another app name
	for name, fill := range map[string]func(*bolt.Tx) error{
		"another program's bbolt file": func(tx *bolt.Tx) error {
			b, err := tx.CreateBucket([]byte("settings"))
			if err == nil {
				err = b.Put([]byte("theme"), []byte("dark"))
			}
			return err
		},
		"a bbolt file of another app named in meta": func(tx *bolt.Tx) error {
			b, err := tx.CreateBucket([]byte("meta"))
			if err == nil {
				err = b.Put([]byte("app"), []byte("notes"))
			}
			return err
		},
	} {
		files[name] = boltFile(t, filepath.Join(t.TempDir(), "x.db"), nil, fill)
	}

	// a coach database written by a newer coach: schema 99
	files["a newer schema"] = boltFile(t, filepath.Join(t.TempDir(), "newer.db"), sound, func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), []byte("99"))
	})
	return files
}

// boltSize is the size of the pages a bbolt file's meta page counts.
func boltSize(t *testing.T, path string) int64 {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int64
	db.View(func(tx *bolt.Tx) error { n = tx.Size(); return nil })
	return n
}

// boltFile writes a bbolt file at path, starting from start's bytes when
// given, changes it with fill, and returns its bytes.
func boltFile(t *testing.T, path string, start []byte, fill func(*bolt.Tx) error) []byte {
	t.Helper()
	if start != nil {
		if err := os.WriteFile(path, start, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(fill); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDamagedOrForeignFile puts each kind of unusable file where the
// database should be and runs reading commands, writing commands and the
// full-screen app's entry (no terminal): each fails at once with exit 1 and
// one line that names the file and the way out, and the file keeps every
// byte. The daily copy is not taken from it either.
func TestDamagedOrForeignFile(t *testing.T) {
	u := newUser(t)
	files := damagedFiles(t, u)
	commands := [][]string{
		{}, // the full-screen app; standard input is not a terminal
		{"today"},
		{"check"},
		{"stats", "--json"},
		{"export"},
		{"add", "Something new"},
		{"done", "1"},
		{"reflect", "--rating", "4", "-m", "a line"},
		{"backup", filepath.Join(u.home, "out.db")},
	}
	for name, content := range files {
		t.Run(name, func(t *testing.T) {
			v := newUser(t)
			v.today = "2026-11-29" // a new day: a write would first keep a daily copy
			if err := os.MkdirAll(filepath.Dir(v.db), 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(v.db, content, 0o600); err != nil {
				t.Fatal(err)
			}
			before := fileSum(t, v.db)
			way := []string{"coach check", "coach restore"}
			for _, args := range commands {
				r := v.run(args...)
				if r.stdout != "" {
					t.Errorf("printed on stdout: %v", r)
				}
				oneLineError(t, r, v.db)
				mentions := false
				for _, w := range way {
					mentions = mentions || strings.Contains(r.stderr, w)
				}
				if !mentions {
					t.Errorf("the error names no way out (%q): %v", way, r)
				}
				if name == "a newer schema" && !strings.Contains(r.stderr, "upgrade coach") {
					t.Errorf("the error does not say to upgrade coach: %v", r)
				}
				if after := fileSum(t, v.db); after != before {
					t.Fatalf("coach %s changed the file", strings.Join(args, " "))
				}
			}
			if left, _ := os.ReadDir(filepath.Dir(v.db)); len(left) != 1 {
				var names []string
				for _, e := range left {
					names = append(names, e.Name())
				}
				t.Errorf("files appeared beside the database: %v", names)
			}
		})
	}
}

// TestRestoreRepairsDamagedFile follows the way out the error names: coach
// restore BACKUP works on a damaged, foreign or newer file, keeps that file
// byte for byte beside the database, and leaves a database that passes the
// check and holds the backup's records.
func TestRestoreRepairsDamagedFile(t *testing.T) {
	u := newUser(t)
	files := damagedFiles(t, u)
	backup := filepath.Join(u.home, "good.db")
	u.must("backup", backup)
	want := u.must("export", "--format", "csv")
	for name, content := range files {
		t.Run(name, func(t *testing.T) {
			v := newUser(t)
			if err := os.MkdirAll(filepath.Dir(v.db), 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(v.db, content, 0o600); err != nil {
				t.Fatal(err)
			}
			before := fileSum(t, v.db)
			r := v.run("restore", backup)
			if r.code != 0 {
				t.Fatalf("restore onto %s: %v", name, r)
			}
			kept, _ := filepath.Glob(v.db + ".before-restore-*")
			if len(kept) != 1 {
				t.Fatalf("kept %v; %v", kept, r)
			}
			if got := fileSum(t, kept[0]); got != before {
				t.Errorf("the kept file %s is not the damaged file as it was", kept[0])
			}
			v.checkFine(v.db)
			if got := v.must("export", "--format", "csv"); got != want {
				t.Errorf("restored records differ from the backup's")
			}
		})
	}
}

// TestPagePastTheEnd damages a database inside: one branch page of a
// bucket points at a page past the end of the file, as a torn write or a
// bad disk block might leave it. Every command either works (it never
// reads that page) or fails with one line; none crashes with a stack
// trace, coach check reports the damage and sends you to restore, and the
// file keeps every byte.
func TestPagePastTheEnd(t *testing.T) {
	u := newUser(t)
	if err := os.MkdirAll(filepath.Dir(u.db), 0o700); err != nil {
		t.Fatal(err)
	}
	u.must("demo", "--years", "1", "--db", u.db)
	b, err := os.ReadFile(u.db)
	if err != nil {
		t.Fatal(err)
	}
	const pageSize = 4096
	pages := len(b) / pageSize
	bent := 0
	for id := 2; id < pages && bent == 0; id++ {
		p := b[id*pageSize:]
		// header: id uint64, flags uint16, count uint16, overflow uint32;
		// a branch element: pos uint32, ksize uint32, pgid uint64
		if binary.LittleEndian.Uint64(p) != uint64(id) || binary.LittleEndian.Uint16(p[8:]) != 0x01 || binary.LittleEndian.Uint16(p[10:]) < 2 {
			continue
		}
		binary.LittleEndian.PutUint64(p[16+16+8:], uint64(pages+100))
		bent = id
	}
	if bent == 0 {
		t.Fatal("the demo database has no branch page to damage")
	}
	if err := os.WriteFile(u.db, b, 0o600); err != nil {
		t.Fatal(err)
	}
	before := fileSum(t, u.db)

	r := u.run("check")
	oneLineError(t, r, u.db, "coach restore")
	if !strings.Contains(r.stdout, "points outside the file") {
		t.Errorf("coach check does not report the page: %v", r)
	}
	for _, args := range [][]string{
		{"today"}, {"goals"}, {"stats"}, {"export"}, {"export", "--format", "csv"},
		{"reflect", "--rating", "4", "-m", "a line"}, {"done", "1"}, {"add", "Something new"},
	} {
		r := u.run(args...)
		if strings.Contains(r.stderr, "goroutine ") || (r.code != 0 && r.code != 1) {
			t.Errorf("crashed: %v", r)
		}
		if r.code == 1 {
			oneLineError(t, r, u.db)
		}
	}
	if after := fileSum(t, u.db); after != before {
		// a command that works may write, but only through bbolt, and the
		// damaged page must stay as it was: check still finds it
		if r := u.run("check"); r.code != 1 {
			t.Errorf("after the writes the damage is gone: %v", r)
		}
	}
}
