package gitsync

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"coach/domain"
	"coach/syncop"
)

// gitIn runs git in dir and fails the test when it fails.
func gitIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

// pushFiles writes files into a clone of remote and pushes them, as a
// hostile or broken device would.
func pushFiles(t *testing.T, remote string, files map[string][]byte) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "evil")
	gitIn(t, filepath.Dir(dir), "clone", "-q", "-b", "main", remote, dir)
	for name, data := range files {
		path := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(path), 0o700)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	gitIn(t, dir, "add", "-A")
	gitIn(t, dir, "commit", "-q", "-m", "evil")
	gitIn(t, dir, "push", "-q", "origin", "HEAD:main")
}

const evil = "00000000000000ee"

func evilSegment(seq uint64, lines ...string) []byte {
	head := `{"coach_sync":1,"device":"` + evil + `","seq":` + itoa(seq) + `,"count":` + itoa(uint64(len(lines))) + "}\n"
	return []byte(head + strings.Join(lines, "\n") + "\n")
}

func itoa(n uint64) string { return strconv.FormatUint(n, 10) }

func remoteOf(t *testing.T, d *device) string {
	t.Helper()
	s, err := d.st.SyncStatus()
	if err != nil {
		t.Fatal(err)
	}
	return s.Config.Remote
}

func stamp(dev string) string { return string(syncop.NewStamp(time.Now().UnixMilli()-1000, 0, dev)) }

func TestHostileSegmentsAreRefusedAndChangeNothing(t *testing.T) {
	gid := "0123456789abcdef0123456789abcdef"
	op := func(kind, id, at, set string) string {
		return `{"k":"` + kind + `","id":"` + id + `","at":"` + at + `","set":` + set + `}`
	}
	goodGoal := op("goal", gid, stamp(evil), `{"title":"x","competency":"depth","status":"active","deleted":false}`)
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"truncated", evilSegment(1, goodGoal)[:40], "segment 1 of device " + evil},
		{"fewer ops than the header", []byte(strings.Replace(string(evilSegment(1, goodGoal)), `"count":1`, `"count":2`, 1)), "truncated"},
		{"a future format", []byte(strings.Replace(string(evilSegment(1, goodGoal)), `"coach_sync":1`, `"coach_sync":9`, 1)), "newer coach"},
		{"another device's stamp", evilSegment(1, op("goal", gid, stamp("1111111111111111"), `{"title":"x","deleted":false}`)), "stamped by device 1111111111111111"},
		{"a header for another device", []byte(strings.Replace(string(evilSegment(1, goodGoal)), `"device":"`+evil, `"device":"2222222222222222`, 1)), "header says device"},
		{"an unknown field", evilSegment(1, op("goal", gid, stamp(evil), `{"owner":"root"}`)), "unknown field"},
		{"an unknown kind", evilSegment(1, op("secret", gid, stamp(evil), `{"title":"x"}`)), "unknown kind"},
		{"a bad id", evilSegment(1, op("goal", "../../etc", stamp(evil), `{"title":"x"}`)), "not valid"},
		{"a title of the wrong type", evilSegment(1, op("goal", gid, stamp(evil), `{"title":7,"competency":"depth","deleted":false}`)), "field title"},
		{"a title that does not validate", evilSegment(1, op("goal", gid, stamp(evil), `{"title":"`+strings.Repeat("x", 300)+`","competency":"depth","deleted":false}`)), "goal " + gid},
		{"escapes in a title", evilSegment(1, op("goal", gid, stamp(evil), `{"title":"\u001b]0;pwned\u0007","competency":"depth","deleted":false}`)), ""},
		{"a line too long", evilSegment(1, op("goal", gid, stamp(evil), `{"why":"`+strings.Repeat("y", syncop.MaxLine)+`"}`)), "longer than"},
		{"a task whose goal nobody sent", evilSegment(1, op("task", gid, stamp(evil), `{"title":"t","goal":"fedcba9876543210fedcba9876543210","competency":"depth","repeat":"daily","deleted":false}`)), "no device sent it"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, _ := pair(t)
			must[domain.Goal](t)(a.st.AddGoal(domain.Goal{Title: "mine", Competency: domain.Depth}))
			a.sync()
			before := canonical(t, a.st)
			remote := remoteOf(t, a)
			pushFiles(t, remote, map[string][]byte{"devices/" + evil + "/00000001.ops": c.data})
			_, err := Sync(context.Background(), a.st, a.o)
			if c.want == "" { // escapes are text like any other: stored, and cleaned where shown
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("sync error %v, want one that says %q", err, c.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("the error is more than one line: %q", err)
			}
			if after := canonical(t, a.st); after != before {
				t.Errorf("a refused sync changed the journal")
			}
			if s, _ := a.st.SyncStatus(); s.Last.Error == "" {
				t.Errorf("the failure was not kept for the status")
			}
		})
	}
}

