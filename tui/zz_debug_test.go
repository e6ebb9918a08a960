package tui

import (
	"fmt"
	"testing"

	"coach/content"
)

func TestZZDebug(t *testing.T) {
	for _, l := range []content.Lang{content.EN, content.ZH} {
		sh := testShared(t, l)
		s := newFAQScreen(sh)
		s.SetSize(80, 24)
		s = runCmd(t, s, s.Init())
		s = press(t, s, "j")
		fmt.Println(plainView(s))
		s = press(t, s, "/")
		s = typeText(t, s, "backup")
		fmt.Println(plainView(s))
		g := newGuideScreen(sh)
		g.SetSize(120, 40)
		g = runCmd(t, g, g.Init())
		g = press(t, g, "l")
		fmt.Println(g.View())
	}
}
