package cli

import (
	"encoding/json"

	"coach/exchange"
)

// writeJSON prints v as indented JSON for scripts, with the characters a
// terminal would obey or reorder written as \u escapes
// (exchange.EscapeUnsafe): the text is the same to a JSON reader and
// harmless on a screen.
func (a *app) writeJSON(v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	out := exchange.EscapeUnsafe(make([]byte, 0, len(data)+1), data)
	_, err = a.Stdout.Write(append(out, '\n'))
	return err
}