func TestARewrittenRemoteIsNoticedAndDeletesNothing(t *testing.T) {
	a, b := pair(t)
	must[domain.Goal](t)(a.st.AddGoal(domain.Goal{Title: "keep me", Competency: domain.Depth}))
	a.sync()
	b.sync()
	// Someone force-pushes an unrelated history.
	remote := remoteOf(t, a)
	dir := filepath.Join(t.TempDir(), "other")
	gitIn(t, filepath.Dir(dir), "init", "-q", dir)
	os.WriteFile(filepath.Join(dir, "README"), []byte("another project\n"), 0o600)
	gitIn(t, dir, "add", "-A")
	gitIn(t, dir, "commit", "-q", "-m", "other")
	gitIn(t, dir, "push", "-q", "-f", remote, "HEAD:main")

	before := canonical(t, b.st)
	_, err := Sync(context.Background(), b.st, b.o)
	if !errors.Is(err, ErrRewritten) {
		t.Fatalf("sync after a force-push: %v, want ErrRewritten", err)
	}
	if canonical(t, b.st) != before {
		t.Fatal("the rewritten remote changed the journal")
	}
	// The way out the message gives: set up again, which sends the journal.
	b.init(remote, false)
	if gs := must[[]domain.Goal](t)(b.st.Goals()); len(gs) != 1 || gs[0].Title != "keep me" {
		t.Fatalf("after sync init again: %+v", gs)
	}
}

func TestACopiedDatabaseIsAnotherDevice(t *testing.T) {
	a, _ := pair(t)
	copyPath := filepath.Join(t.TempDir(), "coach.db")
	data, err := os.ReadFile(a.st.Path())
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(copyPath, data, 0o600)
	c := &device{t: t, name: "copy", st: must[*storeT](t)(openStore(copyPath)), o: a.o}
	if _, err := Sync(context.Background(), c.st, c.o); !errors.Is(err, ErrCopied) {
		t.Fatalf("sync of a copy: %v, want ErrCopied", err)
	}
	c.o.Host = "another-machine"
	c.init(remoteOf(t, a), false)
	if s, _ := c.st.SyncStatus(); s.Config.Device == must[string](t)(deviceOf(a)) {
		t.Fatal("the copy kept the device id")
	}
	agree(t, a, c)
}

func deviceOf(d *device) (string, error) {
	s, err := d.st.SyncStatus()
	return s.Config.Device, err
}

func TestNoGitOrNoRemoteIsOneLineAndChangesNothing(t *testing.T) {
	d := newDevice(t, "laptop")
	must[domain.Goal](t)(d.st.AddGoal(domain.Goal{Title: "mine", Competency: domain.Depth}))
	if _, err := Init(context.Background(), d.st, filepath.Join(t.TempDir(), "nothing-here.git"), false, d.o); err == nil || strings.Contains(err.Error(), "\n") {
		t.Errorf("init with a remote that does not exist: %v", err)
	}
	if s, _ := d.st.SyncStatus(); s.On {
		t.Error("a failed init set sync up")
	}
	t.Setenv("PATH", t.TempDir())
	if _, err := Init(context.Background(), d.st, bareRemoteDir(t), false, d.o); !errors.Is(err, ErrNoGit) {
		t.Errorf("init without git: %v", err)
	}
	if gs := must[[]domain.Goal](t)(d.st.Goals()); len(gs) != 1 {
		t.Errorf("goals after failed inits: %+v", gs)
	}
}

// bareRemoteDir is a path for a remote, made without running git.
func bareRemoteDir(t *testing.T) string { return filepath.Join(t.TempDir(), "r.git") }

