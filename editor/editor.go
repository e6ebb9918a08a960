// Package editor runs the user's text editor on a temporary file.
package editor

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// Command returns the command that edits path with $VISUAL, else $EDITOR,
// else vi. The variable may hold arguments ("code --wait").
func Command(getenv func(string) string, path string) *exec.Cmd {
	ed := getenv("VISUAL")
	if strings.TrimSpace(ed) == "" {
		ed = getenv("EDITOR")
	}
	parts := strings.Fields(ed)
	if len(parts) == 0 {
		parts = []string{"vi"}
	}
	return exec.Command(parts[0], append(parts[1:], path)...)
}

// TempFile writes text to a new private temporary file and returns its path.
func TempFile(pattern, text string) (string, error) {
	f, err := os.CreateTemp("", pattern)
	if err != nil {
		return "", fmt.Errorf("cannot create a file for the editor: %w", err)
	}
	defer f.Close()
	if _, err := f.WriteString(text); err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// ReadBack reads the file the editor saved at path. An editor may have
// left something else at that name: a pipe would hold the reader for good,
// so only a regular file is read. A missing file is fs.ErrNotExist.
func ReadBack(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", path)
	}
	return os.ReadFile(path)
}
