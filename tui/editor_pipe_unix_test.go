//go:build unix

package tui

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// An editor that leaves a pipe where its file was: reading the text back
// ends at once with an error for the form, instead of waiting for good.
func TestEditorPipeIsNotRead(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "coach-x.md")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan reflectEditorTextMsg, 1)
	go func() {
		done <- rfReadEditorFile(reflectEditorDoneMsg{key: "day 2026-11-28", path: pipe})().(reflectEditorTextMsg)
	}()
	select {
	case msg := <-done:
		if msg.err == nil {
			t.Errorf("a pipe was read as the edited text: %q", msg.text)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("reading the edited text waited on a pipe")
	}
}
