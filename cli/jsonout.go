package cli

import (
	"encoding/json"
	"fmt"
	"strings"

	"coach/sanitize"
)

// writeJSON prints v as indented JSON for scripts. Characters that a
// terminal would obey or reorder (DEL, C1 controls, bidirectional marks)
// are written as \u escapes: the text is the same to a JSON reader and
// harmless on a screen.
func (a *app) writeJSON(v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	var b strings.Builder
	b.Grow(len(data) + 1)
	for _, r := range string(data) {
		if r >= 0x7f && sanitize.Unsafe(r) {
			fmt.Fprintf(&b, `\u%04x`, r)
			continue
		}
		b.WriteRune(r)
	}
	b.WriteByte('\n')
	_, err = fmt.Fprint(a.Stdout, b.String())
	return err
}
