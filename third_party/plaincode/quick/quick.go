// Package quick writes code blocks for glamour.
package quick

import "io"

// Highlight writes the source as it is: coach shows code in one colour.
func Highlight(w io.Writer, source, lexer, formatter, style string) error {
	_, err := io.WriteString(w, source)
	return err
}
