package tui

import (
	"fmt"
	"testing"

	"coach/content"
	"coach/domain"
)

func TestRFDebug(t *testing.T) {
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		sh, s := newTestReflect(t, lang, 80, 21)
		rfPut(t, sh, domain.Reflection{Date: testDay - 1, Learned: "深入理解调度器和垃圾回收，写下笔记并和同事讨论。深入理解调度器和垃圾回收，写下笔记并和同事讨论。", Solved: "fixed a leak", Rating: 4, Tags: []string{"go", "调度器"}})
		rfPut(t, sh, domain.Reflection{Date: testDay - 3, Learned: "x\x1b[31mred", Rating: 2})
		s = rfRun(t, s, s.Init())
		show := func(n string) { fmt.Printf("----- %s %s\n%s\n", lang, n, s.View()) }
		show("day empty")
		s = rfPress(t, s, "h")
		show("yesterday")
		s = rfPress(t, s, "t", "e")
		s = rfType(t, s, "今天学到了很多")
		show("form")
		s = rfPress(t, s, "tab", "tab", "tab", "tab", "tab", "3", "tab")
		s = rfType(t, s, "go 并发")
		show("form tags")
		s.SetSize(120, 37)
		show("form 120")
		s = rfPress(t, s, "ctrl+s")
		show("form err")
		s.SetSize(80, 21)
		s = rfPress(t, s, "esc", "p")
		show("past")
		s = rfPress(t, s, "w")
		show("review")
		s = rfPress(t, s, "e", "tab", "tab", "right")
		show("review form")
	}
}
