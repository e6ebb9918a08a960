package tui

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"coach/content"
	"coach/domain"
)

// A task form's draft goes through the file and back into a form that
// saves the text as typed: tabs and escapes included.
func TestTaskDraftRoundTrip(t *testing.T) {
	sh := testShared(t, content.EN)
	stored, err := sh.store.AddTask(domain.Task{Title: "read\tthe \x1b[1mbook", Competency: domain.Depth, Repeat: "daily", Notes: "a\nb"})
	if err != nil {
		t.Fatal(err)
	}
	tf := newTaskForm(sh, stored, nil)
	tf.SetSize(80, 30)
	textModel(tf.fields[tfNotes]).SetValue(textModel(tf.fields[tfNotes]).Value() + " more")
	path := filepath.Join(t.TempDir(), "c.db.drafts")
	if err := writeDrafts(path, []draft{tf.draft()}); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("drafts file: %v %v", fi, err)
	}
	rs, err := loadDrafts(sh.store, path)
	if err != nil || len(rs) != 1 {
		t.Fatalf("loaded %d drafts: %v", len(rs), err)
	}
	back := newTaskForm(sh, rs[0].task, nil)
	back.restore(rs[0].draft)
	got, ok := back.result(testDay)
	if !ok || got.Title != stored.Title || got.Notes != "a\nb more" || got.ID != stored.ID {
		t.Errorf("restored task %+v (ok %v)", got, ok)
	}
	if !back.changed() {
		t.Error("a restored draft counts as unchanged, so a second stop would lose it")
	}
	if err := writeDrafts(path, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("no drafts left the file: %v", err)
	}
}

// A drafts file that is not one is refused, not read as empty.
func TestForeignDraftsFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db.drafts")
	for _, body := range []string{"not json", `{"format":"other","version":1}`, `{"format":"coach drafts","version":2}`} {
		if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := readDrafts(path); err == nil {
			t.Errorf("%s: read as drafts", body)
		}
	}
}

// q asks when a draft would be lost; only y quits.
func TestQuitAsksModel(t *testing.T) {
	m := sizeModel(t, content.ZH, []string{"3", "e", "x", "esc"}, fixture)
	m2, cmd := m.Update(keyMsg("q"))
	if cmd != nil {
		t.Fatal("q quit with a draft")
	}
	if v := viewOf(m2); !strings.Contains(v, "按 y 退出") {
		t.Errorf("no question:\n%s", v)
	}
	m2, cmd = m2.Update(keyMsg("n"))
	if cmd != nil || len(m2.(*app).drafts()) != 1 {
		t.Fatal("n did not stay with the draft")
	}
	m2.Update(keyMsg("q"))
	if _, cmd = m2.Update(keyMsg("y")); cmd == nil || len(m2.(*app).drafts()) != 0 {
		t.Error("y did not quit without the drafts")
	}
}

// A form filled before the window's size is known (a draft brought back
// at start) shows its title from the first character once it is sized:
// the input kept the scroll offset of the narrow default width.
func TestFormSizedAfterFillingShowsTheStart(t *testing.T) {
	sh := testShared(t, content.EN)
	tf := newTaskForm(sh, domain.Task{Competency: domain.Depth}, nil)
	tf.SetSize(0, 0)
	tf.fields[tfTitle].setText("draft task with words")
	tf.fields[tfTitle].input.blur()
	tf.SetSize(80, 30)
	if view := textModel(tf.fields[tfTitle]).View(); !strings.Contains(view, "draft task with words") {
		t.Errorf("the title shows %q", view)
	}
}

// A pipe or a directory where the drafts file goes is refused at once: a
// read of a pipe would hold the app's start until someone wrote to it.
func TestDraftsPathNotAFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "c.db.drafts")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no fifo here:", err)
	}
	done := make(chan error, 1)
	go func() { _, err := readDrafts(fifo); done <- err }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "not a coach drafts file") {
			t.Errorf("readDrafts of a fifo: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("readDrafts waits on a fifo")
	}
	if _, err := readDrafts(dir); err == nil {
		t.Error("readDrafts of a directory gave no error")
	}
}
