package tui

import (
	"fmt"
	"testing"

	"coach/content"
)

// The full help of every screen names each key once: a key the global
// column lists (undo, help, quit) is not listed again by the screen.
func TestFullHelpNamesEachKeyOnce(t *testing.T) {
	for _, st := range helpFitStates {
		if st.full || st.open == nil {
			continue
		}
		a := sizeModel(t, content.EN, st.keys, st.data)
		if !a.help.ShowAll {
			continue
		}
		seen := map[string]int{}
		for _, col := range a.screenHelp().FullHelp() {
			for _, b := range col {
				seen[fmt.Sprintf("%s %s", b.Help().Key, b.Help().Desc)]++
			}
		}
		for k, n := range seen {
			if n > 1 {
				t.Errorf("%s: %q listed %d times", st.name, k, n)
			}
		}
	}
}
