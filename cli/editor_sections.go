package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"coach/editor"
)

// editText opens text in the user's editor, in a file named after
// pattern, and hands what comes back to read. When the edited text cannot
// be read, the file is kept and named, so that nothing typed is lost.
func (a *app) editText(pattern, text string, read func(edited string) error) error {
	path, err := editor.TempFile(pattern, text)
	if err != nil {
		return err
	}
	cmd := editor.Command(a.Getenv, path)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = a.Stdin, a.Stdout, a.Stderr
	if err := cmd.Run(); err != nil {
		os.Remove(path)
		return fmt.Errorf("the editor %s failed: %v; nothing was saved", cmd.Path, err)
	}
	edited, err := editor.ReadBack(path)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("the editor left no file at %s; nothing was saved", path)
	}
	if err != nil {
		return fmt.Errorf("cannot read the edited text back (%v); nothing was saved, and what the editor left is kept in %s", err, path)
	}
	if err := read(string(edited)); err != nil {
		return fmt.Errorf("%w; nothing was saved, and your text is kept in %s", err, path)
	}
	os.Remove(path)
	return nil
}

// readSections reads a template coach wrote for $EDITOR back: the lines
// that start with marker are coach's own, "## name" among them opening a
// part; every other line is text of the part above it. known says which
// parts there are; setting is told each other line of coach's (with its
// number, the marker cut off): "rating:", "focus:" and the like. It returns
// each part's text, missing for a heading the user deleted.
func readSections(text, marker string, known func(string) bool, setting func(n int, rest string) error) (map[string]*strings.Builder, error) {
	// An editor that saves with Windows line ends must not make every part
	// look edited, nor leave a \r at the end of each line it wrote.
	text = crlfToLF(text)
	bodies := map[string]*strings.Builder{}
	var cur *strings.Builder
	for n, line := range strings.SplitAfter(text, "\n") {
		rest, mine := strings.CutPrefix(line, marker)
		if !mine {
			if cur != nil {
				cur.WriteString(line)
			} else if strings.TrimSpace(line) != "" {
				return nil, fmt.Errorf("line %d is above the first ## heading: write under a heading", n+1)
			}
			continue
		}
		rest = strings.TrimSpace(rest)
		if !strings.HasPrefix(rest, "## ") {
			if err := setting(n+1, rest); err != nil {
				return nil, err
			}
			continue
		}
		name, _, _ := strings.Cut(strings.TrimSpace(rest[3:]), " ")
		if !known(name) {
			return nil, fmt.Errorf("line %d: unknown heading %q", n+1, name)
		}
		if bodies[name] != nil {
			return nil, fmt.Errorf("line %d: the heading %q appears twice", n+1, name)
		}
		cur = &strings.Builder{}
		bodies[name] = cur
	}
	return bodies, nil
}