func TestAnEncryptedRemoteHoldsNoPlainText(t *testing.T) {
	remote := bareRemote(t)
	a, b := newDevice(t, "laptop"), newDevice(t, "desktop")
	secret := "SECRET-TITLE-7f3a"
	g := must[domain.Goal](t)(a.st.AddGoal(domain.Goal{Title: secret, Competency: domain.Depth, Why: "secret-why-91"}))
	task := must[domain.Task](t)(a.st.AddTask(domain.Task{Title: "secret-task-55", GoalID: g.ID, Repeat: "daily", Notes: "secret-notes-13"}))
	must[domain.CheckIn](t)(a.st.SetDone(domain.CheckIn{TaskID: task.ID, Date: day("2026-11-30"), Note: "secret-note-22"}))
	must[*domain.Reflection](t)(a.st.PutReflection(domain.Reflection{Date: day("2026-11-30"), Learned: "secret-learned-48", Tags: []string{"secrettag64"}, Rating: 3}))
	if res := a.init(remote, true); !res.KeyMade {
		t.Error("init --encrypt did not make a key")
	}
	info, err := os.Stat(a.o.KeyFile)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v %v", info, err)
	}
	// Every object of the remote, inflated: none holds the text.
	objects := gitIn(t, remote, "cat-file", "--batch-all-objects", "--batch-check=%(objectname)")
	for _, id := range strings.Fields(objects) {
		body := gitIn(t, remote, "cat-file", "-p", id)
		for _, s := range []string{secret, "secret-", "secrettag64", "laptop"} {
			if strings.Contains(body, s) {
				t.Fatalf("object %s holds %q", id, s)
			}
		}
	}
	rawObjectsHoldNo(t, remote, secret)

	// A device without the key is told in one line.
	_, err = Init(context.Background(), b.st, remote, false, b.o)
	if err == nil || !strings.Contains(err.Error(), "no key") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("init without the key: %v", err)
	}
	// With another key: refused.
	os.MkdirAll(filepath.Dir(b.o.KeyFile), 0o700)
	if _, _, err := loadOrMakeKey(b.o.KeyFile, b.o.now()); err != nil {
		t.Fatal(err)
	}
	if _, err := Init(context.Background(), b.st, remote, false, b.o); err == nil || !strings.Contains(err.Error(), "not the one") {
		t.Fatalf("init with another key: %v", err)
	}
	// With the key copied over, it works without --encrypt.
	data, _ := os.ReadFile(a.o.KeyFile)
	os.WriteFile(b.o.KeyFile, data, 0o600)
	b.init(remote, false)
	agree(t, a, b)
}

// rawObjectsHoldNo inflates every loose object file and checks for s.
func rawObjectsHoldNo(t *testing.T, repo, s string) {
	t.Helper()
	filepath.Walk(filepath.Join(repo, "objects"), func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return nil
		}
		f, _ := os.Open(p)
		defer f.Close()
		if zr, err := zlib.NewReader(f); err == nil {
			data, _ := io.ReadAll(zr)
			if bytes.Contains(data, []byte(s)) {
				t.Errorf("%s holds %q", p, s)
			}
		}
		return nil
	})
}

// A pipe, a directory or a huge file where the key should be is refused at
// once, never waited on.
func TestAKeyFileThatIsNotAFileIsRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.key")
	if err := syscallMkfifo(fifo); err != nil {
		t.Skip(err)
	}
	big := filepath.Join(dir, "big.key")
	os.WriteFile(big, make([]byte, 100<<10), 0o600)
	for _, p := range []string{fifo, dir, big} {
		if _, err := loadKey(p); err == nil || !strings.Contains(err.Error(), "not a key file") {
			t.Errorf("%s: %v", p, err)
		}
	}
}

// A stamp far ahead of this machine's clock, and a segment whose
// predecessor is missing, are refused.
func TestStampsAheadAndGapsAreRefused(t *testing.T) {
	gid := "0123456789abcdef0123456789abcdef"
	op := `{"k":"goal","id":"` + gid + `","at":"%s","set":{"title":"x","competency":"depth","status":"active","deleted":false}}`
	ahead := string(syncop.NewStamp(time.Now().Add(72*time.Hour).UnixMilli(), 0, evil))
	for name, files := range map[string]map[string][]byte{
		"ahead": {"devices/" + evil + "/00000001.ops": evilSegment(1, strings.Replace(op, "%s", ahead, 1))},
		"gap":   {"devices/" + evil + "/00000002.ops": []byte(strings.Replace(string(evilSegment(1, strings.Replace(op, "%s", stamp(evil), 1))), `"seq":1`, `"seq":2`, 1))},
	} {
		t.Run(name, func(t *testing.T) {
			a, _ := pair(t)
			before := canonical(t, a.st)
			pushFiles(t, remoteOf(t, a), files)
			_, err := Sync(context.Background(), a.st, a.o)
			want := map[string]string{"ahead": "more than a day ahead", "gap": "segment 2 is on the remote but 1 is missing"}[name]
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("sync: %v, want %q", err, want)
			}
			if canonical(t, a.st) != before {
				t.Error("a refused sync changed the journal")
			}
		})
	}
}
