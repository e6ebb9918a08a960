// Package styles keeps the styles glamour registers.
package styles

import chroma "github.com/alecthomas/chroma/v2"

// Registry holds the registered styles by name.
var Registry = map[string]*chroma.Style{}

// Register adds a style and returns it.
func Register(s *chroma.Style) *chroma.Style {
	Registry[s.Name] = s
	return s
}
