package cli_test

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func bare(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := filepath.Join(t.TempDir(), "journal.git")
	if out, err := exec.Command("git", "init", "-q", "--bare", dir).CombinedOutput(); err != nil {
		t.Fatalf("%v %s", err, out)
	}
	return dir
}

func TestSyncCommands(t *testing.T) {
	remote := bare(t)
	a, b := newEnv(t), newEnv(t)

	// Before set-up: a sync is one line and exit 1; the status says how.
	if _, errOut, code := run(t, a, "sync"); code != 1 || !strings.Contains(errOut, "coach sync init REMOTE") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("sync before init: exit %d, %q", code, errOut)
	}
	if out := must(t, a, "sync", "status"); !strings.Contains(out, "not set up") {
		t.Errorf("status before init: %q", out)
	}
	if _, _, code := run(t, a, "sync", "init"); code != 2 {
		t.Errorf("init without a remote: exit %d, want 2", code)
	}
	if _, errOut, code := run(t, a, "sync", "init", filepath.Join(t.TempDir(), "none.git")); code != 1 || strings.Count(errOut, "\n") != 1 {
		t.Errorf("init with a missing remote: exit %d, %q", code, errOut)
	}

	must(t, a, "add", "Read the sync section", "--repeat", "daily")
	if out := must(t, a, "sync", "init", remote); !strings.Contains(out, "synced: 1 change sent, 0 records received") {
		t.Errorf("init on A: %q", out)
	}
	if out := must(t, b, "sync", "init", remote); !strings.Contains(out, "1 record received") {
		t.Errorf("init on B: %q", out)
	}
	if out := must(t, b, "today"); !strings.Contains(out, "Read the sync section") {
		t.Errorf("B's today lacks A's task: %q", out)
	}
	must(t, b, "done", "1")
	must(t, b, "sync")
	if out := must(t, a, "sync"); !strings.Contains(out, "0 changes sent, 1 record received") {
		t.Errorf("A's sync: %q", out)
	}

	out := must(t, a, "sync", "status")
	for _, want := range []string{"remote:       " + remote, "other devices:", "last sync:    just now", "waiting:      0 changes"} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}
	var st struct {
		SetUp  bool   `json:"set_up"`
		Remote string `json:"remote"`
		Others []struct {
			Device string `json:"device"`
		} `json:"other_devices"`
		Waiting int `json:"waiting"`
	}
	if err := json.Unmarshal([]byte(must(t, a, "sync", "status", "--json")), &st); err != nil || !st.SetUp || st.Remote != remote || len(st.Others) != 1 {
		t.Errorf("status --json: %+v %v", st, err)
	}
	must(t, a, "add", "another", "--repeat", "daily")
	if out := must(t, a, "sync", "status"); !strings.Contains(out, "waiting:      1 change not yet pushed") {
		t.Errorf("status with a change waiting: %s", out)
	}
}

// The sync lines speak the user's language.
func TestSyncCommandsInChinese(t *testing.T) {
	remote := bare(t)
	a := newEnv(t)
	a.vars["COACH_LANG"] = "zh"
	must(t, a, "add", "读一篇 RFC", "--repeat", "daily")
	if out := must(t, a, "sync", "init", remote); !strings.Contains(out, "已同步：发出 1 项更改，收到 0 条记录") {
		t.Errorf("init: %q", out)
	}
	out := must(t, a, "sync", "status")
	for _, want := range []string{"远程仓库：" + remote, "其他设备：暂无", "上次同步：刚刚", "待推送：  0 项更改"} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}
}
